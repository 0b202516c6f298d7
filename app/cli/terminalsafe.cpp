#include "terminalsafe.h"

namespace g2p::cli {

TerminalSafeDevice::TerminalSafeDevice(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

namespace {
// Length of the UTF-8 sequence starting with `lead` (1 for ASCII and stray bytes).
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    if (lead >= 0xE0)
        return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC2)
        return 2;
    return 1;
}

bool unsafe(const unsigned char *s, int n)
{
    if (n == 1)
        return (s[0] < 0x20 && s[0] != '\n' && s[0] != '\t') || s[0] == 0x7F;
    if (n == 2)
        return s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F; // C1 controls (CSI, OSC…)
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] >= 0xAA && s[2] <= 0xAE; // U+202A–U+202E: embeddings and overrides
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x81)
        return s[2] >= 0xA6 && s[2] <= 0xA9; // U+2066–U+2069: isolates
    return false;
}
} // namespace

QByteArray TerminalSafeDevice::clean(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const int size = int(utf8.size());
    for (int i = 0; i < size;) {
        const int n = std::min(sequenceLength(p[i]), size - i);
        if (unsafe(p + i, n))
            out += '?';
        else
            out.append(reinterpret_cast<const char *>(p + i), n);
        i += n;
    }
    return out;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    QByteArray chunk = m_pending + QByteArray(data, size);
    m_pending.clear();
    // Hold back an incomplete sequence at the end: the next write completes it.
    const auto *p = reinterpret_cast<const unsigned char *>(chunk.constData());
    for (int back = 1; back <= 3 && back <= chunk.size(); ++back) {
        const int at = int(chunk.size()) - back;
        if ((p[at] & 0xC0) != 0x80) { // a lead byte (or ASCII)
            if (sequenceLength(p[at]) > back) {
                m_pending = chunk.mid(at);
                chunk.truncate(at);
            }
            break;
        }
    }
    const QByteArray safe = clean(chunk);
    if (m_file.write(safe) != safe.size())
        return -1;
    m_file.flush();
    return size;
}

} // namespace g2p::cli
