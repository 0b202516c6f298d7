// Turns the bytes of a text file into text, whichever encoding a spreadsheet program wrote:
// UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text"), or Windows-1252.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace g2p {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QString warning; // set when the encoding was a guess
};

DecodedText decodeText(const QByteArray &bytes);

// The same, a chunk at a time, so a large file is never held whole. The encoding is chosen from
// the file's first bytes (a byte-order mark, UTF-16 without one); otherwise the text is taken as
// UTF-8 until a byte breaks it: notUtf8() then says so, and the reader starts again from the first
// byte after restartAsWindows1252().
class ChunkedTextDecoder
{
public:
    explicit ChunkedTextDecoder(QByteArrayView head); // the file's first bytes (4 KB is plenty)
    qsizetype bytesToSkip() const { return m_skip; } // a byte-order mark
    // The text of the next chunk (`last` for the final one); empty and notUtf8() when it is not UTF-8.
    QString decode(QByteArrayView chunk, bool last);
    bool notUtf8() const { return m_notUtf8; }
    void restartAsWindows1252();
    QString encoding() const { return m_encoding; }
    QString warning() const { return m_warning; }

private:
    enum class Mode
    {
        Utf8,
        Decoder, // a byte-order mark or UTF-16 said the encoding: QStringDecoder, lenient
        SingleByte
    };
    Mode m_mode = Mode::Utf8;
    std::optional<QStringDecoder> m_decoder; // UTF-16 and Windows-1252 (stateful across chunks)
    QByteArray m_carry; // UTF-8: the start of a sequence cut by the end of a chunk
    qsizetype m_skip = 0;
    bool m_notUtf8 = false;
    QString m_encoding, m_warning;
};

} // namespace g2p
