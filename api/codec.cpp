#include "codec.h"

#include "decoder.h"
#include "encoder.h"
#include "json_backend_qt.h"
#include "json_backend_simd.h"

#include <QJsonDocument>

namespace g2p {
namespace {

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
template<class Body> DecodeError withDocument(const QByteArray &json, JsonEngine engine, Body &&body)
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

template<class T> DecodeError decode(const QByteArray &json, T &out, JsonEngine engine)
{
    return withDocument(json, engine, [&out](auto &d, auto &root) { d.readRecord(root, out); });
}

template<class T> DecodeError decodeList(const QByteArray &json, QList<T> &out, JsonEngine engine)
{
    out.clear();
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

template<class T> QJsonObject encode(const T &record)
{
    return detail::encodeRecord(record);
}

template<class T> QJsonArray encodeList(const QList<T> &records)
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
    template QJsonArray encodeList<T>(const QList<T> &);

G2P_CODEC_INSTANTIATE(RegistrantId)
G2P_CODEC_INSTANTIATE(Phone)
G2P_CODEC_INSTANTIATE(MembershipSummary)
G2P_CODEC_INSTANTIATE(Individual)
G2P_CODEC_INSTANTIATE(GroupMember)
G2P_CODEC_INSTANTIATE(Group)
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
