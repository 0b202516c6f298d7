#include "textdecoding.h"

#include <QObject>
#include <QStringDecoder>

namespace g2p {
namespace {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
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
            return false;
        }
        if (i + extra >= n) // the sequence is cut off by the end of the file
            return false;
        unsigned cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            const unsigned cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
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

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = QStringLiteral("UTF-8 with BOM");
        out.text = QString::fromUtf8(bytes.mid(3));
        return out;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        out.text = d.decode(bytes.mid(2));
        return out;
    }
    if (const int g = utf16Guess(bytes)) {
        out.encoding = g == 1 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder d(g == 1 ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        out.text = d.decode(bytes);
        out.warning = QObject::tr("No byte-order mark: read as %1.").arg(out.encoding);
        return out;
    }
    if (validUtf8(bytes)) {
        out.encoding = QStringLiteral("UTF-8");
        out.text = QString::fromUtf8(bytes);
        return out;
    }
    QStringDecoder cp1252("Windows-1252");
    if (cp1252.isValid()) {
        out.encoding = QStringLiteral("Windows-1252");
        out.text = cp1252.decode(bytes);
    } else {
        out.encoding = QStringLiteral("Latin-1");
        out.text = QString::fromLatin1(bytes);
    }
    out.warning = QObject::tr("The file is not UTF-8: read as %1. Check accented letters.").arg(out.encoding);
    return out;
}

} // namespace g2p
