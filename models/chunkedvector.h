// A vector that grows by fixed-size chunks: appending never moves what is already there (a
// million-row table grows without copying itself), and indexing stays O(1).
#pragma once

#include <cstddef>
#include <vector>

namespace g2p {

template<class T, std::size_t ChunkBits = 14>
class ChunkedVector
{
public:
    static constexpr std::size_t kChunk = std::size_t(1) << ChunkBits;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](std::size_t i) { return m_chunks[i >> ChunkBits][i & (kChunk - 1)]; }
    const T &operator[](std::size_t i) const { return m_chunks[i >> ChunkBits][i & (kChunk - 1)]; }
    // Built in place in the last chunk (each chunk's capacity is reserved once: nothing moves).
    template<class... Args>
    T &emplace_back(Args &&...args)
    {
        if ((m_size & (kChunk - 1)) == 0) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(kChunk);
        }
        ++m_size;
        return m_chunks.back().emplace_back(std::forward<Args>(args)...);
    }
    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
    }
    // Bytes held for elements (whole chunks), for memory figures.
    std::size_t allocatedBytes() const { return m_chunks.size() * kChunk * sizeof(T); }

private:
    std::vector<std::vector<T>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace g2p
