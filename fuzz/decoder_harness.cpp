#include "decoder_harness.h"

#include "apierror.h"
#include "codec.h"

namespace g2p::fuzz {
namespace {

template<class T>
int one(const QByteArray &json)
{
    int accepted = 0;
    for (JsonEngine e : {JsonEngine::Simdjson, JsonEngine::QtJson}) {
        T rec;
        if (decode(json, rec, e).isNull()) {
            ++accepted;
            (void)encode(rec); // what decodes must encode
        }
        QList<T> list;
        if (decodeList(json, list, e).isNull()) {
            ++accepted;
            (void)encodeList(list);
        }
    }
    return accepted;
}

} // namespace

int decodeEverything(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    int accepted = 0;
    accepted += one<Individual>(json);
    accepted += one<Group>(json);
    accepted += one<ProgramMembership>(json);
    accepted += one<HistoryEntry>(json);
    accepted += one<BatchEnrollResponse>(json);
    accepted += one<MembershipUpdate>(json);
    accepted += one<IndividualInput>(json);
    accepted += one<IndividualUpdateInput>(json);
    accepted += one<GroupInput>(json);
    accepted += one<Program>(json);
    accepted += one<BatchEnrollRequest>(json);
    accepted += one<ErrorBody>(json);
    accepted += one<SessionLogin>(json);
    accepted += one<UpdateIdentification>(json);
    QStringList ids;
    accepted += decodeStringList(json, ids).isNull() ? 1 : 0;
    ServerErrorBody err;
    if (ServerErrorBody::parse(json, err).isNull()) {
        ++accepted;
        (void)err.toJson();
    }
    (void)ApiError::fromHttp(400, json, QStringLiteral("GET /fuzz")).toString();
    return accepted;
}

} // namespace g2p::fuzz
