// Short texts stored back to back in chunks of a million characters, each addressed by a 32-bit
// offset; one text never crosses a chunk, and growing never moves what is stored. A million
// registrants' search texts live here without a string (and an allocation) each.
#pragma once

#include <QChar>

#include <memory>
#include <vector>

namespace g2p {

class TextArena
{
public:
    static constexpr int kChunkBits = 20;
    static constexpr quint32 kChunk = quint32(1) << kChunkBits;

    // Room for `length` characters (at most a chunk); `offset` gets where they start.
    QChar *allocate(qsizetype length, quint32 *offset)
    {
        if (m_chunks.empty() || m_used + quint32(length) > kChunk) {
            m_chunks.push_back(std::make_unique<QChar[]>(kChunk));
            m_used = 0;
        }
        *offset = (quint32(m_chunks.size() - 1) << kChunkBits) | m_used;
        QChar *at = m_chunks.back().get() + m_used;
        m_used += quint32(length);
        return at;
    }
    const QChar *at(quint32 offset) const
    {
        return m_chunks[offset >> kChunkBits].get() + (offset & (kChunk - 1));
    }
    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_used = 0;
    }
    std::size_t allocatedBytes() const { return m_chunks.size() * kChunk * sizeof(QChar); }

private:
    std::vector<std::unique_ptr<QChar[]>> m_chunks;
    quint32 m_used = 0;
};

} // namespace g2p
