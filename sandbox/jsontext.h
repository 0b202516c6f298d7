// Compact JSON written straight into bytes, for the sandbox's large answers (pages of a thousand
// registrants): building QJsonObjects and serialising them took most of the time of a change-list
// page. Keys are written in the order given; strings are escaped by the codec's appendJsonString.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>

namespace g2p::sandbox {

class JsonText
{
public:
    JsonText &beginObject() { return open('{'); }
    JsonText &endObject() { return close('}'); }
    JsonText &beginArray() { return open('['); }
    JsonText &endArray() { return close(']'); }
    // `name` is ASCII and needs no escaping (the sandbox's own field names).
    JsonText &key(const char *name);
    JsonText &value(qint64 n);
    JsonText &value(int n) { return value(qint64(n)); }
    JsonText &value(bool b);
    JsonText &value(const QString &s); // a null QString is null
    JsonText &value(const char *latin1) = delete; // say QStringLiteral or key()
    // A string from UTF-8 text (a column as SQLite hands it over); a null view is null.
    JsonText &utf8(QByteArrayView text);
    JsonText &utf8Field(const char *name, QByteArrayView text)
    {
        key(name);
        return utf8(text);
    }
    JsonText &null();
    // A value that is JSON already (an object or array written by another JsonText).
    JsonText &raw(const QByteArray &json);
    // `key` then `value`, for short.
    template<class V>
    JsonText &field(const char *name, const V &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &bytes() const { return m_out; }
    // The text so far, in an array of its own size; the writer starts afresh (a new top-level
    // value) in the buffer it had: a page writes thousands of small values one after another, and
    // each grown from nothing again was a fifth of the sandbox's time.
    QByteArray take();
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    JsonText &open(char c);
    JsonText &close(char c);
    void separate();

    QByteArray m_out;
    quint64 m_nonEmpty = 0; // per depth: something was written in the object or array
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace g2p::sandbox
