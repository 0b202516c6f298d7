#include "codec.h"

#include "decoder.h"
#include "encoder.h"
#include "json_backend_qt.h"
#include "json_backend_simd.h"

#include <QJsonDocument>

namespace g2p {
namespace {

qsizetype g_chunkBytes = 1 << 20;
qsizetype g_chunkThreshold = 4 << 20;

using detail::Decoder;
using detail::QtJsonBackend;
using detail::SimdBackend;

// simdjson reads up to SIMDJSON_PADDING bytes past the end: use the buffer in place when its
// allocation has room, else copy it once.
struct PaddedInput
{
    explicit PaddedInput(const QByteArray &json)
    {
        const std::size_t size = std::size_t(json.size());
        if (std::size_t(json.capacity()) >= size + simdjson::SIMDJSON_PADDING && !json.isNull()) {
            view = simdjson::padded_string_view(json.constData(), size, std::size_t(json.capacity()));
        } else {
            copy = simdjson::padded_string(json.constData(), size);
            view = simdjson::padded_string_view(copy);
        }
    }
    simdjson::padded_string copy;
    simdjson::padded_string_view view;
};

simdjson::ondemand::parser &threadParser()
{
    thread_local simdjson::ondemand::parser parser;
    return parser;
}

DecodeError documentError(const QString &message)
{
    DecodeError e;
    e.message = message;
    return e;
}

QString describeSimdError(simdjson::error_code e)
{
    return QStringLiteral("invalid JSON (%1)").arg(SimdBackend::errorText(e));
}

// Runs `body(decoder, rootValue)` on the document with the chosen engine.
template<class Body>
DecodeError withDocument(const QByteArray &json, JsonEngine engine, Body &&body)
{
    if (json.trimmed().isEmpty())
        return documentError(QStringLiteral("empty reply (expected JSON)"));
    if (engine == JsonEngine::QtJson) {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError)
            return documentError(
                QStringLiteral("invalid JSON at byte %1 (%2)").arg(pe.offset).arg(pe.errorString()));
        QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        Decoder<QtJsonBackend> d;
        body(d, root);
        return d.error;
    }
    PaddedInput input(json);
    simdjson::ondemand::document doc;
    if (auto e = threadParser().iterate(input.view).get(doc))
        return documentError(describeSimdError(e));
    simdjson::ondemand::value root;
    if (auto e = doc.get_value().get(root)) {
        if (e == simdjson::SCALAR_DOCUMENT_AS_VALUE) {
            const QByteArray t = json.trimmed();
            if (QByteArray("\"-0123456789tfn").contains(t.at(0)))
                return documentError(QStringLiteral("expected an object or an array, got a bare value"));
            return documentError(QStringLiteral("invalid JSON (the reply does not start like JSON: \"%1\")")
                                     .arg(QString::fromUtf8(t.left(20))));
        }
        return documentError(describeSimdError(e));
    }
    Decoder<SimdBackend> d;
    body(d, root);
    if (d.failed())
        return d.error;
    const char *rest = nullptr;
    if (!doc.current_location().get(rest))
        return documentError(QStringLiteral("invalid JSON (unexpected content after the document)"));
    return {};
}

} // namespace

void detail::setChunkedDecoding(qsizetype thresholdBytes, qsizetype chunkBytes)
{
    g_chunkThreshold = thresholdBytes;
    g_chunkBytes = chunkBytes;
}

template<class T>
DecodeError decode(const QByteArray &json, T &out, JsonEngine engine)
{
    return withDocument(json, engine, [&out](auto &d, auto &root) { d.readRecord(root, out); });
}

// Byte ranges of the elements of a top-level JSON array, found by a light scan that follows
// strings and nesting only. Syntax inside the elements is left to the parser.
struct ArraySplit
{
    std::vector<std::pair<qsizetype, qsizetype>> elements; // [begin, end)
    QString error;
    bool notAnArray = false;
};

ArraySplit splitTopLevelArray(const QByteArray &json)
{
    ArraySplit out;
    const char *s = json.constData();
    const qsizetype n = json.size();
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    qsizetype i = 0;
    while (i < n && isSpace(s[i]))
        ++i;
    if (i == n || s[i] != '[') {
        out.notAnArray = true;
        return out;
    }
    ++i;
    int depth = 0;
    qsizetype start = -1, lastNonSpace = -1;
    bool expectValue = true; // after '[' or ','
    while (i < n) {
        const char c = s[i];
        if (c == '"') {
            if (start < 0)
                start = i;
            ++i;
            while (true) {
                const char *q = static_cast<const char *>(std::memchr(s + i, '"', std::size_t(n - i)));
                if (!q) {
                    out.error = QStringLiteral("invalid JSON (a string is never closed)");
                    return out;
                }
                qsizetype backslashes = 0;
                for (const char *b = q - 1; b >= s + i && *b == '\\'; --b)
                    ++backslashes;
                i = q - s + 1;
                if (backslashes % 2 == 0)
                    break;
            }
            lastNonSpace = i - 1;
            expectValue = false;
            continue;
        }
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == '{' || c == '[') {
            if (start < 0)
                start = i;
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                if (c != ']') {
                    out.error = QStringLiteral("invalid JSON (unbalanced brackets at byte %1)").arg(i);
                    return out;
                }
                if (start >= 0) {
                    out.elements.emplace_back(start, lastNonSpace + 1);
                } else if (!out.elements.empty()) {
                    out.error = QStringLiteral("invalid JSON (a value is missing before byte %1)").arg(i);
                    return out;
                }
                ++i;
                while (i < n && isSpace(s[i]))
                    ++i;
                if (i != n)
                    out.error = QStringLiteral("invalid JSON (unexpected content after the document)");
                return out;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            if (start < 0 || expectValue) {
                out.error = QStringLiteral("invalid JSON (a value is missing before byte %1)").arg(i);
                return out;
            }
            out.elements.emplace_back(start, lastNonSpace + 1);
            start = -1;
            expectValue = true;
            ++i;
            continue;
        } else if (start < 0) {
            start = i;
        }
        lastNonSpace = i;
        expectValue = false;
        ++i;
    }
    out.error = QStringLiteral("invalid JSON (the document ends before the array is closed)");
    return out;
}

// simdjson indexes a whole document at once (about 0.6 times its size for registrant JSON): a
// list above the threshold is decoded in chunks of about g_chunkBytes instead, so that the
// parser's memory stays small and the decoded records are the only large allocation.

template<class T>
DecodeError decodeListChunked(const QByteArray &json, QList<T> &out)
{
    const ArraySplit split = splitTopLevelArray(json);
    if (split.notAnArray)
        return withDocument(
            json, JsonEngine::Simdjson, [&out](auto &d, auto &root) { d.readList(root, out); });
    if (!split.error.isEmpty())
        return documentError(split.error);
    out.reserve(qsizetype(split.elements.size()));
    Decoder<SimdBackend> d;
    simdjson::padded_string buffer;
    std::size_t first = 0;
    while (first < split.elements.size()) {
        std::size_t last = first;
        while (last + 1 < split.elements.size()
            && split.elements[last + 1].second - split.elements[first].first < g_chunkBytes)
            ++last;
        const qsizetype begin = split.elements[first].first, end = split.elements[last].second;
        const std::size_t size = std::size_t(end - begin) + 2;
        if (buffer.size() < size)
            buffer = simdjson::padded_string(size);
        char *p = buffer.data();
        p[0] = '[';
        std::memcpy(p + 1, json.constData() + begin, std::size_t(end - begin));
        p[size - 1] = ']';
        simdjson::ondemand::document doc;
        if (auto e = threadParser().iterate(p, size, buffer.size() + simdjson::SIMDJSON_PADDING).get(doc))
            return documentError(describeSimdError(e));
        simdjson::ondemand::value root;
        if (auto e = doc.get_value().get(root))
            return documentError(describeSimdError(e));
        if (!d.readList(root, out, qsizetype(first)))
            return d.error;
        const char *rest = nullptr;
        if (!doc.current_location().get(rest))
            return documentError(
                QStringLiteral("invalid JSON (unexpected content in element %1)").arg(first));
        first = last + 1;
    }
    return {};
}

template<class T>
DecodeError decodeList(const QByteArray &json, QList<T> &out, JsonEngine engine)
{
    out.clear();
    if (engine == JsonEngine::Simdjson && json.size() > g_chunkThreshold)
        return decodeListChunked(json, out);
    return withDocument(json, engine, [&out](auto &d, auto &root) { d.readList(root, out); });
}

DecodeError decodeStringList(const QByteArray &json, QStringList &out)
{
    out.clear();
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return documentError(
            QStringLiteral("invalid JSON at byte %1 (%2)").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isArray())
        return documentError(QStringLiteral("expected an array of strings"));
    const QJsonArray a = doc.array();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            DecodeError e;
            e.path = QStringLiteral("[%1]").arg(i);
            e.message = QStringLiteral("expected a string");
            return e;
        }
        out.append(a.at(i).toString());
    }
    return {};
}

template<class T>
QJsonObject encode(const T &record)
{
    return detail::encodeRecord(record);
}

template<class T>
QByteArray encodeText(const T &record)
{
    QByteArray out;
    out.reserve(512);
    detail::encodeRecordText(record, out);
    return out;
}

void appendJsonString(QByteArray &out, const QString &s)
{
    appendJsonStringUtf8(out, s.toUtf8());
}

void appendJsonStringUtf8(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00").append(kHex[c >> 4]).append(kHex[c & 15]);
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

template<class T>
QJsonArray encodeList(const QList<T> &records)
{
    QJsonArray a;
    for (const T &r : records)
        a.append(detail::encodeRecord(r));
    return a;
}

QByteArray toCompactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray toCompactJson(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

#define G2P_CODEC_INSTANTIATE(T)                                                                             \
    template DecodeError decode<T>(const QByteArray &, T &, JsonEngine);                                     \
    template DecodeError decodeList<T>(const QByteArray &, QList<T> &, JsonEngine);                          \
    template QJsonObject encode<T>(const T &);                                                               \
    template QJsonArray encodeList<T>(const QList<T> &);                                                     \
    template QByteArray encodeText<T>(const T &);

G2P_CODEC_INSTANTIATE(RegistrantId)
G2P_CODEC_INSTANTIATE(Phone)
G2P_CODEC_INSTANTIATE(MembershipSummary)
G2P_CODEC_INSTANTIATE(Individual)
G2P_CODEC_INSTANTIATE(GroupMember)
G2P_CODEC_INSTANTIATE(Group)
G2P_CODEC_INSTANTIATE(RegistrantChange)
G2P_CODEC_INSTANTIATE(IndividualInput)
G2P_CODEC_INSTANTIATE(IndividualUpdateInput)
G2P_CODEC_INSTANTIATE(GroupInput)
G2P_CODEC_INSTANTIATE(Program)
G2P_CODEC_INSTANTIATE(ProgramMembership)
G2P_CODEC_INSTANTIATE(MembershipUpdate)
G2P_CODEC_INSTANTIATE(HistoryEntry)
G2P_CODEC_INSTANTIATE(BatchEnrollRequest)
G2P_CODEC_INSTANTIATE(BatchEnrollResponse)
G2P_CODEC_INSTANTIATE(ErrorBody)
G2P_CODEC_INSTANTIATE(SessionLogin)
G2P_CODEC_INSTANTIATE(UpdateIdentification)
G2P_CODEC_INSTANTIATE(UpdateIdentificationResult)

} // namespace g2p
