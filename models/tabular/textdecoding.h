// Turns the bytes of a text file into text, whichever encoding a spreadsheet program wrote:
// UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text"), or Windows-1252.
#pragma once

#include <QByteArray>
#include <QString>

namespace g2p {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QString warning; // set when the encoding was a guess
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace g2p
