#include "textdecoding.h"

#include <QObject>
#include <QStringDecoder>

namespace g2p {
namespace {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Returns
// how many bytes are complete, well-formed sequences (a sequence cut by the end of the data is left
// for the next chunk unless `last`), or -1 at the first malformed byte.
qsizetype validUtf8Prefix(const unsigned char *p, qsizetype n, bool last)
{
    for (qsizetype i = 0; i < n;) {
        const unsigned c = p[i];
        int extra;
        unsigned min;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + extra >= n) { // the sequence is cut off by the end of the data
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return -1;
            return last ? -1 : i;
        }
        unsigned cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            const unsigned cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return -1;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return -1;
        i += extra + 1;
    }
    return n;
}

// UTF-16 without a byte-order mark: most ASCII text then has a zero in every other byte.
int utf16Guess(const QByteArray &b)
{
    const qsizetype n = qMin<qsizetype>(b.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return 0;
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += b[i] == 0;
        zeroOdd += b[i + 1] == 0;
    }
    const int pairs = int(n / 2);
    if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05)
        return 1; // little-endian
    if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05)
        return 2; // big-endian
    return 0;
}

} // namespace

ChunkedTextDecoder::ChunkedTextDecoder(QByteArrayView head)
{
    const QByteArray b = head.first(qMin<qsizetype>(head.size(), 4096)).toByteArray();
    if (b.startsWith("\xEF\xBB\xBF")) {
        m_encoding = QStringLiteral("UTF-8 with BOM");
        m_mode = Mode::Decoder; // said by its mark: a stray bad byte becomes U+FFFD, not another encoding
        m_decoder.emplace(QStringDecoder::Utf8);
        m_skip = 3;
    } else if (b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF")) {
        const bool le = b.startsWith("\xFF\xFE");
        m_mode = Mode::Decoder;
        m_encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        m_decoder.emplace(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_skip = 2;
    } else if (const int g = utf16Guess(b)) {
        m_mode = Mode::Decoder;
        m_encoding = g == 1 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        m_decoder.emplace(g == 1 ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_warning = QObject::tr("No byte-order mark: read as %1.").arg(m_encoding);
    } else {
        m_encoding = QStringLiteral("UTF-8");
    }
}

QString ChunkedTextDecoder::decode(QByteArrayView chunk, bool last)
{
    if (m_mode != Mode::Utf8)
        return m_decoder->decode(chunk);
    if (m_notUtf8)
        return QString();
    QByteArray bytes = m_carry + chunk.toByteArray();
    const qsizetype good
        = validUtf8Prefix(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size(), last);
    if (good < 0) {
        m_notUtf8 = true;
        return QString();
    }
    m_carry = bytes.mid(good);
    return QString::fromUtf8(bytes.constData(), good);
}

void ChunkedTextDecoder::restartAsWindows1252()
{
    m_mode = Mode::SingleByte;
    m_notUtf8 = false;
    m_carry.clear();
    m_skip = 0;
    QStringDecoder cp1252("Windows-1252");
    if (cp1252.isValid()) {
        m_encoding = QStringLiteral("Windows-1252");
        m_decoder.emplace(std::move(cp1252));
    } else {
        m_encoding = QStringLiteral("Latin-1");
        m_decoder.emplace(QStringDecoder::Latin1);
    }
    m_warning = QObject::tr("The file is not UTF-8: read as %1. Check accented letters.").arg(m_encoding);
}

DecodedText decodeText(const QByteArray &bytes)
{
    ChunkedTextDecoder d(bytes);
    DecodedText out;
    out.text = d.decode(QByteArrayView(bytes).sliced(d.bytesToSkip()), true);
    if (d.notUtf8()) {
        d.restartAsWindows1252();
        out.text = d.decode(bytes, true);
    }
    out.encoding = d.encoding();
    out.warning = d.warning();
    return out;
}

} // namespace g2p
