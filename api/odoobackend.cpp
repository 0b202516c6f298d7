#include "odoobackend.h"

#include "odoocalls.h"
#include "odoojsonrpc.h"
#include "odoorecords.h"

#include <QJsonDocument>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOdoo, "g2p.api.odoo", QtInfoMsg) // debug lines on request (QT_LOGGING_RULES)

namespace g2p {
using namespace odoo_detail;

namespace {
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
    c.createRegistrants = true; // one create per registrant, with its ID numbers and phones
    c.searchByIdNumber = true;
    c.caseInsensitiveNames = true; // ilike
    return c;
}

QString OdooBackend::kindName() const
{
    return m_version.isEmpty() ? tr("Odoo external API") : tr("Odoo %1 external API").arg(m_version);
}

Timestamp OdooBackend::serverTime() const
{
    return m_transport->serverTime();
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
            m_databaseNeeded = true;
            m_listedDatabases = names;
            out->finish(e);
        },
        [this, out](const ApiError &e) {
            if (e.kind() != ApiError::Kind::Unauthorized)
                return false;
            // list_db = False: listing is refused; only the officer knows the name.
            ApiError ask(ApiError::Kind::Usage,
                tr("This server does not list its databases. Enter the database name in the profile."));
            m_databaseNeeded = true;
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
    // Which memberships are written, for following a run in the log (debug level; ids and states
    // only: notes, which may hold an officer's words, are not logged).
    if (model == QLatin1String("g2p.program_membership")
        && (method == QLatin1String("write") || method == QLatin1String("create")))
        qCDebug(lcOdoo).noquote()
            << model << method
            << QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)).left(300);
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
                auto *create = execute(P, QStringLiteral("check_access_rights"), {QStringLiteral("create")},
                    {{QStringLiteral("raise_exception"), false}}, true, tr("learn what this account may do"));
                step(out, create, [this, out, mayWrite](const QJsonValue &mayCreate) {
                    const BackendCapabilities before = capabilities();
                    m_answered = true;
                    out->setResult(capabilities());
                    out->finish();
                    if (before != capabilities())
                        Q_EMIT capabilitiesChanged();
                    // Odoo answers true or false; anything else leaves the right as assumed.
                    learnRights({mayWrite.toBool(true), mayCreate.toBool(true)});
                });
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

} // namespace g2p
