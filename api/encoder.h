// The record encoder: the mirror of decoder.h.
#pragma once

#include "codec.h"
#include "decoder.h"

namespace g2p::detail {

template<class M>
QJsonValue toJsonValue(const M &m);

template<class M>
bool holdsValue(const M &m)
{
    if constexpr (IsOptional<M>::value)
        return m.has_value();
    else if constexpr (IsRecord<M>::value)
        return m.wire.present != 0;
    else if constexpr (IsList<M>::value)
        return !m.isEmpty();
    else if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, QDate> || std::is_same_v<M, Timestamp>)
        return !m.isNull();
    else
        return true;
}

template<class M>
QJsonValue emptyOf()
{
    // A required list with no items is [], every other empty value is null.
    if constexpr (IsList<M>::value)
        return QJsonArray();
    else
        return QJsonValue(QJsonValue::Null);
}

// The key the i-th field of visit() is written under, or nullptr when it is left out: a field is
// written when it came on the wire, is required, or holds a value; under its base_rest name where
// the record came from base_rest. (Without a value it is written as null when it came as null, and
// otherwise as emptyOf<M>().) Both encoders below follow this.
template<class M>
const char *keyToWrite(
    const WireInfo &wire, int i, const M &m, unsigned flags, const char *name, const char *alt)
{
    if (!(wire.has(i) || (flags & field::Required) || holdsValue(m)))
        return nullptr;
    return (alt && wire.baseRest) ? alt : name;
}

struct RecordEncoder
{
    const WireInfo &wire;
    QJsonObject obj;
    int idx = 0;
    template<class M>
    void field(const char *name, const M &m, unsigned flags, const char *alt = nullptr)
    {
        const int i = idx++;
        const char *key = keyToWrite(wire, i, m, flags, name, alt);
        if (!key)
            return;
        QJsonValue v;
        if (holdsValue(m))
            v = toJsonValue(m);
        else if (wire.isNull(i))
            v = QJsonValue(QJsonValue::Null);
        else
            v = emptyOf<M>();
        obj.insert(QLatin1String(key), v);
    }
};

template<class T>
QJsonObject encodeRecord(const T &record)
{
    RecordEncoder e {record.wire, {}, 0};
    const_cast<T &>(record).visit(e); // visit() takes members by reference; nothing is changed
    return e.obj;
}

template<class M>
QJsonValue toJsonValue(const M &m)
{
    if constexpr (IsOptional<M>::value) {
        return m ? toJsonValue(*m) : QJsonValue(QJsonValue::Null);
    } else if constexpr (IsRecord<M>::value) {
        return encodeRecord(m);
    } else if constexpr (IsList<M>::value) {
        QJsonArray a;
        for (const auto &item : m)
            a.append(toJsonValue(item));
        return a;
    } else if constexpr (std::is_same_v<M, QString>) {
        return m.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(m);
    } else if constexpr (std::is_same_v<M, QDate>) {
        return m.isValid() ? QJsonValue(formatIsoDate(m)) : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<M, Timestamp>) {
        return m.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.text());
    } else if constexpr (std::is_same_v<M, qint64>) {
        return QJsonValue(m);
    } else if constexpr (std::is_same_v<M, bool>) {
        return QJsonValue(m);
    } else {
        return QJsonValue(enumToWire(m));
    }
}

// The same record as compact JSON text, written directly (the local copy stores every record it
// reads this way: building a QJsonObject and serialising it took two fifths of its writing thread).

template<class M>
void writeJson(QByteArray &out, const M &m);

struct TextEncoder
{
    const WireInfo &wire;
    QByteArray &out;
    int idx = 0;
    bool any = false;
    template<class M>
    void field(const char *name, const M &m, unsigned flags, const char *alt = nullptr)
    {
        const int i = idx++;
        const char *key = keyToWrite(wire, i, m, flags, name, alt);
        if (!key)
            return;
        out.append(any ? ",\"" : "\"").append(key).append("\":");
        any = true;
        if (holdsValue(m))
            writeJson(out, m);
        else if (wire.isNull(i) || !IsList<M>::value)
            out.append("null");
        else
            out.append("[]");
    }
};

template<class T>
void encodeRecordText(const T &record, QByteArray &out)
{
    out.append('{');
    TextEncoder e {record.wire, out};
    const_cast<T &>(record).visit(e); // visit() takes members by reference; nothing is changed
    out.append('}');
}

template<class M>
void writeJson(QByteArray &out, const M &m)
{
    if constexpr (IsOptional<M>::value) {
        if (m)
            writeJson(out, *m);
        else
            out.append("null");
    } else if constexpr (IsRecord<M>::value) {
        encodeRecordText(m, out);
    } else if constexpr (IsList<M>::value) {
        out.append('[');
        bool first = true;
        for (const auto &item : m) {
            if (!first)
                out.append(',');
            first = false;
            writeJson(out, item);
        }
        out.append(']');
    } else if constexpr (std::is_same_v<M, QString>) {
        if (m.isNull())
            out.append("null");
        else
            appendJsonString(out, m);
    } else if constexpr (std::is_same_v<M, QDate>) {
        if (m.isValid())
            appendJsonString(out, formatIsoDate(m));
        else
            out.append("null");
    } else if constexpr (std::is_same_v<M, Timestamp>) {
        if (m.isNull())
            out.append("null");
        else
            appendJsonString(out, m.text());
    } else if constexpr (std::is_same_v<M, qint64>) {
        out.append(QByteArray::number(m));
    } else if constexpr (std::is_same_v<M, bool>) {
        out.append(m ? "true" : "false");
    } else {
        appendJsonString(out, enumToWire(m));
    }
}

} // namespace g2p::detail
