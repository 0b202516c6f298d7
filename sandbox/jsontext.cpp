#include "jsontext.h"

#include "codec.h"

namespace g2p::sandbox {

QByteArray JsonText::take()
{
    m_nonEmpty = 0;
    m_depth = 0;
    m_afterKey = false;
    QByteArray text(m_out.constData(), m_out.size());
    m_out.truncate(0);
    return text;
}

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
    appendJsonString(m_out, s);
    return *this;
}

JsonText &JsonText::utf8(QByteArrayView text)
{
    if (text.isNull())
        return null();
    separate();
    appendJsonStringUtf8(m_out, text);
    return *this;
}

JsonText &JsonText::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace g2p::sandbox
