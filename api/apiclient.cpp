#include "apiclient.h"

namespace g2p {
namespace {

template<class T>
typename Job<T>::Decoder objectDecoder()
{
    return [](const QByteArray &body, const auto &, T &out) { return decode(body, out); };
}

template<class T>
typename Job<QList<T>>::Decoder listDecoder()
{
    return [](const QByteArray &body, const auto &, QList<T> &out) { return decodeList(body, out); };
}

template<class T>
typename Job<Page<T>>::Decoder pageDecoder(int limit, int offset)
{
    return [limit, offset](
               const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers, Page<T> &out) {
        out.limit = limit;
        out.offset = offset;
        for (const auto &[name, value] : headers) {
            if (name.compare("X-Total-Count", Qt::CaseInsensitive) != 0)
                continue;
            bool ok = false;
            out.total = value.trimmed().toLongLong(&ok);
            if (!ok || out.total < 0) {
                DecodeError e;
                e.path = QStringLiteral("X-Total-Count");
                e.message = QStringLiteral("expected a non-negative integer header, got \"%1\"")
                                .arg(QString::fromLatin1(value.left(40)));
                return e;
            }
        }
        return decodeList(body, out.items);
    };
}

void addMembershipFilter(QUrlQuery &q, const MembershipFilter &f)
{
    if (f.registrantId)
        q.addQueryItem(QStringLiteral("registrant_id"), QString::number(f.registrantId->id));
    if (f.programId)
        q.addQueryItem(QStringLiteral("program_id"), QString::number(f.programId->id));
    if (f.state)
        q.addQueryItem(QStringLiteral("state"), enumToWire(*f.state));
}

void addPaging(QUrlQuery &q, int limit, int offset)
{
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
}

QByteArray jsonBody(const QJsonObject &o)
{
    return toCompactJson(o);
}

} // namespace

// ------------------------------------------------------------------ operations

Job<ServerCapability> *ApiClient::detectCapabilities()
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program");
    spec.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    spec.extension = true;
    spec.what = QStringLiteral("probe");
    if (capability() == ServerCapability::UpstreamOnly)
        forgetCapability(); // probe again
    return send<ServerCapability>(spec, [](const QByteArray &body, const auto &, ServerCapability &out) {
        QList<Program> programs;
        const DecodeError e = decodeList(body, programs);
        out = ServerCapability::Extension;
        return e;
    });
}

Job<Individual> *ApiClient::getIndividual(qint64 id)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/individual/%1").arg(id);
    spec.what = tr("read an individual");
    return send<Individual>(spec, objectDecoder<Individual>());
}

Job<QList<Individual>> *ApiClient::searchIndividuals(std::optional<qint64> id, const QString &name)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/individual");
    if (id)
        spec.query.addQueryItem(QStringLiteral("_id"), QString::number(*id));
    if (!name.isNull())
        spec.query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    spec.emptySearchIsEmpty = true;
    spec.what = tr("search individuals");
    return send<QList<Individual>>(spec, listDecoder<Individual>());
}

Job<Individual> *ApiClient::createIndividual(const IndividualInput &input)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/individual");
    spec.body = jsonBody(encode(input));
    spec.idempotent = false;
    spec.what = tr("create an individual");
    return send<Individual>(spec, objectDecoder<Individual>());
}

Job<QList<Individual>> *ApiClient::updateIndividuals(
    const QString &idType, const QList<IndividualUpdateInput> &items)
{
    RequestSpec spec;
    spec.verb = "PUT";
    spec.path = QStringLiteral("/update_individual");
    spec.query.addQueryItem(QStringLiteral("id_type"), QString::fromLatin1(QUrl::toPercentEncoding(idType)));
    spec.body = toCompactJson(encodeList(items));
    spec.idempotent = false;
    spec.what = tr("update individuals");
    return send<QList<Individual>>(spec, listDecoder<Individual>());
}

Job<QStringList> *ApiClient::getIndividualIds(const QString &includeIdType, const QString &excludeIdType)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/get_individual_ids");
    spec.query.addQueryItem(
        QStringLiteral("include_id_type"), QString::fromLatin1(QUrl::toPercentEncoding(includeIdType)));
    if (!excludeIdType.isEmpty())
        spec.query.addQueryItem(
            QStringLiteral("exclude_id_type"), QString::fromLatin1(QUrl::toPercentEncoding(excludeIdType)));
    spec.what = tr("list id values");
    return send<QStringList>(spec,
        [](const QByteArray &body, const auto &, QStringList &out) { return decodeStringList(body, out); });
}

Job<Group> *ApiClient::getGroup(qint64 id)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/group/%1").arg(id);
    spec.what = tr("read a group");
    return send<Group>(spec, objectDecoder<Group>());
}

Job<QList<Group>> *ApiClient::searchGroups(std::optional<qint64> id, const QString &name, bool includeMembers)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/group");
    if (id)
        spec.query.addQueryItem(QStringLiteral("_id"), QString::number(*id));
    if (!name.isNull())
        spec.query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    if (includeMembers)
        spec.query.addQueryItem(QStringLiteral("include_members_full"), QStringLiteral("true"));
    spec.emptySearchIsEmpty = true;
    spec.what = tr("search groups");
    return send<QList<Group>>(spec, listDecoder<Group>());
}

Job<Group> *ApiClient::createGroup(const GroupInput &input)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/group");
    spec.body = jsonBody(encode(input));
    spec.idempotent = false;
    spec.what = tr("create a group");
    return send<Group>(spec, objectDecoder<Group>());
}

Job<Page<Program>> *ApiClient::listPrograms(const ProgramFilter &f, int limit, int offset)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program");
    if (f.id)
        spec.query.addQueryItem(QStringLiteral("_id"), QString::number(*f.id));
    if (!f.name.isEmpty())
        spec.query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(f.name)));
    if (f.targetType)
        spec.query.addQueryItem(QStringLiteral("target_type"), enumToWire(*f.targetType));
    if (f.state)
        spec.query.addQueryItem(QStringLiteral("state"), enumToWire(*f.state));
    if (f.includeArchived)
        spec.query.addQueryItem(QStringLiteral("include_archived"), QStringLiteral("true"));
    addPaging(spec.query, limit, offset);
    spec.extension = true;
    spec.what = tr("list programs");
    return send<Page<Program>>(spec, pageDecoder<Program>(limit, offset));
}

Job<Program> *ApiClient::getProgram(qint64 id)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program/%1").arg(id);
    spec.extension = true;
    spec.what = tr("read a program");
    return send<Program>(spec, objectDecoder<Program>());
}

Job<Page<ProgramMembership>> *ApiClient::listMemberships(const MembershipFilter &f, int limit, int offset)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program_membership");
    addMembershipFilter(spec.query, f);
    addPaging(spec.query, limit, offset);
    spec.extension = true;
    spec.what = tr("list program memberships");
    return send<Page<ProgramMembership>>(spec, pageDecoder<ProgramMembership>(limit, offset));
}

Job<ProgramMembership> *ApiClient::getMembership(qint64 id)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program_membership/%1").arg(id);
    spec.extension = true;
    spec.what = tr("read a program membership");
    return send<ProgramMembership>(spec, objectDecoder<ProgramMembership>());
}

Job<ProgramMembership> *ApiClient::updateMembership(qint64 id, const MembershipUpdate &update)
{
    RequestSpec spec;
    spec.verb = "PATCH";
    spec.path = QStringLiteral("/program_membership/%1").arg(id);
    spec.body = jsonBody(encode(update));
    spec.idempotent = false;
    spec.extension = true;
    spec.what = tr("change a program membership");
    return send<ProgramMembership>(spec, objectDecoder<ProgramMembership>());
}

Job<QList<HistoryEntry>> *ApiClient::membershipHistory(qint64 id)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program_membership/%1/history").arg(id);
    spec.extension = true;
    spec.what = tr("read membership history");
    return send<QList<HistoryEntry>>(spec, listDecoder<HistoryEntry>());
}

Job<BatchEnrollResponse> *ApiClient::batchEnroll(const BatchEnrollRequest &request)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/program_membership/batch_enroll");
    spec.body = jsonBody(encode(request));
    spec.idempotent = false;
    spec.extension = true;
    spec.what = tr("enrol registrants in bulk");
    return send<BatchEnrollResponse>(spec, objectDecoder<BatchEnrollResponse>());
}

namespace {
// A change list page (GET /registrant; GET /program_membership with changed_since / after): the
// cursor from X-Next-After (the one sent when the page is empty), complete when X-Total-Count is
// at most `limit`.
template<class T>
typename Job<ChangedPage<T>>::Decoder changeListDecoder(const QString &after, int limit)
{
    return [after, limit](const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
               ChangedPage<T> &out) {
        out.cursor = after;
        out.remaining = -1;
        for (const auto &[name, value] : headers) {
            if (name.compare("X-Next-After", Qt::CaseInsensitive) == 0)
                out.cursor = QString::fromUtf8(value.trimmed());
            else if (name.compare("X-Total-Count", Qt::CaseInsensitive) == 0)
                out.remaining = value.trimmed().toLongLong();
        }
        if (out.remaining < 0) {
            DecodeError e;
            e.path = QStringLiteral("X-Total-Count");
            e.message = QStringLiteral("a change list page needs X-Total-Count");
            return e;
        }
        out.complete = out.remaining <= limit;
        return decodeList(body, out.items);
    };
}
} // namespace

Job<ChangedPage<RegistrantChange>> *ApiClient::listRegistrantChanges(
    std::optional<bool> isGroup, const QString &after, int limit)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/registrant");
    if (isGroup)
        spec.query.addQueryItem(
            QStringLiteral("is_group"), *isGroup ? QStringLiteral("true") : QStringLiteral("false"));
    if (!after.isEmpty())
        spec.query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    spec.what = tr("read the registry's changes");
    return send<ChangedPage<RegistrantChange>>(spec, changeListDecoder<RegistrantChange>(after, limit));
}

Job<ChangedPage<ProgramMembership>> *ApiClient::listMembershipChanges(
    const MembershipFilter &f, const QString &after, int limit)
{
    RequestSpec spec;
    spec.path = QStringLiteral("/program_membership");
    addMembershipFilter(spec.query, f);
    if (f.changedSince.isValid())
        spec.query.addQueryItem(QStringLiteral("changed_since"),
            QString::fromLatin1(QUrl::toPercentEncoding(f.changedSince.toUTC().toString(Qt::ISODateWithMs))));
    // Without a cursor the list starts before every record (`after` makes it a change list).
    spec.query.addQueryItem(QStringLiteral("after"),
        QString::fromLatin1(QUrl::toPercentEncoding(
            after.isEmpty() ? QStringLiteral("1970-01-01T00:00:00.000000+00:00,0") : after)));
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    spec.what = tr("list program memberships");
    return send<ChangedPage<ProgramMembership>>(spec, changeListDecoder<ProgramMembership>(after, limit));
}

} // namespace g2p
