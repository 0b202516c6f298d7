// The record decoder, written once over a JSON backend (json_backend_qt.h, json_backend_simd.h).
#pragma once

#include "codec.h"

#include <QByteArrayView>
#include <QHash>
#include <QVarLengthArray>

#include <type_traits>

namespace g2p::detail {

template<class T, class = void>
struct IsRecord : std::false_type
{ };
template<class T>
struct IsRecord<T, std::void_t<decltype(std::declval<T &>().wire)>> : std::true_type
{ };

template<class T, class = void>
struct IsClosed : std::false_type
{ };
template<class T>
struct IsClosed<T, std::void_t<decltype(T::closed)>> : std::bool_constant<T::closed>
{ };

template<class T>
struct IsOptional : std::false_type
{ };
template<class T>
struct IsOptional<std::optional<T>> : std::true_type
{ };

template<class T>
struct IsList : std::false_type
{ };
template<class T>
struct IsList<QList<T>> : std::true_type
{ };

template<class E>
struct IsEnum : std::is_enum<E>
{ };

// The key names of a record type, collected once by visiting a default instance.
struct FieldInfo
{
    const char *name;
    const char *alt;
    unsigned flags;
    std::string_view nameView;
    std::string_view altView;
};

struct FieldCollector
{
    QVarLengthArray<FieldInfo, 24> fields;
    template<class M>
    void field(const char *name, M &, unsigned flags, const char *alt = nullptr)
    {
        fields.append(FieldInfo {
            name, alt, flags, std::string_view(name), alt ? std::string_view(alt) : std::string_view()});
    }
};

template<class T>
const QVarLengthArray<FieldInfo, 24> &fieldTable()
{
    static const QVarLengthArray<FieldInfo, 24> table = [] {
        T probe;
        FieldCollector c;
        probe.visit(c);
        return c.fields;
    }();
    return table;
}

// Shares equal short strings between the records of one decode (see field::Shared).
class StringPool
{
public:
    template<class MakeString>
    QString get(QByteArrayView utf8, MakeString make)
    {
        if (utf8.size() > 48)
            return make();
        const auto it = m_strings.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_strings.constEnd())
            return *it;
        QString s = make();
        if (m_strings.size() < 65536)
            m_strings.insert(utf8.toByteArray(), s);
        return s;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

template<class B>
class Decoder
{
public:
    using Value = typename B::Value;

    DecodeError error;

    bool failed() const { return !error.isNull(); }

    template<class T>
    bool readRecord(Value &v, T &out)
    {
        const auto &table = fieldTable<T>();
        quint64 seen = 0;
        quint64 nulls = 0;
        bool baseRest = false;
        int next = 0;
        QString parseError;
        const bool isObject = B::forEachMember(
            v,
            [&](const typename B::Key &key, Value &fv) -> bool {
                // Keys usually come in the order of visit(): start after the last match.
                int idx = -1;
                bool alt = false;
                const int n = int(table.size());
                for (int k = 0; k < n; ++k) {
                    const int i = (next + k) % n;
                    if (B::keyEquals(key, table[i].nameView)) {
                        idx = i;
                        break;
                    }
                    if (table[i].alt && B::keyEquals(key, table[i].altView)) {
                        idx = i;
                        alt = true;
                        break;
                    }
                }
                if (idx >= 0)
                    next = idx + 1;
                if (idx < 0) {
                    if constexpr (IsClosed<T>::value) {
                        m_dynamicKey = B::keyText(key);
                        pushKey(nullptr);
                        fail(QStringLiteral("unexpected key (this object accepts only the documented keys)"));
                        return false;
                    }
                    return true; // unknown keys are ignored
                }
                pushKey(alt ? table[idx].alt : table[idx].name);
                if (B::isNull(fv) && (table[idx].flags & field::Nullable))
                    nulls |= quint64(1) << idx;
                FieldAt at {this, idx, &fv};
                out.visit(at);
                if (failed())
                    return false;
                popKey();
                seen |= quint64(1) << idx;
                baseRest = baseRest || alt;
                return true;
            },
            &parseError);
        if (!isObject)
            return fail(QStringLiteral("expected an object, got %1").arg(B::describe(v)));
        if (failed())
            return false;
        if (!parseError.isNull())
            return fail(QStringLiteral("invalid JSON (%1)").arg(parseError));
        for (int i = 0; i < table.size(); ++i) {
            if ((table[i].flags & field::Required) && !((seen >> i) & 1U)) {
                pushKey(table[i].name);
                return fail(QStringLiteral("required key is missing"));
            }
        }
        out.wire.present = seen;
        out.wire.nulls = nulls;
        out.wire.baseRest = baseRest;
        return true;
    }

    // `indexBase`: position of the first element in the whole list (chunked decoding).
    template<class T>
    bool readList(Value &v, QList<T> &out, qsizetype indexBase = 0)
    {
        QString parseError;
        const bool isArray = B::forEachElement(
            v,
            [&](qsizetype index, Value &ev) -> bool {
                pushIndex(indexBase + index);
                T item;
                if (!readValue(ev, item, 0))
                    return false;
                out.append(std::move(item));
                popKey();
                return true;
            },
            &parseError);
        if (!isArray)
            return fail(QStringLiteral("expected an array, got %1").arg(B::describe(v)));
        if (failed())
            return false;
        if (!parseError.isNull())
            return fail(QStringLiteral("invalid JSON (%1)").arg(parseError));
        return true;
    }

    template<class M>
    bool readValue(Value &v, M &out, unsigned flags)
    {
        if (B::isNull(v)) {
            if (flags & field::Nullable) {
                out = M {};
                return true;
            }
            return fail(QStringLiteral("expected %1, got null").arg(expectation<M>(flags)));
        }
        if constexpr (IsOptional<M>::value) {
            typename M::value_type inner {};
            if (!readValue(v, inner, flags & ~unsigned(field::Nullable)))
                return false;
            out = std::move(inner);
            return true;
        } else if constexpr (IsRecord<M>::value) {
            return readRecord(v, out);
        } else if constexpr (IsList<M>::value) {
            return readList(v, out);
        } else if constexpr (std::is_same_v<M, QString>) {
            const bool ok = (flags & field::Shared) ? B::getString(v, out, &m_pool) : B::getString(v, out);
            if (!ok)
                return typeError<M>(v, flags);
            if ((flags & field::NonEmpty) && out.isEmpty())
                return fail(QStringLiteral("expected a non-empty string, got \"\""));
            return true;
        } else if constexpr (std::is_same_v<M, QDate>) {
            QByteArrayView s;
            QByteArray storage;
            if (!B::getUtf8(v, s, storage))
                return typeError<M>(v, flags);
            if (s.isEmpty() && (flags & field::EmptyIsNull)) {
                out = QDate();
                return true;
            }
            out = parseIsoDateUtf8(s.data(), s.size());
            if (!out.isValid())
                return fail(
                    QStringLiteral("expected YYYY-MM-DD, got \"%1\"").arg(clip(QString::fromUtf8(s))));
            return true;
        } else if constexpr (std::is_same_v<M, Timestamp>) {
            QByteArrayView s;
            QByteArray storage;
            if (!B::getUtf8(v, s, storage))
                return typeError<M>(v, flags);
            out = Timestamp::parseUtf8(s.data(), s.size(), timestampForm(flags));
            if (out.isNull())
                return fail(QStringLiteral("expected %1, got \"%2\"")
                                .arg(expectation<M>(flags), clip(QString::fromUtf8(s))));
            return true;
        } else if constexpr (std::is_same_v<M, qint64>) {
            if (!B::getInt(v, out))
                return typeError<M>(v, flags);
            return true;
        } else if constexpr (std::is_same_v<M, bool>) {
            if (!B::getBool(v, out))
                return typeError<M>(v, flags);
            return true;
        } else if constexpr (IsEnum<M>::value) {
            QByteArrayView s;
            QByteArray storage;
            if (!B::getUtf8(v, s, storage))
                return typeError<M>(v, flags);
            const auto e = enumFromWire<M>(std::string_view(s.data(), std::size_t(s.size())));
            if (!e)
                return fail(QStringLiteral("expected one of %1, got \"%2\"")
                                .arg(enumChoices<M>(), clip(QString::fromUtf8(s))));
            out = *e;
            return true;
        } else {
            static_assert(sizeof(M) == 0, "unsupported field type");
        }
    }

    bool fail(const QString &message)
    {
        if (failed())
            return false;
        QString path;
        for (const auto &seg : m_path) {
            if (seg.key || seg.dynamic) {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += seg.key ? QString::fromLatin1(seg.key) : m_dynamicKey;
            } else {
                path += QLatin1Char('[') + QString::number(seg.index) + QLatin1Char(']');
            }
        }
        error.path = path;
        error.message = message;
        return false;
    }

private:
    struct Segment
    {
        const char *key = nullptr;
        qsizetype index = 0;
        bool dynamic = false;
    };

    // Decodes the idx-th field of a record's visit list.
    struct FieldAt
    {
        Decoder *d;
        int idx;
        Value *value;
        int at = 0;
        template<class M>
        void field(const char *, M &member, unsigned flags, const char * = nullptr)
        {
            if (at++ == idx)
                d->readValue(*value, member, flags);
        }
    };

    static Timestamp::Form timestampForm(unsigned flags)
    {
        if (flags & field::ExtensionTs)
            return Timestamp::Form::Extension;
        return (flags & field::DateOrTime) ? Timestamp::Form::DateOrDateTime : Timestamp::Form::DateTime;
    }

    template<class M>
    static QString expectation(unsigned flags)
    {
        if constexpr (IsOptional<M>::value)
            return expectation<typename M::value_type>(flags);
        else if constexpr (IsRecord<M>::value)
            return QStringLiteral("an object");
        else if constexpr (IsList<M>::value)
            return QStringLiteral("an array");
        else if constexpr (std::is_same_v<M, QString>)
            return QStringLiteral("a string");
        else if constexpr (std::is_same_v<M, QDate>)
            return QStringLiteral("YYYY-MM-DD");
        else if constexpr (std::is_same_v<M, Timestamp>)
            return (flags & field::ExtensionTs) ? QStringLiteral("a date-time with microseconds and offset")
                : (flags & field::DateOrTime)   ? QStringLiteral("a date or ISO-8601 date-time")
                                                : QStringLiteral("an ISO-8601 date-time");
        else if constexpr (std::is_same_v<M, qint64>)
            return QStringLiteral("an integer");
        else if constexpr (std::is_same_v<M, bool>)
            return QStringLiteral("true or false");
        else
            return QStringLiteral("one of ") + enumChoices<M>();
    }

    template<class M>
    bool typeError(Value &v, unsigned flags)
    {
        return fail(QStringLiteral("expected %1, got %2").arg(expectation<M>(flags), B::describe(v)));
    }

    static QString clip(const QString &s) { return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s; }

    void pushKey(const char *key)
    {
        Segment s;
        s.key = key;
        s.dynamic = key == nullptr;
        m_path.append(s);
    }
    void pushIndex(qsizetype i)
    {
        Segment s;
        s.index = i;
        m_path.append(s);
    }
    void popKey() { m_path.removeLast(); }

    QVarLengthArray<Segment, 16> m_path;
    QString m_dynamicKey;
    StringPool m_pool;
};

} // namespace g2p::detail
