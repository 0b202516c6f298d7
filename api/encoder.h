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

struct RecordEncoder
{
    const WireInfo &wire;
    QJsonObject obj;
    int idx = 0;
    template<class M>
    void field(const char *name, const M &m, unsigned flags, const char *alt = nullptr)
    {
        const int i = idx++;
        const bool write = wire.has(i) || (flags & field::Required) || holdsValue(m);
        if (!write)
            return;
        const char *key = (alt && wire.baseRest) ? alt : name;
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

} // namespace g2p::detail
