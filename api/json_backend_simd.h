// simdjson On-Demand adapter for the record decoder (decoder.h). Include only from codec.cpp:
// simdjson.h is large.
#pragma once

#include <QString>

#include <simdjson.h>

#include <cstring>
#include <string_view>

namespace g2p::detail {

struct SimdBackend
{
    using Value = simdjson::ondemand::value;
    using Key = std::string_view;

    static QString errorText(simdjson::error_code e) { return QString::fromUtf8(simdjson::error_message(e)); }

    static bool isNull(Value &v)
    {
        bool n = false;
        if (v.is_null().get(n))
            return false;
        return n;
    }
    static bool getString(Value &v, QString &out)
    {
        simdjson::ondemand::json_type t;
        if (v.type().get(t) || t != simdjson::ondemand::json_type::string)
            return false;
        std::string_view tok = v.raw_json_token();
        // The token runs to the next structural character: drop trailing white space.
        while (!tok.empty()
            && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t'))
            tok.remove_suffix(1);
        if (tok.size() >= 2 && tok.back() == '"' && std::memchr(tok.data(), '\\', tok.size()) == nullptr) {
            simdjson::ondemand::raw_json_string raw;
            if (v.get_raw_json_string().get(raw))
                return false;
            out = QString::fromUtf8(tok.data() + 1, qsizetype(tok.size() - 2));
            return true;
        }
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        out = QString::fromUtf8(s.data(), qsizetype(s.size()));
        return true;
    }
    template<class Pool>
    static bool getString(Value &v, QString &out, Pool *pool)
    {
        std::string_view tok = trimmedToken(v);
        if (tok.size() >= 2 && tok.front() == '"' && tok.back() == '"'
            && std::memchr(tok.data(), '\\', tok.size()) == nullptr) {
            simdjson::ondemand::raw_json_string raw;
            if (v.get_raw_json_string().get(raw))
                return false;
            const QByteArrayView bytes(tok.data() + 1, qsizetype(tok.size() - 2));
            out = pool->get(bytes, [&bytes] { return QString::fromUtf8(bytes); });
            return true;
        }
        return getString(v, out);
    }
    static std::string_view trimmedToken(Value &v)
    {
        std::string_view tok = v.raw_json_token();
        while (!tok.empty()
            && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t'))
            tok.remove_suffix(1);
        return tok;
    }
    // The string's UTF-8 bytes without a copy (unescaped into simdjson's buffer when needed).
    static bool getUtf8(Value &v, QByteArrayView &view, QByteArray &)
    {
        const std::string_view tok = trimmedToken(v);
        if (tok.size() >= 2 && tok.front() == '"' && tok.back() == '"'
            && std::memchr(tok.data(), '\\', tok.size()) == nullptr) {
            simdjson::ondemand::raw_json_string raw;
            if (v.get_raw_json_string().get(raw))
                return false;
            view = QByteArrayView(tok.data() + 1, qsizetype(tok.size() - 2));
            return true;
        }
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        view = QByteArrayView(s.data(), qsizetype(s.size()));
        return true;
    }
    static bool getInt(Value &v, qint64 &out)
    {
        int64_t i = 0;
        if (v.get_int64().get(i))
            return false;
        out = i;
        return true;
    }
    static bool getBool(Value &v, bool &out) { return !v.get_bool().get(out); }
    static bool keyEquals(std::string_view key, std::string_view name) { return key == name; }
    static QString keyText(std::string_view key)
    {
        return QString::fromUtf8(key.data(), qsizetype(key.size()));
    }

    template<class F>
    static bool forEachMember(Value &v, F &&f, QString *parseError)
    {
        simdjson::ondemand::object obj;
        if (v.get_object().get(obj))
            return false;
        for (auto result : obj) {
            simdjson::ondemand::field fld;
            if (auto e = std::move(result).get(fld)) {
                *parseError = errorText(e);
                return true;
            }
            // Compare the key where it stands in the input; unescape only keys with escapes.
            std::string_view key;
            const char *raw = fld.key().raw();
            const char *end = raw;
            while (*end != '"' && *end != '\\')
                ++end;
            if (*end == '"') {
                key = std::string_view(raw, std::size_t(end - raw));
            } else if (auto e = fld.unescaped_key().get(key)) {
                *parseError = errorText(e);
                return true;
            }
            Value fv = fld.value();
            if (!f(key, fv))
                return true;
        }
        return true;
    }
    template<class F>
    static bool forEachElement(Value &v, F &&f, QString *parseError)
    {
        simdjson::ondemand::array arr;
        if (v.get_array().get(arr))
            return false;
        qsizetype i = 0;
        for (auto result : arr) {
            Value ev;
            if (auto e = std::move(result).get(ev)) {
                *parseError = errorText(e);
                return true;
            }
            if (!f(i++, ev))
                return true;
        }
        return true;
    }
    static QString describe(Value &v)
    {
        std::string_view tok = v.raw_json_token();
        while (!tok.empty()
            && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t'))
            tok.remove_suffix(1);
        if (tok.empty())
            return QStringLiteral("nothing");
        if (tok[0] == '{')
            return QStringLiteral("an object");
        if (tok[0] == '[')
            return QStringLiteral("an array");
        QString s = QString::fromUtf8(tok.data(), qsizetype(tok.size()));
        if (s.size() > 60)
            s = s.left(57) + QStringLiteral("...");
        return s;
    }
};

} // namespace g2p::detail
