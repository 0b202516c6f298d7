#include "jsontext.h"

#include <algorithm>

namespace g2p::sandbox {

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const quint64 bit = quint64(1) << (m_depth & 63);
    if (m_nonEmpty & bit)
        m_out.append(',');
    m_nonEmpty |= bit;
}

JsonText &JsonText::open(char c)
{
    separate();
    m_out.append(c);
    ++m_depth;
    m_nonEmpty &= ~(quint64(1) << (m_depth & 63));
    return *this;
}

JsonText &JsonText::close(char c)
{
    m_out.append(c);
    --m_depth;
    return *this;
}

JsonText &JsonText::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

JsonText &JsonText::value(qint64 n)
{
    separate();
    m_out.append(QByteArray::number(n));
    return *this;
}

JsonText &JsonText::value(bool b)
{
    separate();
    m_out.append(b ? "true" : "false");
    return *this;
}

JsonText &JsonText::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonText &JsonText::value(const QString &s)
{
    if (s.isNull())
        return null();
    separate();
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    m_out.append('"');
    const bool plain = std::all_of(utf8.cbegin(), utf8.cend(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c != '"' && c != '\\';
    });
    if (plain) {
        m_out.append(utf8).append('"');
        return *this;
    }
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            m_out.append('\\').append(char(c));
        } else if (c >= 0x20) {
            m_out.append(char(c));
        } else if (c == '\n') {
            m_out.append("\\n");
        } else if (c == '\t') {
            m_out.append("\\t");
        } else if (c == '\r') {
            m_out.append("\\r");
        } else {
            m_out.append("\\u00").append(kHex[c >> 4]).append(kHex[c & 15]);
        }
    }
    m_out.append('"');
    return *this;
}

JsonText &JsonText::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace g2p::sandbox
