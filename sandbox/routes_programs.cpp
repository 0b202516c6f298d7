// Extension operations (x-extension: true): programs, memberships, history, batch enrolment.
#include "routes.h"

#include "enums.h"
#include "jsontext.h"
#include "wiretime.h"

namespace g2p::sandbox {
namespace {

const QStringList kStates = {QStringLiteral("draft"), QStringLiteral("enrolled"), QStringLiteral("paused"),
    QStringLiteral("exited"), QStringLiteral("not_eligible"), QStringLiteral("duplicated")};

constexpr qint64 kMicrosPerDay = 86400000000LL;

qint64 dayStartMicros(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d) * kMicrosPerDay;
}

QDate utcDateOf(qint64 micros)
{
    qint64 days = micros / kMicrosPerDay;
    if (micros % kMicrosPerDay < 0)
        --days;
    return QDate(1970, 1, 1).addDays(days);
}

bool transitionAllowed(const QString &from, const QString &to)
{
    const auto f = enumFromWire<MembershipState>(QStringView(from));
    const auto t = enumFromWire<MembershipState>(QStringView(to));
    return f && t && isTransitionAllowed(*f, *t);
}

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

struct Paging
{
    int limit = 100;
    int offset = 0;
};

Paging readPaging(const Request &r, Issues &issues)
{
    Paging p;
    if (const auto l = queryInt(r, QStringLiteral("limit"), issues, 1, 1000))
        p.limit = int(*l);
    if (const auto o = queryInt(r, QStringLiteral("offset"), issues, 0, std::numeric_limits<int>::max()))
        p.offset = int(*o);
    return p;
}

Reply page(const QJsonArray &items, qint64 total)
{
    return Reply::json(items).header("X-Total-Count", QByteArray::number(total));
}

} // namespace

Reply Routes::listPrograms(Request &r)
{
    Issues issues;
    const auto id = queryInt(r, QStringLiteral("_id"), issues);
    const QString name = queryString(r, QStringLiteral("name"));
    const QString target = queryEnum(
        r, QStringLiteral("target_type"), {QStringLiteral("individual"), QStringLiteral("group")}, issues);
    const QString state
        = queryEnum(r, QStringLiteral("state"), {QStringLiteral("active"), QStringLiteral("ended")}, issues);
    const auto archived = queryBool(r, QStringLiteral("include_archived"), issues);
    const Paging paging = readPaging(r, issues);
    if (!issues.isEmpty())
        return issues.reply();
    QStringList clauses;
    QVariantList binds;
    if (!archived.value_or(false))
        clauses << QStringLiteral("g.active = 1");
    if (id) {
        clauses << QStringLiteral("g.id = ?");
        binds << *id;
    }
    if (!name.isNull()) {
        clauses << QStringLiteral("g.name LIKE ?"); // ilike: SQLite LIKE ignores ASCII case
        binds << QString(QLatin1Char('%') + name + QLatin1Char('%'));
    }
    if (!target.isNull()) {
        clauses << QStringLiteral("g.target_type = ?");
        binds << target;
    }
    if (!state.isNull()) {
        clauses << QStringLiteral("g.state = ?");
        binds << state;
    }
    const QString where
        = clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    qint64 total = 0;
    QJsonArray out;
    for (const ProgramRow &p : m_store.programs(where, binds, paging.limit, paging.offset, &total))
        out.append(RegistryStore::programJson(p));
    return page(out, total);
}

Reply Routes::getProgram(Request &r)
{
    Issues issues;
    const auto id = pathId(r.segments[1], issues);
    if (!issues.isEmpty())
        return issues.reply();
    const auto p = m_store.program(*id);
    if (!p)
        return Reply::extension(
            404, QStringLiteral("G2P-REQ-014"), QStringLiteral("No program with id %1.").arg(*id));
    return Reply::json(RegistryStore::programJson(*p));
}

Reply Routes::listMemberships(Request &r)
{
    Issues issues;
    const auto registrant = queryInt(r, QStringLiteral("registrant_id"), issues);
    const auto program = queryInt(r, QStringLiteral("program_id"), issues);
    const QString state = queryEnum(r, QStringLiteral("state"), kStates, issues);
    const Paging paging = readPaging(r, issues);
    // A change list with `changed_since` / `after`: GET /registrant's rules, no offset.
    const std::optional<ChangeWindow> window = readChangeWindow(r, issues);
    if (window && paging.offset != 0)
        issues.add(QStringLiteral("value_error"),
            QJsonArray {QStringLiteral("query"), QStringLiteral("offset")},
            QStringLiteral("Value error, offset cannot be combined with changed_since or after"),
            queryString(r, QStringLiteral("offset")));
    if (!issues.isEmpty())
        return issues.reply();
    QStringList clauses;
    QVariantList binds;
    if (registrant) {
        clauses << QStringLiteral("m.partner_id = ?");
        binds << *registrant;
    }
    if (program) {
        clauses << QStringLiteral("m.program_id = ?");
        binds << *program;
    }
    if (!state.isNull()) {
        clauses << QStringLiteral("m.state = ?");
        binds << state;
    }
    if (window)
        window->addTo(QStringLiteral("m"), &clauses, &binds);
    const QString where
        = clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    qint64 total = 0;
    // A change list's count may be known from the page before (RemainingCounts).
    const QString filters = QStringLiteral("membership|%1|%2|%3|%4")
                                .arg(queryString(r, QStringLiteral("registrant_id")),
                                    queryString(r, QStringLiteral("program_id")), state,
                                    queryString(r, QStringLiteral("changed_since")));
    const std::optional<qint64> known
        = window ? m_remaining.known(m_store.db(), window->key(filters)) : std::nullopt;
    const QList<MembershipRow> rows = m_store.memberships(where, binds, paging.limit, paging.offset,
        known ? nullptr : &total, window ? QStringLiteral("m.write_date, m.id") : QString());
    if (known)
        total = *known;
    JsonText items;
    items.reserve(rows.size() * 400);
    items.beginArray();
    for (const MembershipRow &m : rows)
        RegistryStore::writeMembership(items, m);
    items.endArray();
    if (!window)
        return Reply::jsonText(items.take()).header("X-Total-Count", QByteArray::number(total));
    if (rows.isEmpty())
        return changePage(items.take(), true, total, 0, 0);
    ChangeWindow next;
    next.after = qMakePair(rows.last().writeDate, rows.last().id);
    m_remaining.remember(m_store.db(), next.key(filters), total - rows.size());
    return changePage(items.take(), false, total, rows.last().writeDate, rows.last().id);
}

Reply Routes::getMembership(Request &r)
{
    Issues issues;
    const auto id = pathId(r.segments[1], issues);
    if (!issues.isEmpty())
        return issues.reply();
    const auto m = m_store.membership(*id);
    if (!m)
        return Reply::extension(
            404, QStringLiteral("G2P-REQ-015"), QStringLiteral("No program membership with id %1.").arg(*id));
    return Reply::json(RegistryStore::membershipJson(*m));
}

Reply Routes::membershipHistory(Request &r)
{
    Issues issues;
    const auto id = pathId(r.segments[1], issues);
    if (!issues.isEmpty())
        return issues.reply();
    if (!m_store.membership(*id))
        return Reply::extension(
            404, QStringLiteral("G2P-REQ-015"), QStringLiteral("No program membership with id %1.").arg(*id));
    QJsonArray out;
    for (const QJsonObject &h : m_store.history(*id))
        out.append(h);
    return Reply::json(out);
}

Reply Routes::updateMembership(Request &r)
{
    // 422: path, then body schema.
    Issues issues;
    const auto id = pathId(r.segments[1], issues);
    bool ok = false;
    const QJsonObject o = objectBody(r, issues, &ok);
    QDate enrollmentDate, exitDate;
    QString state, exitReason, note;
    Timestamp writeDate;
    if (ok) {
        BodyReader b(o, QJsonArray {QStringLiteral("body")}, issues);
        b.forbidExtra(
            {QStringLiteral("state"), QStringLiteral("enrollment_date"), QStringLiteral("exit_date"),
                QStringLiteral("exit_reason"), QStringLiteral("note"), QStringLiteral("write_date")});
        if (o.isEmpty())
            issues.add(QStringLiteral("value_error"), QJsonArray {QStringLiteral("body")},
                QStringLiteral("Value error, at least one field is required"), o);
        state = b.enumValue(QStringLiteral("state"), kStates);
        enrollmentDate = b.date(QStringLiteral("enrollment_date"), BodyReader::Nullable, false);
        exitDate = b.date(QStringLiteral("exit_date"), BodyReader::Nullable, false);
        exitReason = b.string(QStringLiteral("exit_reason"), BodyReader::Nullable, 255);
        note = b.string(QStringLiteral("note"), BodyReader::Nullable, 1000);
        if (b.has(QStringLiteral("write_date"))) {
            const QJsonValue wv = o.value(QStringLiteral("write_date"));
            writeDate = wv.isString() ? Timestamp::parse(wv.toString()) : Timestamp();
            if (writeDate.isNull())
                issues.add(QStringLiteral("datetime_from_date_parsing"), b.loc(QStringLiteral("write_date")),
                    QStringLiteral("Input should be a valid datetime"), wv);
        }
    }
    if (!issues.isEmpty())
        return issues.reply();

    auto found = m_store.membership(*id);
    if (!found)
        return Reply::extension(
            404, QStringLiteral("G2P-REQ-015"), QStringLiteral("No program membership with id %1.").arg(*id));
    MembershipRow m = *found;
    if (!writeDate.isNull() && writeDate.toUtcMicros() != m.writeDate)
        return Reply::extension(409, QStringLiteral("G2P-REQ-021"),
            QStringLiteral("Membership %1 was changed at %2; you sent write_date %3.")
                .arg(m.id)
                .arg(formatMicros(m.writeDate), writeDate.text()));
    const QString newState = state.isNull() ? m.state : state;
    const bool stateChanges = newState != m.state;
    if (stateChanges && !transitionAllowed(m.state, newState))
        return Reply::extension(409, QStringLiteral("G2P-REQ-016"),
            QStringLiteral("Membership %1 is '%2'; it cannot move to '%3'.")
                .arg(m.id)
                .arg(m.state, newState));
    if (stateChanges && newState == QLatin1String("enrolled")) {
        const auto program = m_store.program(m.programId);
        if (program && (!program->active || program->state == QLatin1String("ended")))
            return Reply::extension(409, QStringLiteral("G2P-REQ-019"),
                QStringLiteral("Program %1 is %2; nobody can be enrolled in it.")
                    .arg(program->id)
                    .arg(program->active ? QStringLiteral("ended") : QStringLiteral("archived")));
    }
    const bool exitedAfter = newState == QLatin1String("exited");
    if (exitedAfter
        && ((stateChanges && (exitReason.isNull() || blank(exitReason)))
            || (!stateChanges && !exitReason.isNull() && blank(exitReason))))
        return Reply::extension(400, QStringLiteral("G2P-REQ-018"),
            QStringLiteral("Membership %1 cannot be set to 'exited' without exit_reason.").arg(m.id));
    if (!exitedAfter && (exitDate.isValid() || !exitReason.isNull()))
        return Reply::extension(400, QStringLiteral("G2P-REQ-022"),
            QStringLiteral("exit_date and exit_reason apply only to an exited membership; "
                           "membership %1 is '%2'.")
                .arg(m.id)
                .arg(newState));
    const QDate today = utcToday();
    if ((enrollmentDate.isValid() && enrollmentDate > today) || (exitDate.isValid() && exitDate > today))
        return Reply::extension(400, QStringLiteral("G2P-REQ-011"),
            QStringLiteral("Dates after %1 (today, UTC) are not accepted.").arg(formatIsoDate(today)));

    MembershipRow next = m;
    next.state = newState;
    const qint64 now = m_store.nowMicros();
    if (stateChanges && newState == QLatin1String("enrolled"))
        next.enrollmentDate = enrollmentDate.isValid() ? dayStartMicros(enrollmentDate) : now;
    else if (enrollmentDate.isValid())
        next.enrollmentDate = dayStartMicros(enrollmentDate);
    if (stateChanges && exitedAfter)
        next.exitDate = formatIsoDate(exitDate.isValid() ? exitDate : today);
    else if (exitDate.isValid())
        next.exitDate = formatIsoDate(exitDate);
    if (!exitReason.isNull())
        next.exitReason = exitReason;
    if (exitedAfter && !next.enrollmentDate.isNull()
        && parseIsoDate(next.exitDate) < utcDateOf(next.enrollmentDate.toLongLong()))
        return Reply::extension(400, QStringLiteral("G2P-REQ-022"),
            QStringLiteral("exit_date %1 is before the enrollment date %2.")
                .arg(next.exitDate, formatIsoDate(utcDateOf(next.enrollmentDate.toLongLong()))));

    const bool changed = stateChanges || next.enrollmentDate != m.enrollmentDate
        || next.exitDate != m.exitDate || next.exitReason != m.exitReason || !blank(note);
    if (!changed)
        return Reply::json(RegistryStore::membershipJson(m));
    next.writeDate = now;
    m_store.begin();
    m_store.updateMembership(next);
    HistoryRow h;
    h.membershipId = m.id;
    h.changedAt = now;
    h.changedBy = r.user;
    h.fromState = m.state;
    h.toState = newState;
    h.enrollmentDate = next.enrollmentDate;
    h.exitDate = next.exitDate;
    h.exitReason = next.exitReason;
    h.note = blank(note) ? QString() : note;
    h.source = QStringLiteral("api");
    m_store.insertHistory(h);
    m_store.commit();
    return Reply::json(RegistryStore::membershipJson(*m_store.membership(m.id)));
}

Reply Routes::batchEnroll(Request &r)
{
    Issues issues;
    bool ok = false;
    const QJsonObject o = objectBody(r, issues, &ok);
    QJsonArray items;
    std::optional<qint64> programId;
    QString state, note;
    QDate requestDate;
    if (ok) {
        BodyReader b(o, QJsonArray {QStringLiteral("body")}, issues);
        b.forbidExtra({QStringLiteral("program_id"), QStringLiteral("state"),
            QStringLiteral("enrollment_date"), QStringLiteral("note"), QStringLiteral("items")});
        programId = b.integer(QStringLiteral("program_id"), BodyReader::Required);
        state = b.enumValue(QStringLiteral("state"), {QStringLiteral("draft"), QStringLiteral("enrolled")});
        requestDate = b.date(QStringLiteral("enrollment_date"), BodyReader::Nullable, false);
        note = b.string(QStringLiteral("note"), BodyReader::Nullable, 1000);
        items = b.list(QStringLiteral("items"), BodyReader::Required, 1);
        for (int i = 0; i < items.size(); ++i) {
            QJsonArray loc {QStringLiteral("body"), QStringLiteral("items"), i};
            if (!items[i].isObject()) {
                issues.add(QStringLiteral("model_attributes_type"), loc,
                    QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                    items[i]);
                continue;
            }
            BodyReader item(items[i].toObject(), loc, issues);
            item.forbidExtra({QStringLiteral("registrant_id"), QStringLiteral("enrollment_date")});
            item.integer(QStringLiteral("registrant_id"), BodyReader::Required);
            item.date(QStringLiteral("enrollment_date"), BodyReader::Nullable, false);
        }
    }
    if (!issues.isEmpty())
        return issues.reply();
    if (state.isNull())
        state = QStringLiteral("enrolled");

    if (items.size() > 1000)
        return Reply::extension(400, QStringLiteral("G2P-REQ-020"),
            QStringLiteral("%1 items sent; at most 1000 are accepted per request.").arg(items.size()));
    QSet<qint64> seen;
    for (const QJsonValue &v : items) {
        const qint64 rid = v.toObject().value(QStringLiteral("registrant_id")).toInteger();
        if (seen.contains(rid))
            return Reply::extension(400, QStringLiteral("G2P-REQ-012"),
                QStringLiteral("Registrant %1 appears more than once in items.").arg(rid));
        seen.insert(rid);
    }
    const auto program = m_store.program(*programId);
    if (!program)
        return Reply::extension(
            404, QStringLiteral("G2P-REQ-014"), QStringLiteral("No program with id %1.").arg(*programId));
    if (!program->active || program->state == QLatin1String("ended"))
        return Reply::extension(409, QStringLiteral("G2P-REQ-019"),
            QStringLiteral("Program %1 is %2; it accepts no enrolment.")
                .arg(program->id)
                .arg(program->active ? QStringLiteral("ended") : QStringLiteral("archived")));
    const QDate today = utcToday();
    if (requestDate.isValid() && requestDate > today)
        return Reply::extension(400, QStringLiteral("G2P-REQ-011"),
            QStringLiteral("enrollment_date %1 is after today (%2, UTC).")
                .arg(formatIsoDate(requestDate), formatIsoDate(today)));

    const bool toEnrolled = state == QLatin1String("enrolled");
    const bool wantsGroup = program->targetType == QLatin1String("group");
    const QString cleanNote = blank(note) ? QString() : note;
    QJsonArray results;
    qint64 succeeded = 0, failed = 0;
    m_store.begin();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const qint64 rid = item.value(QStringLiteral("registrant_id")).toInteger();
        const QDate itemDate = parseIsoDate(item.value(QStringLiteral("enrollment_date")).toString());
        QJsonObject result {{QStringLiteral("index"), i}, {QStringLiteral("registrant_id"), rid}};
        const auto fail = [&](const QString &code, const QString &description) {
            result.insert(QStringLiteral("status"), QStringLiteral("error"));
            result.insert(QStringLiteral("error"),
                QJsonObject {{QStringLiteral("detail"), g2pMessage(code)},
                    {QStringLiteral("errorCode"), code}, {QStringLiteral("errorMessage"), g2pMessage(code)},
                    {QStringLiteral("errorDescription"), description}});
            ++failed;
        };
        const auto partner = m_store.anyPartner(rid);
        const auto existing = partner ? m_store.membershipOf(rid, program->id) : std::nullopt;
        if (!partner || !partner->active) {
            fail(QStringLiteral("G2P-REQ-013"), QStringLiteral("No registrant with id %1.").arg(rid));
        } else if (partner->isGroup != wantsGroup) {
            fail(QStringLiteral("G2P-REQ-017"),
                QStringLiteral("Registrant %1 is %2; program %3 targets %4.")
                    .arg(rid)
                    .arg(partner->isGroup ? QStringLiteral("a group") : QStringLiteral("an individual"))
                    .arg(program->id)
                    .arg(wantsGroup ? QStringLiteral("groups") : QStringLiteral("individuals")));
        } else if (itemDate.isValid() && itemDate > today) {
            fail(QStringLiteral("G2P-REQ-011"),
                QStringLiteral("enrollment_date %1 is after today (%2, UTC).")
                    .arg(formatIsoDate(itemDate), formatIsoDate(today)));
        } else if (existing && existing->state == state) {
            result.insert(QStringLiteral("status"), QStringLiteral("unchanged"));
            result.insert(QStringLiteral("membership"), RegistryStore::membershipJson(*existing));
            ++succeeded;
        } else if (existing && !transitionAllowed(existing->state, state)) {
            fail(QStringLiteral("G2P-REQ-016"),
                QStringLiteral("Registrant %1 has an '%2' membership in program %3; it cannot move to '%4'.")
                    .arg(rid)
                    .arg(existing->state)
                    .arg(program->id)
                    .arg(state));
        } else {
            const qint64 now = m_store.nowMicros();
            const QDate date = itemDate.isValid() ? itemDate : requestDate;
            const QVariant enrollment
                = toEnrolled ? QVariant(date.isValid() ? dayStartMicros(date) : now) : QVariant();
            qint64 membershipId = 0;
            if (!existing) {
                MembershipRow m;
                m.partnerId = rid;
                m.programId = program->id;
                m.state = state;
                m.enrollmentDate = enrollment;
                m.createDate = m.writeDate = now;
                m_store.insertMembership(m);
                membershipId = m.id;
                HistoryRow h;
                h.membershipId = m.id;
                h.changedAt = now;
                h.changedBy = r.user;
                h.toState = state;
                h.enrollmentDate = enrollment;
                h.note = cleanNote;
                h.source = QStringLiteral("batch_enroll");
                m_store.insertHistory(h);
                result.insert(QStringLiteral("status"), QStringLiteral("created"));
            } else {
                MembershipRow m = *existing;
                m.state = state;
                if (toEnrolled)
                    m.enrollmentDate = enrollment;
                m.writeDate = now;
                m_store.updateMembership(m);
                membershipId = m.id;
                HistoryRow h;
                h.membershipId = m.id;
                h.changedAt = now;
                h.changedBy = r.user;
                h.fromState = existing->state;
                h.toState = state;
                h.enrollmentDate = m.enrollmentDate;
                h.exitDate = m.exitDate;
                h.exitReason = m.exitReason;
                h.note = cleanNote;
                h.source = QStringLiteral("batch_enroll");
                m_store.insertHistory(h);
                result.insert(QStringLiteral("status"), QStringLiteral("updated"));
            }
            result.insert(QStringLiteral("membership"),
                RegistryStore::membershipJson(*m_store.membership(membershipId)));
            ++succeeded;
        }
        results.append(result);
    }
    m_store.commit();
    return Reply::json(QJsonObject {{QStringLiteral("program_id"), program->id},
        {QStringLiteral("total"), items.size()}, {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("failed"), failed}, {QStringLiteral("items"), results}});
}

} // namespace g2p::sandbox
