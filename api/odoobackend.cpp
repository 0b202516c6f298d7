#include "odoobackend.h"

#include "odoojsonrpc.h"
#include "odoorecords.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcOdoo, "g2p.api.odoo")

namespace g2p {
namespace {

const QString M = QStringLiteral("g2p.program_membership");
const QString P = QStringLiteral("res.partner");

// Runs `inner` on behalf of `outer`: a failure ends `outer` (through `onFail` when given), a success
// runs `next`; abort() of `outer` reaches `inner`.
template<class T, class U, class F>
void step(Call<T> *outer, Call<U> *inner, F next, std::function<bool(const ApiError &)> onFail = {})
{
    outer->setAbortHandler([p = QPointer<PendingCall>(inner)] {
        if (p)
            p->abort();
    });
    QObject::connect(inner, &PendingCall::finished, outer, [outer, inner, next, onFail] {
        if (outer->isFinished())
            return;
        if (!inner->succeeded()) {
            if (!onFail || !onFail(inner->error()))
                outer->finish(inner->error());
            return;
        }
        next(inner->result());
    });
}

QList<qint64> intsOf(const QJsonArray &a)
{
    QList<qint64> out;
    for (const QJsonValue &v : a)
        out << v.toInteger();
    return out;
}

QJsonArray jsonIds(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

// Positional arguments holding one value (a domain, an id list): `{array}` would copy the array
// instead of wrapping it.
QJsonArray one(const QJsonValue &v)
{
    QJsonArray a;
    a.append(v);
    return a;
}

QJsonArray leaf(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray {field, op, value};
}

ApiError problem(ApiError::Kind kind, const QString &code, const QString &message)
{
    ApiError e(kind, message);
    e.setCode(code);
    return e;
}

QString firstParagraph(const QString &message)
{
    const qsizetype cut = message.indexOf(QLatin1String("\n\n"));
    return cut < 0 ? message : message.left(cut);
}

} // namespace

OdooBackend::OdooBackend(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : RegistryBackend(parent), m_config(std::move(config))
{
    qRegisterMetaType<BackendCapabilities>();
    m_config.baseUrl.setPath(QString());
    m_config.baseUrl.setQuery(QString());
    m_database = m_config.database;
    ClientConfig transport = m_config;
    transport.auth = ClientConfig::Auth::Basic; // requests at the server root carry no header
    m_transport = new RestTransport(nam, transport, this);
    connect(m_transport, &RestTransport::untrustedCertificate, this, &RegistryBackend::untrustedCertificate);
}

OdooBackend::~OdooBackend() = default;

BackendCapabilities OdooBackend::defaultCapabilities()
{
    BackendCapabilities c;
    c.programs = true;
    c.stateChanges = true;
    c.serverHistory = true; // rebuilt from the notes every G2P Desk posts (partial: see history())
    c.optimisticLocking = true; // write_date compared by this backend just before writing
    c.batchEnrolment = true;
    c.batchSize = 500; // one transaction on the server: ~200–500 rows a call (section 5, row 11)
    c.maxPageSize = 1000;
    c.changedSince = true;
    c.exitReasonsKept = true; // in the membership's chatter
    c.createRegistrants = false;
    c.searchByIdNumber = true;
    c.caseInsensitiveNames = true; // ilike
    return c;
}

QString OdooBackend::kindName() const
{
    return m_version.isEmpty() ? tr("Odoo external API") : tr("Odoo %1 external API").arg(m_version);
}

BackendCapabilities OdooBackend::capabilities() const
{
    if (!m_answered && m_known)
        return *m_known;
    return defaultCapabilities();
}

void OdooBackend::setKnownCapabilities(const BackendCapabilities &caps)
{
    if (!m_answered)
        m_known = caps;
}

void OdooBackend::setPassword(const QString &password)
{
    m_config.password = password;
    m_transport->setPassword(password);
}

void OdooBackend::trustCertificate(const QSslCertificate &certificate)
{
    m_transport->trustCertificate(certificate);
}

ApiError OdooBackend::officerError(const ApiError &e, const QString &what) const
{
    ApiError out = e;
    const QString name = e.code();
    if (name == QLatin1String("odoo.exceptions.AccessError")) {
        out = ApiError(ApiError::Kind::Forbidden,
            tr("Your account may not %1 on this server. The server said: %2")
                .arg(what, firstParagraph(e.message())));
    } else if (name == QLatin1String("odoo.exceptions.AccessDenied")) {
        out = ApiError(ApiError::Kind::Unauthorized,
            tr("The server refused the password or API key of %1. Sign in again.").arg(m_config.user));
    } else if (name == QLatin1String("psycopg2.OperationalError")
        && e.message().contains(QLatin1String("database"))) {
        out = ApiError(ApiError::Kind::Usage,
            tr("The server has no database “%1”. Check the database name of this profile.").arg(m_database));
    } else {
        return out;
    }
    out.setCode(name);
    out.setOperation(e.operation());
    return out;
}

Call<QJsonValue> *OdooBackend::rpc(const QString &service,
    const QString &method,
    const QJsonArray &args,
    bool idempotent,
    const QString &what)
{
    auto *call = new Call<QJsonValue>(this);
    if (m_signedOut) {
        call->finishLater(
            ApiError(ApiError::Kind::Cancelled, tr("Signed out: nothing more is sent from this window.")));
        return call;
    }
    const qint64 id = m_nextId++;
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/jsonrpc");
    spec.atServerRoot = true;
    spec.body = odoo::callEnvelope(id, service, method, args); // the secret travels here, never logged
    spec.idempotent = idempotent;
    spec.what = what;
    const QString operation = QStringLiteral("%1.%2").arg(service, method);
    auto *job = m_transport->send<odoo::Reply>(spec,
        [id, operation](
            const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &, odoo::Reply &out) {
            out = odoo::readReply(body, id, operation);
            return DecodeError();
        });
    call->setAbortHandler([j = QPointer<ApiJob>(job)] {
        if (j)
            j->abort();
    });
    connect(job, &ApiJob::finished, call, [this, call, job, what] {
        if (!job->succeeded()) {
            call->finish(job->error());
            return;
        }
        odoo::Reply r = job->takeResult();
        if (!r.error.isNull()) {
            call->finish(officerError(r.error, what));
            return;
        }
        call->setResult(r.result);
        call->finish();
    });
    return call;
}

Call<QJsonValue> *OdooBackend::login()
{
    auto *out = new Call<QJsonValue>(this);
    const auto signIn = [this, out] {
        auto *c = rpc(QStringLiteral("common"), QStringLiteral("login"),
            {m_database, m_config.user, m_config.password}, true, tr("sign in"));
        step(out, c, [this, out](const QJsonValue &uid) {
            // A wrong password or unknown login is no error here: the answer is `false`.
            if (!uid.isDouble()) {
                out->finish(ApiError(ApiError::Kind::Unauthorized,
                    tr("Wrong user name, password or API key for %1 on database “%2”.")
                        .arg(m_config.user, m_database)));
                return;
            }
            m_uid = uid.toInteger();
            out->setResult(uid);
            out->finish();
        });
    };
    if (!m_database.isEmpty()) {
        signIn();
        return out;
    }
    auto *list = rpc(QStringLiteral("db"), QStringLiteral("list"), {}, true, tr("list the databases"));
    step(
        out, list,
        [this, out, signIn](const QJsonValue &v) {
            QStringList names;
            for (const QJsonValue &n : v.toArray())
                names << n.toString();
            if (names.size() == 1) {
                m_database = names.first();
                signIn();
                return;
            }
            ApiError e(ApiError::Kind::Usage,
                names.isEmpty() ? tr("The server lists no database. Enter the database name in the profile.")
                                : tr("This server has several databases (%1). Choose one in the profile.")
                                      .arg(names.join(QStringLiteral(", "))));
            e.setCode(QStringLiteral("g2p.odoo.databases:") + names.join(QLatin1Char('\n')));
            out->finish(e);
        },
        [out](const ApiError &e) {
            if (e.kind() != ApiError::Kind::Unauthorized)
                return false;
            // list_db = False: listing is refused; only the officer knows the name.
            ApiError ask(ApiError::Kind::Usage,
                tr("This server does not list its databases. Enter the database name in the profile."));
            ask.setCode(QStringLiteral("g2p.odoo.databases:"));
            out->finish(ask);
            return true;
        });
    return out;
}

Call<QJsonValue> *OdooBackend::execute(const QString &model,
    const QString &method,
    const QJsonArray &args,
    const QJsonObject &kwargs,
    bool idempotent,
    const QString &what)
{
    auto *out = new Call<QJsonValue>(this);
    const auto send = [this, out, model, method, args, kwargs, idempotent, what] {
        auto *c = rpc(QStringLiteral("object"), QStringLiteral("execute_kw"),
            {m_database, m_uid, m_config.password, model, method, args, kwargs}, idempotent, what);
        step(out, c, [out](const QJsonValue &v) {
            out->setResult(v);
            out->finish();
        });
    };
    if (m_uid)
        send();
    else
        step(out, login(), [send](const QJsonValue &) { send(); });
    return out;
}

Call<BackendCapabilities> *OdooBackend::signIn()
{
    auto *out = new Call<BackendCapabilities>(this);
    auto *version
        = rpc(QStringLiteral("common"), QStringLiteral("version"), {}, true, tr("ask the server's version"));
    step(out, version, [this, out](const QJsonValue &v) {
        const QString serie = v.toObject().value(QStringLiteral("server_serie")).toString();
        if (serie.isEmpty()) {
            out->finish(
                ApiError(ApiError::Kind::Protocol, tr("This address does not answer like an Odoo server.")));
            return;
        }
        m_version = v.toObject().value(QStringLiteral("server_version")).toString(serie);
        m_uid = 0;
        step(out, login(), [this, out](const QJsonValue &) {
            auto *rights = execute(M, QStringLiteral("check_access_rights"), {QStringLiteral("write")},
                {{QStringLiteral("raise_exception"), false}}, true, tr("learn what this account may do"));
            step(out, rights, [this, out](const QJsonValue &mayWrite) {
                m_mayWrite = mayWrite.toBool(true);
                const BackendCapabilities before = capabilities();
                m_answered = true;
                out->setResult(capabilities());
                out->finish();
                if (before != capabilities())
                    Q_EMIT capabilitiesChanged();
            });
        });
    });
    return out;
}

PendingCall *OdooBackend::signOut()
{
    // /jsonrpc keeps no session: nothing to close on the server, only later calls to refuse.
    m_signedOut = true;
    auto *call = new PendingCall(this);
    call->finishLater();
    return call;
}

// ------------------------------------------------------------------ registrants

namespace {
// The children of a page of registrants, each kind in one request, all at once.
struct Assembly
{
    QJsonArray rows;
    odoo::Children children;
    int pending = 0;
    bool failed = false;
};
} // namespace

template<class R>
Call<QList<R>> *OdooBackend::registrants(const QJsonArray &domain,
    bool groups,
    int limit,
    const QJsonObject &extraKw,
    std::shared_ptr<QList<qint64>> gone)
{
    auto *out = new Call<QList<R>>(this);
    QJsonObject kw = extraKw;
    kw.insert(QStringLiteral("fields"), odoo::registrantFields());
    if (!kw.contains(QStringLiteral("order")))
        kw.insert(QStringLiteral("order"), QStringLiteral("name asc, id asc"));
    if (limit > 0)
        kw.insert(QStringLiteral("limit"), limit);
    auto *search = execute(P, QStringLiteral("search_read"), one(domain), kw, true, tr("search registrants"));
    step(out, search, [this, out, groups, gone](const QJsonValue &v) {
        auto a = std::make_shared<Assembly>();
        for (const QJsonValue &r : v.toArray()) {
            // Archived or disabled registrants have left the registry (only change lists ask for them).
            const QJsonObject o = r.toObject();
            if (gone
                && (!o.value(QStringLiteral("active")).toBool(true)
                    || o.value(QStringLiteral("disabled")).isString()))
                *gone << o.value(QStringLiteral("id")).toInteger();
            else
                a->rows << r;
        }
        QList<qint64> partners, regIds, phones;
        for (const QJsonValue &r : std::as_const(a->rows)) {
            const QJsonObject o = r.toObject();
            partners << o.value(QStringLiteral("id")).toInteger();
            regIds += intsOf(o.value(QStringLiteral("reg_ids")).toArray());
            phones += intsOf(o.value(QStringLiteral("phone_number_ids")).toArray());
        }
        const auto finishIfDone = [out, a, groups] {
            if (--a->pending > 0 || a->failed || out->isFinished())
                return;
            QList<R> list;
            list.reserve(a->rows.size());
            for (const QJsonValue &r : std::as_const(a->rows)) {
                if constexpr (std::is_same_v<R, Group>)
                    list << odoo::groupFrom(r.toObject(), a->children);
                else
                    list << odoo::individualFrom(r.toObject(), a->children);
            }
            Q_UNUSED(groups);
            out->setResult(std::move(list));
            out->finish();
        };
        const auto fetch = [this, out, a, finishIfDone](
                               Call<QJsonValue> *c, std::function<void(const QJsonArray &)> take) {
            ++a->pending;
            connect(c, &PendingCall::finished, out, [out, a, c, take, finishIfDone] {
                if (a->failed || out->isFinished())
                    return;
                if (!c->succeeded()) {
                    a->failed = true;
                    out->finish(c->error());
                    return;
                }
                take(c->result().toArray());
                finishIfDone();
            });
        };
        ++a->pending; // held until every request is on its way
        if (!regIds.isEmpty())
            fetch(execute(QStringLiteral("g2p.reg.id"), QStringLiteral("read"), one(jsonIds(regIds)),
                      {{QStringLiteral("fields"),
                          QJsonArray {QStringLiteral("id_type_as_str"), QStringLiteral("value"),
                              QStringLiteral("expiry_date")}}},
                      true, tr("read ID numbers")),
                [a](const QJsonArray &rows) {
                    for (const QJsonValue &r : rows) {
                        const QJsonObject o = r.toObject();
                        RegistrantId id;
                        id.id = o.value(QStringLiteral("id")).toInteger();
                        id.idType = odoo::text(o.value(QStringLiteral("id_type_as_str")));
                        id.value = odoo::text(o.value(QStringLiteral("value")));
                        id.expiryDate = odoo::date(o.value(QStringLiteral("expiry_date")));
                        a->children.regIds.insert(id.id, id);
                    }
                });
        if (!phones.isEmpty())
            fetch(execute(QStringLiteral("g2p.phone.number"), QStringLiteral("read"), one(jsonIds(phones)),
                      {{QStringLiteral("fields"),
                          QJsonArray {QStringLiteral("phone_no"), QStringLiteral("phone_sanitized"),
                              QStringLiteral("date_collected")}}},
                      true, tr("read phone numbers")),
                [a](const QJsonArray &rows) {
                    for (const QJsonValue &r : rows) {
                        const QJsonObject o = r.toObject();
                        Phone p;
                        p.id = o.value(QStringLiteral("id")).toInteger();
                        p.phoneNo = odoo::text(o.value(QStringLiteral("phone_no")));
                        p.phoneSanitized = odoo::text(o.value(QStringLiteral("phone_sanitized")));
                        p.dateCollected = odoo::date(o.value(QStringLiteral("date_collected")));
                        a->children.phones.insert(p.id, p);
                    }
                });
        if (!partners.isEmpty())
            fetch(execute(M, QStringLiteral("search_read"),
                      one(QJsonArray {
                          leaf(QStringLiteral("partner_id"), QStringLiteral("in"), jsonIds(partners))}),
                      {{QStringLiteral("fields"),
                           QJsonArray {QStringLiteral("partner_id"), QStringLiteral("program_id"),
                               QStringLiteral("state"), QStringLiteral("enrollment_date"),
                               QStringLiteral("exit_date")}},
                          {QStringLiteral("order"), QStringLiteral("id asc")}},
                      true, tr("read program memberships")),
                [a](const QJsonArray &rows) {
                    for (const QJsonValue &r : rows) {
                        const ProgramMembership m = odoo::membershipFrom(r.toObject());
                        MembershipSummary s;
                        s.programId = m.programId;
                        s.state = m.state;
                        s.enrollmentDate = m.enrollmentDate;
                        s.exitDate = m.exitDate;
                        a->children.memberships[m.registrantId] << s;
                    }
                });
        if (groups && !partners.isEmpty()) {
            // Members: the group memberships, then the individuals they name and the kinds' names.
            auto *links = execute(QStringLiteral("g2p.group.membership"), QStringLiteral("search_read"),
                one(QJsonArray {leaf(QStringLiteral("group"), QStringLiteral("in"), jsonIds(partners))}),
                {{QStringLiteral("fields"),
                     QJsonArray {QStringLiteral("group"), QStringLiteral("individual"),
                         QStringLiteral("kind"), QStringLiteral("create_date"),
                         QStringLiteral("write_date")}},
                    {QStringLiteral("order"), QStringLiteral("id asc")}},
                true, tr("read household members"));
            ++a->pending;
            connect(links, &PendingCall::finished, out, [this, out, a, links, fetch, finishIfDone] {
                if (a->failed || out->isFinished())
                    return;
                if (!links->succeeded()) {
                    a->failed = true;
                    out->finish(links->error());
                    return;
                }
                const QJsonArray linkRows = links->result().toArray();
                QList<qint64> people;
                for (const QJsonValue &l : linkRows)
                    people << odoo::many2oneId(l.toObject().value(QStringLiteral("individual")));
                auto kinds = std::make_shared<QHash<qint64, QString>>();
                auto persons = std::make_shared<QHash<qint64, QJsonObject>>();
                const auto build = [a, linkRows, kinds, persons] {
                    for (const QJsonValue &l : linkRows) {
                        const QJsonObject o = l.toObject();
                        GroupMember gm;
                        gm.id = o.value(QStringLiteral("id")).toInteger();
                        const qint64 person = odoo::many2oneId(o.value(QStringLiteral("individual")));
                        gm.individual = odoo::individualFrom(persons->value(person), {});
                        gm.individual.id = person;
                        if (gm.individual.name.isEmpty())
                            gm.individual.name = odoo::many2oneName(o.value(QStringLiteral("individual")));
                        for (const QJsonValue &k : o.value(QStringLiteral("kind")).toArray())
                            gm.kinds << MembershipKind {{}, kinds->value(k.toInteger())};
                        gm.createDate = odoo::datetime(o.value(QStringLiteral("create_date")));
                        gm.writeDate = odoo::datetime(o.value(QStringLiteral("write_date")));
                        a->children.members[odoo::many2oneId(o.value(QStringLiteral("group")))] << gm;
                    }
                };
                auto left = std::make_shared<int>(people.isEmpty() ? 1 : 2);
                const auto partDone = [left, build] {
                    if (--*left == 0)
                        build();
                };
                fetch(
                    execute(QStringLiteral("g2p.group.membership.kind"), QStringLiteral("search_read"),
                        one(QJsonArray {}), {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}},
                        true, tr("read membership kinds")),
                    [kinds, partDone](const QJsonArray &rows) {
                        for (const QJsonValue &r : rows)
                            kinds->insert(r.toObject().value(QStringLiteral("id")).toInteger(),
                                r.toObject().value(QStringLiteral("name")).toString());
                        partDone();
                    });
                if (!people.isEmpty())
                    fetch(execute(P, QStringLiteral("read"), one(jsonIds(people)),
                              {{QStringLiteral("fields"),
                                  QJsonArray {QStringLiteral("name"), QStringLiteral("given_name"),
                                      QStringLiteral("family_name"), QStringLiteral("addl_name"),
                                      QStringLiteral("gender"), QStringLiteral("birthdate"),
                                      QStringLiteral("is_group")}}},
                              true, tr("read household members")),
                        [persons, partDone](const QJsonArray &rows) {
                            for (const QJsonValue &r : rows)
                                persons->insert(
                                    r.toObject().value(QStringLiteral("id")).toInteger(), r.toObject());
                            partDone();
                        });
                finishIfDone();
            });
        }
        finishIfDone();
    });
    return out;
}

namespace {
QJsonArray registrantDomain(const RegistrantQuery &q, bool groups)
{
    QJsonArray d {leaf(QStringLiteral("is_registrant"), QStringLiteral("="), true),
        leaf(QStringLiteral("is_group"), QStringLiteral("="), groups)};
    if (q.id)
        d << leaf(QStringLiteral("id"), QStringLiteral("="), *q.id);
    if (!q.name.isNull() && !q.name.isEmpty()) {
        d << QStringLiteral("|") << QStringLiteral("|")
          << leaf(QStringLiteral("name"), QStringLiteral("ilike"), q.name)
          << leaf(QStringLiteral("given_name"), QStringLiteral("ilike"), q.name)
          << leaf(QStringLiteral("family_name"), QStringLiteral("ilike"), q.name);
    }
    if (!q.idNumber.isEmpty())
        d << leaf(QStringLiteral("reg_ids.value"), QStringLiteral("="), q.idNumber);
    return d;
}
} // namespace

Call<QList<Individual>> *OdooBackend::findIndividuals(const RegistrantQuery &query)
{
    return registrants<Individual>(registrantDomain(query, false), false, 0);
}

Call<QList<Group>> *OdooBackend::findGroups(const RegistrantQuery &query)
{
    return registrants<Group>(registrantDomain(query, true), true, 0);
}

namespace {
template<class R>
Call<R> *firstOf(Call<QList<R>> *list, QObject *parent, qint64 id)
{
    auto *out = new Call<R>(parent);
    step(out, list, [out, id](const QList<R> &rows) {
        if (rows.isEmpty()) {
            out->finish(problem(ApiError::Kind::NotFound, QStringLiteral("G2P-REQ-013"),
                OdooBackend::tr("No registrant with id %1 on this server.").arg(id)));
            return;
        }
        out->setResult(rows.first());
        out->finish();
    });
    return out;
}
} // namespace

Call<Individual> *OdooBackend::individual(const RecordRef &registrant)
{
    RegistrantQuery q;
    q.id = registrant.id;
    return firstOf(findIndividuals(q), this, registrant.id);
}

Call<Group> *OdooBackend::group(const RecordRef &registrant)
{
    RegistrantQuery q;
    q.id = registrant.id;
    return firstOf(findGroups(q), this, registrant.id);
}

// Cursor "SINCE|LAST_ID|MAX_SEEN": registrants written at or after SINCE (empty: all), in id
// order after LAST_ID, so a page is never skipped or repeated while others write (a registrant
// changed behind the cursor is seen by the next refresh). When the last page is read, the cursor
// becomes the next refresh's start: the newest write_date seen, less five minutes (write_date is
// the writer's transaction start, and a slow transaction commits after it).
template<class R>
Call<ChangedPage<R>> *OdooBackend::changed(const ChangesQuery &query, bool groups)
{
    const QStringList parts = query.cursor.split(QLatin1Char('|'));
    const QString since = parts.value(0);
    const qint64 lastId = parts.value(1).toLongLong();
    const QString maxSeen = parts.value(2);
    QJsonArray domain {leaf(QStringLiteral("is_registrant"), QStringLiteral("="), true),
        leaf(QStringLiteral("is_group"), QStringLiteral("="), groups),
        leaf(QStringLiteral("id"), QStringLiteral(">"), lastId)};
    if (!since.isEmpty())
        domain << leaf(QStringLiteral("write_date"), QStringLiteral(">="), since);
    const int limit = qMax(1, query.limit);
    auto *out = new Call<ChangedPage<R>>(this);
    // Archived registrants are asked for too: they are the ones that left.
    auto gone = std::make_shared<QList<qint64>>();
    auto *rows = registrants<R>(domain, groups, limit,
        {{QStringLiteral("order"), QStringLiteral("id asc")},
            {QStringLiteral("context"), QJsonObject {{QStringLiteral("active_test"), false}}}},
        gone);
    step(out, rows, [out, since, maxSeen, limit, gone](const QList<R> &list) {
        ChangedPage<R> page;
        page.left = *gone;
        QString newest = maxSeen;
        qint64 last = gone->isEmpty() ? 0 : *std::max_element(gone->begin(), gone->end());
        for (const R &r : list) {
            last = qMax(last, r.id);
            const QString written = odoo::datetimeText(r.writeDate);
            if (written > newest)
                newest = written;
            page.items << r;
        }
        page.complete = list.size() + gone->size() < limit;
        if (!page.complete) {
            page.cursor = QStringLiteral("%1|%2|%3").arg(since).arg(last).arg(newest);
        } else {
            const Timestamp t = odoo::datetime(QJsonValue(newest.isEmpty() ? since : newest));
            page.cursor = t.isNull()
                ? since
                : odoo::datetimeText(Timestamp::fromUtcMicros(t.toUtcMicros() - qint64(300) * 1000000))
                    + QStringLiteral("|0|");
        }
        out->setResult(std::move(page));
        out->finish();
    });
    return out;
}

Call<ChangedPage<Individual>> *OdooBackend::changedIndividuals(const ChangesQuery &query)
{
    return changed<Individual>(query, false);
}

Call<ChangedPage<Group>> *OdooBackend::changedGroups(const ChangesQuery &query)
{
    return changed<Group>(query, true);
}

Call<Individual> *OdooBackend::createIndividual(const IndividualInput &)
{
    auto *c = new Call<Individual>(this);
    c->finishLater(ApiError(ApiError::Kind::Unsupported,
        tr("G2P Desk does not create registrants over Odoo's external API yet: register them in the server's "
           "web UI.")));
    return c;
}

Call<Group> *OdooBackend::createGroup(const GroupInput &)
{
    auto *c = new Call<Group>(this);
    c->finishLater(ApiError(ApiError::Kind::Unsupported,
        tr("G2P Desk does not create registrants over Odoo's external API yet: register them in the server's "
           "web UI.")));
    return c;
}

// ------------------------------------------------------------------ programs and memberships

namespace {
// A page: the rows and, in a second request, the total.
template<class T, class Convert>
Call<Page<T>> *paged(OdooBackend *b,
    const QString &model,
    const QJsonArray &domain,
    const QJsonArray &fields,
    int limit,
    int offset,
    const QJsonObject &context,
    const QString &what,
    Convert convert)
{
    auto *out = new Call<Page<T>>(b);
    QJsonObject kw {{QStringLiteral("fields"), fields}, {QStringLiteral("order"), QStringLiteral("id asc")},
        {QStringLiteral("offset"), offset}, {QStringLiteral("context"), context}};
    if (limit > 0)
        kw.insert(QStringLiteral("limit"), limit);
    auto *count = b->execute(model, QStringLiteral("search_count"), one(domain),
        {{QStringLiteral("context"), context}}, true, what);
    step(out, count, [b, out, model, domain, kw, limit, offset, what, convert](const QJsonValue &total) {
        auto *rows = b->execute(model, QStringLiteral("search_read"), one(domain), kw, true, what);
        step(out, rows, [out, total, limit, offset, convert](const QJsonValue &v) {
            Page<T> page;
            for (const QJsonValue &r : v.toArray())
                page.items << convert(r.toObject());
            page.total = total.toInteger();
            page.limit = limit;
            page.offset = offset;
            out->setResult(std::move(page));
            out->finish();
        });
    });
    return out;
}

template<class T, class Convert>
Call<T> *readOne(OdooBackend *b,
    const QString &model,
    qint64 id,
    const QJsonArray &fields,
    const QString &what,
    const QString &code,
    const QString &missing,
    Convert convert)
{
    auto *out = new Call<T>(b);
    auto *c = b->execute(model, QStringLiteral("read"), one(QJsonArray {id}),
        {{QStringLiteral("fields"), fields}}, true, what);
    step(out, c, [out, code, missing, convert](const QJsonValue &v) {
        const QJsonArray rows = v.toArray();
        if (rows.isEmpty()) { // read drops a deleted id instead of failing
            out->finish(problem(ApiError::Kind::NotFound, code, missing));
            return;
        }
        out->setResult(convert(rows.first().toObject()));
        out->finish();
    });
    return out;
}
} // namespace

Call<Page<Program>> *OdooBackend::programs(const ProgramFilter &filter, int limit, int offset)
{
    QJsonArray d;
    if (filter.id)
        d << leaf(QStringLiteral("id"), QStringLiteral("="), *filter.id);
    if (!filter.name.isEmpty())
        d << leaf(QStringLiteral("name"), QStringLiteral("ilike"), filter.name);
    if (filter.targetType)
        d << leaf(QStringLiteral("target_type"), QStringLiteral("="), enumToWire(*filter.targetType));
    if (filter.state)
        d << leaf(QStringLiteral("state"), QStringLiteral("="), enumToWire(*filter.state));
    QJsonObject context;
    if (filter.includeArchived)
        context.insert(QStringLiteral("active_test"), false);
    return paged<Program>(this, QStringLiteral("g2p.program"), d, odoo::programFields(), limit, offset,
        context, tr("list programs"), [](const QJsonObject &o) { return odoo::programFrom(o); });
}

Call<Program> *OdooBackend::program(const RecordRef &ref)
{
    return readOne<Program>(this, QStringLiteral("g2p.program"), ref.id, odoo::programFields(),
        tr("read a program"), QStringLiteral("G2P-REQ-014"),
        tr("No program with id %1 on this server.").arg(ref.id),
        [](const QJsonObject &o) { return odoo::programFrom(o); });
}

Call<Page<ProgramMembership>> *OdooBackend::memberships(const MembershipFilter &filter, int limit, int offset)
{
    QJsonArray d;
    if (filter.registrantId)
        d << leaf(QStringLiteral("partner_id"), QStringLiteral("="), filter.registrantId->id);
    if (filter.programId)
        d << leaf(QStringLiteral("program_id"), QStringLiteral("="), filter.programId->id);
    if (filter.state)
        d << leaf(QStringLiteral("state"), QStringLiteral("="), enumToWire(*filter.state));
    return paged<ProgramMembership>(this, M, d, odoo::membershipFields(), limit, offset, {},
        tr("list program memberships"), [](const QJsonObject &o) { return odoo::membershipFrom(o); });
}

Call<ProgramMembership> *OdooBackend::membership(const RecordRef &ref)
{
    return readOne<ProgramMembership>(this, M, ref.id, odoo::membershipFields(),
        tr("read a program membership"), QStringLiteral("G2P-REQ-015"),
        tr("No program membership with id %1 on this server.").arg(ref.id),
        [](const QJsonObject &o) { return odoo::membershipFrom(o); });
}

Call<QList<qint64>> *OdooBackend::membershipCounts(const RecordRef &programRef)
{
    auto *out = new Call<QList<qint64>>(this);
    auto *c = execute(M, QStringLiteral("read_group"),
        {QJsonArray {leaf(QStringLiteral("program_id"), QStringLiteral("="), programRef.id)},
            QJsonArray {QStringLiteral("state")}, QJsonArray {QStringLiteral("state")}},
        {{QStringLiteral("lazy"), true}}, true, tr("count program members"));
    step(out, c, [out](const QJsonValue &v) {
        QList<qint64> counts(6, 0);
        for (const QJsonValue &r : v.toArray()) {
            const QJsonObject o = r.toObject();
            const auto s
                = enumFromWire<MembershipState>(QStringView(odoo::text(o.value(QStringLiteral("state")))));
            if (s) // groups with no rows are not returned: their count stays 0
                counts[int(*s)] = o.value(QStringLiteral("state_count"))
                                      .toInteger(o.value(QStringLiteral("__count")).toInteger());
        }
        out->setResult(counts);
        out->finish();
    });
    return out;
}

Call<QList<HistoryEntry>> *OdooBackend::history(const RecordRef &ref)
{
    // OpenG2P 17 tracks no membership field: the server's history is the notes G2P Desk posted
    // (from any desktop). Changes made in the web UI or by jobs leave nothing to read here.
    auto *out = new Call<QList<HistoryEntry>>(this);
    auto *c = execute(QStringLiteral("mail.message"), QStringLiteral("search_read"),
        one(QJsonArray {leaf(QStringLiteral("model"), QStringLiteral("="), M),
            leaf(QStringLiteral("res_id"), QStringLiteral("="), ref.id)}),
        {{QStringLiteral("fields"),
             QJsonArray {QStringLiteral("body"), QStringLiteral("date"), QStringLiteral("author_id")}},
            {QStringLiteral("order"), QStringLiteral("date asc, id asc")}},
        true, tr("read a membership's history"));
    const qint64 id = ref.id;
    step(out, c, [out, id](const QJsonValue &v) {
        QList<HistoryEntry> entries;
        for (const QJsonValue &m : v.toArray())
            if (auto e = odoo::entryFromMessage(m.toObject(), id))
                entries << *e;
        out->setResult(entries);
        out->finish();
    });
    return out;
}

// ------------------------------------------------------------------ changes

// Read → check (version, transition table, dates, program) → write (two writes where Odoo's
// enrollment_date quirk needs it) → note in the chatter → read again. The check and the write are
// two transactions: a change landing between them (one round trip) is overwritten; a change made
// within the same second as the one read is not seen (write_date has whole seconds).
Call<ProgramMembership> *OdooBackend::changeMembership(const RecordRef &ref, const MembershipUpdate &u)
{
    auto *out = new Call<ProgramMembership>(this);
    const qint64 id = ref.id;
    auto *now = membership(ref);
    step(out, now, [this, out, id, u](const ProgramMembership &m) {
        if (!u.writeDate.isNull() && odoo::datetimeText(u.writeDate) != odoo::datetimeText(m.writeDate)) {
            out->finish(problem(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-021"),
                tr("Membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing was "
                   "written.")
                    .arg(id)
                    .arg(odoo::datetimeText(m.writeDate), odoo::datetimeText(u.writeDate))));
            return;
        }
        const MembershipState target = u.state.value_or(m.state);
        const bool stateChanges = target != m.state;
        if (stateChanges && !isTransitionAllowed(m.state, target)) {
            out->finish(problem(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-016"),
                tr("Membership %1 is %2; it cannot become %3.")
                    .arg(id)
                    .arg(enumToWire(m.state), enumToWire(target))));
            return;
        }
        const bool exited = target == MembershipState::Exited;
        if (exited && stateChanges && u.exitReason.trimmed().isEmpty()) {
            out->finish(problem(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-018"),
                tr("Membership %1 cannot be exited without a reason.").arg(id)));
            return;
        }
        if (!exited && (u.exitDate.isValid() || !u.exitReason.isNull())) {
            out->finish(problem(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-022"),
                tr("An exit date and reason apply only to an exited membership; membership %1 would be %2.")
                    .arg(id)
                    .arg(enumToWire(target))));
            return;
        }
        const QDate today = utcToday();
        if ((u.enrollmentDate.isValid() && u.enrollmentDate > today)
            || (u.exitDate.isValid() && u.exitDate > today)) {
            out->finish(problem(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-011"),
                tr("Dates after %1 (today, UTC) are not accepted.").arg(today.toString(Qt::ISODate))));
            return;
        }
        QJsonObject first;
        if (stateChanges)
            first.insert(QStringLiteral("state"), enumToWire(target));
        const QDate exitDate
            = exited && stateChanges ? (u.exitDate.isValid() ? u.exitDate : today) : u.exitDate;
        if (exitDate.isValid())
            first.insert(QStringLiteral("exit_date"), exitDate.toString(Qt::ISODate));
        if (exited && exitDate.isValid() && !m.enrollmentDate.isNull()
            && exitDate
                < QDateTime::fromMSecsSinceEpoch(m.enrollmentDate.toUtcMicros() / 1000, QTimeZone::utc())
                      .date()) {
            out->finish(problem(ApiError::Kind::BadRequest, QStringLiteral("G2P-REQ-022"),
                tr("The exit date %1 is before the enrollment date %2.")
                    .arg(exitDate.toString(Qt::ISODate), odoo::datetimeText(m.enrollmentDate).left(10))));
            return;
        }
        // Writing state=enrolled stamps enrollment_date = now, whatever the same write says (as the
        // contract has it when no date is given): a date given is a second write of that field alone.
        QString secondDate;
        const bool becomesEnrolled = stateChanges && target == MembershipState::Enrolled;
        if (u.enrollmentDate.isValid())
            secondDate = odoo::datetimeText(u.enrollmentDate);
        QJsonObject second;
        if (!secondDate.isEmpty()) {
            if (becomesEnrolled || first.isEmpty())
                second.insert(QStringLiteral("enrollment_date"), secondDate);
            if (!becomesEnrolled && !first.isEmpty())
                first.insert(QStringLiteral("enrollment_date"), secondDate);
        }
        if (first.isEmpty() && second.isEmpty() && u.note.trimmed().isEmpty()) {
            out->setResult(m); // nothing to change
            out->finish();
            return;
        }
        odoo::ChangeNote note;
        note.from = stateChanges ? std::optional<MembershipState>(m.state) : std::nullopt;
        note.to = target;
        note.exitDate = stateChanges ? exitDate : QDate();
        note.reason = u.exitReason.trimmed();
        note.note = u.note.trimmed();
        note.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!secondDate.isEmpty())
            note.enrollmentDate = odoo::datetime(QJsonValue(secondDate));
        const QString what = tr("change program memberships");
        const auto finishWithRead = [this, out, id] {
            auto *again = membership(RecordRef(id));
            step(out, again, [out](const ProgramMembership &after) {
                out->setResult(after);
                out->finish();
            });
        };
        const auto postNote = [this, out, id, note, finishWithRead] {
            auto *post = execute(M, QStringLiteral("message_post"), one(QJsonArray {id}),
                {{QStringLiteral("body"), odoo::noteText(note)},
                    {QStringLiteral("message_type"), QStringLiteral("comment")},
                    {QStringLiteral("subtype_xmlid"), QStringLiteral("mail.mt_note")}},
                false, tr("note the change on the membership"));
            connect(post, &PendingCall::finished, out, [post, finishWithRead] {
                // The change is made; a note that could not be posted leaves the reason in this
                // desktop's own timeline only.
                if (!post->succeeded())
                    qCWarning(lcOdoo) << "change note not posted:" << post->error().toString();
                finishWithRead();
            });
        };
        const auto writeSecond = [this, out, id, second, what, postNote] {
            if (second.isEmpty()) {
                postNote();
                return;
            }
            auto *w = execute(M, QStringLiteral("write"), {QJsonArray {id}, second}, {}, false, what);
            step(out, w, [postNote](const QJsonValue &) { postNote(); });
        };
        if (first.isEmpty()) {
            writeSecond();
            return;
        }
        auto *w = execute(M, QStringLiteral("write"), {QJsonArray {id}, first}, {}, false, what);
        step(out, w, [writeSecond](const QJsonValue &) { writeSecond(); });
    });
    return out;
}

// ------------------------------------------------------------------ bulk enrolment

namespace {
struct Enrolment
{
    BatchEnrollRequest request;
    MembershipState target = MembershipState::Enrolled;
    QList<BatchItemResult> items;
    QHash<qint64, ProgramMembership> existing; // by registrant
    QList<int> toUpdate, toCreate; // item indexes
    QList<int> createFailed;
    QHash<QString, QList<qint64>> datesToWrite; // "YYYY-MM-DD 00:00:00" -> membership ids
    QHash<int, QString> itemDate;
    QList<qint64> changedMemberships;
    QList<qint64> createdMemberships;
};

void failItem(BatchItemResult &r, const QString &code, const QString &description)
{
    r.status = BatchItemStatus::Error;
    r.error.errorCode = code;
    r.error.errorMessage = description;
    r.error.detail = description;
    r.error.errorDescription = description;
}
} // namespace

// Section 5, row 11: read what exists, check every row here (kind, disabled, transition), write
// the existing memberships in one call, create the new ones in one all-or-nothing call — split in
// halves when it fails, so one bad row does not sink the others — then read the results back.
Call<BatchEnrollResponse> *OdooBackend::enrol(const BatchEnrollRequest &request)
{
    auto *out = new Call<BatchEnrollResponse>(this);
    auto e = std::make_shared<Enrolment>();
    e->request = request;
    e->target = request.state.value_or(MembershipState::Enrolled);
    const QDate today = utcToday();
    QList<qint64> ids;
    for (int i = 0; i < request.items.size(); ++i) {
        BatchItemResult r;
        r.index = i;
        r.registrantId = request.items[i].registrantId;
        r.status = BatchItemStatus::Unchanged;
        e->items << r;
        ids << r.registrantId;
        const QDate d = request.items[i].enrollmentDate.isValid() ? request.items[i].enrollmentDate
                                                                  : request.enrollmentDate;
        if (d.isValid() && e->target == MembershipState::Enrolled)
            e->itemDate.insert(i, odoo::datetimeText(d));
        if (d.isValid() && d > today)
            failItem(e->items[i], QStringLiteral("G2P-REQ-011"),
                tr("The enrollment date %1 is after today (%2, UTC).")
                    .arg(d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    const qint64 programId = request.programId;
    const QString what = tr("enrol registrants in a program");
    auto *prog = program(RecordRef(programId));
    step(out, prog, [this, out, e, ids, programId, what](const Program &p) {
        if (e->target == MembershipState::Enrolled && !p.acceptsEnrollment()) {
            out->finish(problem(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-019"),
                tr("%1 has ended or is archived: nobody can be enrolled in it.").arg(p.name)));
            return;
        }
        auto *partners = execute(P, QStringLiteral("read"), one(jsonIds(ids)),
            {{QStringLiteral("fields"),
                 QJsonArray {
                     QStringLiteral("is_group"), QStringLiteral("disabled"), QStringLiteral("active")}},
                {QStringLiteral("context"), QJsonObject {{QStringLiteral("active_test"), false}}}},
            true, what);
        const bool wantsGroup = p.targetType == TargetType::Group;
        step(out, partners, [this, out, e, ids, programId, what, wantsGroup](const QJsonValue &v) {
            QHash<qint64, QJsonObject> found;
            for (const QJsonValue &r : v.toArray())
                found.insert(r.toObject().value(QStringLiteral("id")).toInteger(), r.toObject());
            for (BatchItemResult &r : e->items) {
                if (r.status == BatchItemStatus::Error)
                    continue;
                const QJsonObject o = found.value(r.registrantId);
                if (o.isEmpty() || !o.value(QStringLiteral("active")).toBool(true))
                    failItem(r, QStringLiteral("G2P-REQ-013"),
                        tr("No registrant with id %1.").arg(r.registrantId));
                else if (o.value(QStringLiteral("disabled")).isString())
                    failItem(r, QStringLiteral("G2P-REQ-013"),
                        tr("Registrant %1 is disabled in the registry: it cannot be enrolled.")
                            .arg(r.registrantId));
                else if (o.value(QStringLiteral("is_group")).toBool() != wantsGroup)
                    failItem(r, QStringLiteral("G2P-REQ-017"),
                        wantsGroup ? tr("Registrant %1 is an individual; the program enrols groups.")
                                         .arg(r.registrantId)
                                   : tr("Registrant %1 is a group; the program enrols individuals.")
                                         .arg(r.registrantId));
            }
            auto *existing = execute(M, QStringLiteral("search_read"),
                one(QJsonArray {leaf(QStringLiteral("program_id"), QStringLiteral("="), programId),
                    leaf(QStringLiteral("partner_id"), QStringLiteral("in"), jsonIds(ids))}),
                {{QStringLiteral("fields"), odoo::membershipFields()}}, true, what);
            step(out, existing, [this, out, e, programId, what](const QJsonValue &rows) {
                for (const QJsonValue &r : rows.toArray()) {
                    const ProgramMembership m = odoo::membershipFrom(r.toObject());
                    e->existing.insert(m.registrantId, m);
                }
                for (BatchItemResult &r : e->items) {
                    if (r.status == BatchItemStatus::Error)
                        continue;
                    const auto it = e->existing.constFind(r.registrantId);
                    if (it == e->existing.constEnd())
                        e->toCreate << int(r.index);
                    else if (it->state == e->target)
                        r.status = BatchItemStatus::Unchanged;
                    else if (!isTransitionAllowed(it->state, e->target))
                        failItem(r, QStringLiteral("G2P-REQ-016"),
                            tr("Registrant %1 has a %2 membership in this program; it cannot become %3.")
                                .arg(r.registrantId)
                                .arg(enumToWire(it->state), enumToWire(e->target)));
                    else
                        e->toUpdate << int(r.index);
                }
                // Step 4 (after the creations): dates, notes, and everything read back.
                const auto finishUp = [this, out, e, programId, what] {
                    for (int i : std::as_const(e->toUpdate))
                        if (e->items[i].status != BatchItemStatus::Error && e->itemDate.contains(i))
                            e->datesToWrite[e->itemDate.value(i)]
                                << e->existing.value(e->items[i].registrantId).id;
                    auto dates = std::make_shared<QList<QString>>(e->datesToWrite.keys());
                    auto writeDates = std::make_shared<std::function<void()>>();
                    *writeDates = [this, out, e, dates, writeDates, programId, what] {
                        if (dates->isEmpty()) {
                            // Notes for the history (one call; best effort: unverified on real servers).
                            QJsonArray notes;
                            for (const ProgramMembership &m : std::as_const(e->existing)) {
                                if (!e->changedMemberships.contains(m.id))
                                    continue;
                                odoo::ChangeNote n;
                                n.from = m.state;
                                n.to = e->target;
                                n.note = e->request.note;
                                n.batch = true;
                                n.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
                                notes << QJsonObject {{QStringLiteral("model"), M},
                                    {QStringLiteral("res_id"), m.id},
                                    {QStringLiteral("body"), odoo::noteText(n).toHtmlEscaped()},
                                    {QStringLiteral("message_type"), QStringLiteral("comment")}};
                            }
                            for (qint64 id : std::as_const(e->createdMemberships)) {
                                odoo::ChangeNote n;
                                n.to = e->target;
                                n.note = e->request.note;
                                n.batch = true;
                                n.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
                                notes << QJsonObject {{QStringLiteral("model"), M},
                                    {QStringLiteral("res_id"), id},
                                    {QStringLiteral("body"), odoo::noteText(n).toHtmlEscaped()},
                                    {QStringLiteral("message_type"), QStringLiteral("comment")}};
                            }
                            const auto readBack = [this, out, e, programId, what] {
                                QList<qint64> kept;
                                for (const BatchItemResult &r : std::as_const(e->items))
                                    if (r.status != BatchItemStatus::Error)
                                        kept << r.registrantId;
                                auto *after = execute(M, QStringLiteral("search_read"),
                                    one(QJsonArray {
                                        leaf(QStringLiteral("program_id"), QStringLiteral("="), programId),
                                        leaf(QStringLiteral("partner_id"), QStringLiteral("in"),
                                            jsonIds(kept))}),
                                    {{QStringLiteral("fields"), odoo::membershipFields()}}, true, what);
                                step(out, after, [out, e, programId](const QJsonValue &afterRows) {
                                    QHash<qint64, ProgramMembership> now;
                                    for (const QJsonValue &r : afterRows.toArray()) {
                                        const ProgramMembership m = odoo::membershipFrom(r.toObject());
                                        now.insert(m.registrantId, m);
                                    }
                                    BatchEnrollResponse resp;
                                    resp.programId = programId;
                                    resp.total = e->items.size();
                                    for (BatchItemResult &r : e->items) {
                                        if (r.status != BatchItemStatus::Error)
                                            r.membership = now.value(r.registrantId);
                                        (r.succeeded() ? resp.succeeded : resp.failed) += 1;
                                    }
                                    resp.items = e->items;
                                    out->setResult(std::move(resp));
                                    out->finish();
                                });
                            };
                            if (notes.isEmpty()) {
                                readBack();
                                return;
                            }
                            auto *post = execute(QStringLiteral("mail.message"), QStringLiteral("create"),
                                one(notes), {}, false, tr("note the enrolments on the memberships"));
                            connect(post, &PendingCall::finished, out, [post, readBack] {
                                if (!post->succeeded())
                                    qCWarning(lcOdoo)
                                        << "enrolment notes not posted:" << post->error().toString();
                                readBack();
                            });
                            return;
                        }
                        const QString date = dates->takeFirst();
                        auto *w = execute(M, QStringLiteral("write"),
                            {jsonIds(e->datesToWrite.value(date)),
                                QJsonObject {{QStringLiteral("enrollment_date"), date}}},
                            {}, false, what);
                        step(out, w, [writeDates](const QJsonValue &) { (*writeDates)(); });
                    };
                    (*writeDates)();
                };
                // Step 3: creations, in halves when a call fails.
                auto pending = std::make_shared<QList<QList<int>>>();
                if (!e->toCreate.isEmpty())
                    *pending << e->toCreate;
                auto createNext = std::make_shared<std::function<void()>>();
                *createNext = [this, out, e, pending, createNext, programId, what, finishUp] {
                    if (pending->isEmpty()) {
                        finishUp();
                        return;
                    }
                    const QList<int> chunk = pending->takeFirst();
                    QJsonArray vals;
                    for (int i : chunk)
                        vals << QJsonObject {{QStringLiteral("partner_id"), e->items[i].registrantId},
                            {QStringLiteral("program_id"), programId},
                            {QStringLiteral("state"), enumToWire(e->target)}};
                    auto *c = execute(M, QStringLiteral("create"), one(vals), {}, false, what);
                    step(
                        out, c,
                        [e, chunk, createNext](const QJsonValue &created) {
                            const QJsonArray newIds = created.toArray();
                            for (int k = 0; k < chunk.size(); ++k) {
                                BatchItemResult &r = e->items[chunk[k]];
                                r.status = BatchItemStatus::Created;
                                ProgramMembership m;
                                m.id = newIds.at(k).toInteger();
                                m.registrantId = r.registrantId;
                                e->createdMemberships << m.id;
                                if (e->itemDate.contains(chunk[k]))
                                    e->datesToWrite[e->itemDate.value(chunk[k])] << m.id;
                            }
                            (*createNext)();
                        },
                        [e, chunk, pending, createNext](const ApiError &err) {
                            const bool rowProblem = err.kind() == ApiError::Kind::Validation
                                || err.kind() == ApiError::Kind::Forbidden;
                            if (!rowProblem)
                                return false; // unknown outcome or a server failure: the caller verifies
                            if (chunk.size() > 1) {
                                const qsizetype half = chunk.size() / 2;
                                pending->prepend(chunk.mid(half));
                                pending->prepend(chunk.mid(0, half));
                            } else if (err.code() == QLatin1String("odoo.exceptions.ValidationError")) {
                                // Unique (registrant, program): it exists (created meanwhile, or by a
                                // first attempt whose answer was lost): read back as it is.
                                e->items[chunk.first()].status = BatchItemStatus::Unchanged;
                            } else {
                                failItem(e->items[chunk.first()], err.code(), err.message());
                            }
                            (*createNext)();
                            return true;
                        });
                };
                // Step 2: the existing memberships, in one write.
                QList<qint64> updateIds;
                for (int i : std::as_const(e->toUpdate)) {
                    updateIds << e->existing.value(e->items[i].registrantId).id;
                    e->items[i].status = BatchItemStatus::Updated;
                }
                e->changedMemberships = updateIds;
                if (updateIds.isEmpty()) {
                    (*createNext)();
                    return;
                }
                auto *w = execute(M, QStringLiteral("write"),
                    {jsonIds(updateIds), QJsonObject {{QStringLiteral("state"), enumToWire(e->target)}}}, {},
                    false, what);
                step(out, w, [createNext](const QJsonValue &) { (*createNext)(); });
            });
        });
    });
    return out;
}

} // namespace g2p
