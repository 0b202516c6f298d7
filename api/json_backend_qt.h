// QJsonValue adapter for the record decoder (decoder.h).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>
#include <string_view>

namespace g2p::detail {

struct QtJsonBackend
{
    using Value = QJsonValue;
    using Key = QString;

    static bool isNull(Value &v) { return v.isNull(); }
    static bool getString(Value &v, QString &out)
    {
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    }
    template<class Pool>
    static bool getString(Value &v, QString &out, Pool *pool)
    {
        if (!v.isString())
            return false;
        const QString s = v.toString();
        const QByteArray key = s.toUtf8();
        out = pool->get(key, [&s] { return s; });
        return true;
    }
    static bool getUtf8(Value &v, QByteArrayView &view, QByteArray &storage)
    {
        if (!v.isString())
            return false;
        storage = v.toString().toUtf8();
        view = storage;
        return true;
    }
    static bool getInt(Value &v, qint64 &out)
    {
        if (!v.isDouble())
            return false;
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(sentinel);
        if (i == sentinel)
            return false;
        out = i;
        return true;
    }
    static bool getBool(Value &v, bool &out)
    {
        if (!v.isBool())
            return false;
        out = v.toBool();
        return true;
    }
    static bool keyEquals(const QString &key, std::string_view name)
    {
        return key == QLatin1String(name.data(), qsizetype(name.size()));
    }
    static QString keyText(const QString &key) { return key; }

    // f(key, value) returns false to stop. Returns false when v is not an object.
    template<class F>
    static bool forEachMember(Value &v, F &&f, QString *parseError)
    {
        Q_UNUSED(parseError)
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue fv = it.value();
            if (!f(it.key(), fv))
                break;
        }
        return true;
    }
    template<class F>
    static bool forEachElement(Value &v, F &&f, QString *parseError)
    {
        Q_UNUSED(parseError)
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        qsizetype i = 0;
        for (const QJsonValue &e : a) {
            QJsonValue ev = e;
            if (!f(i++, ev))
                break;
        }
        return true;
    }
    static QString describe(Value &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: {
            const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
            return i != std::numeric_limits<qint64>::min() ? QString::number(i)
                                                           : QString::number(v.toDouble(), 'g', 17);
        }
        case QJsonValue::String: {
            QString s = v.toString();
            if (s.size() > 60)
                s = s.left(57) + QStringLiteral("...");
            return QLatin1Char('"') + s + QLatin1Char('"');
        }
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        default:
            return QStringLiteral("nothing");
        }
    }
};

} // namespace g2p::detail
