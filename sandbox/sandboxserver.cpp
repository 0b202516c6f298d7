#include "sandboxserver.h"

#include "demodata.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace g2p::sandbox {
namespace {

const QString kRoot = QStringLiteral("/api/v1/registry");

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_routes(m_store, m_options.upstreamOnly)
    , m_faults(m_options.failSeed)
{
    if (m_options.users.isEmpty())
        m_options.users = defaultUsers();
    m_routes.setSessionLifetime(m_options.sessionLifetimeSeconds);
    m_options.odoo.sessionLifetimeSeconds = m_options.sessionLifetimeSeconds;
    m_odoo = std::make_unique<odoo::OdooFace>(m_store, m_options.users, m_options.odoo);
    if (m_options.spp2.enabled)
        m_spp2 = std::make_unique<spp2::Spp2Face>(m_store, m_options.users, m_options.spp2);
}

SandboxServer::~SandboxServer() = default;

QHash<QString, UserAccount> SandboxServer::defaultUsers()
{
    return {{QStringLiteral("demo"), UserAccount {QStringLiteral("demo"), false}},
        {QStringLiteral("viewer"), UserAccount {QStringLiteral("viewer"), true}}};
}

bool SandboxServer::start(QString *error, const std::function<void(const QString &)> &log)
{
    if (!m_store.open(m_options.dbPath, error))
        return false;
    if (m_options.seedIndividuals > 0 && m_store.isEmpty()) {
        if (log)
            log(QStringLiteral("seeding %1 individuals (seed %2)...")
                    .arg(m_options.seedIndividuals)
                    .arg(m_options.seed));
        const DemoDataStats s = seedDemoData(
            m_store, m_options.seedIndividuals, m_options.seed, [&log](qint64 done, qint64 total) {
                if (log && total >= 50000)
                    log(QStringLiteral("  %1 / %2").arg(done).arg(total));
            });
        if (log)
            log(QStringLiteral("seeded %1 individuals, %2 groups, %3 memberships, %4 history entries")
                    .arg(s.individuals)
                    .arg(s.groups)
                    .arg(s.memberships)
                    .arg(s.historyEntries));
    }
    if (!m_options.tlsCert.isEmpty()) {
        QFile certFile(m_options.tlsCert), keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --tls-cert/--tls-key");
            return false;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (cert.isNull() || key.isNull()) {
            *error = QStringLiteral("--tls-cert/--tls-key are not a PEM certificate and private key");
            return false;
        }
        m_http.sslSetup(cert, key);
    }
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    m_port = m_http.listen(m_options.host, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.host.toString()).arg(m_options.port);
        return false;
    }
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl u;
    u.setScheme(m_options.tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(m_options.host == QHostAddress::Any ? QStringLiteral("127.0.0.1") : m_options.host.toString());
    u.setPort(m_port);
    u.setPath(kRoot);
    return u;
}

SandboxServer::Fault SandboxServer::drawFault()
{
    if (m_options.failRate <= 0.0 || m_faults.generateDouble() >= m_options.failRate)
        return Fault::None;
    // Half the failures are 503s; the rest drop the connection, half of those after the server
    // has acted (the client cannot know whether its change was applied).
    const double kind = m_faults.generateDouble();
    return kind < 0.5 ? Fault::Unavailable : (kind < 0.75 ? Fault::DropBefore : Fault::DropAfter);
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto resp = std::make_shared<QHttpServerResponder>(std::move(responder));
    const Fault fault = !m_options.failPath.isEmpty() && request.url().path().contains(m_options.failPath)
        ? Fault::Unavailable
        : drawFault();
    if (fault == Fault::Unavailable) {
        send(resp, Reply::detail(503, QStringLiteral("Service Unavailable")));
        return;
    }
    if (fault == Fault::DropBefore) {
        if (QTcpSocket *s = resp->socket())
            s->abort();
        return;
    }
    const Reply reply = process(request);
    if (fault == Fault::DropAfter) {
        if (QTcpSocket *s = resp->socket())
            s->abort();
        return;
    }
    send(resp, reply);
}

bool SandboxServer::authenticate(Request &r, bool baseRest, Reply *failure)
{
    const auto unauthorized = [&](const QString &detail) {
        *failure = baseRest
            ? Reply::baseRest(401, QStringLiteral("401"), QStringLiteral("Unauthorized"), detail)
            : Reply::detail(401, detail);
        failure->header("WWW-Authenticate", "Basic");
        return false;
    };
    if (r.authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(r.authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        const QString login = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        const auto it = m_options.users.constFind(login);
        if (colon < 0 || it == m_options.users.constEnd() || !sameSecret(it->password, password))
            return unauthorized(QStringLiteral("Incorrect username or password"));
        r.user = login;
        r.readOnly = it->readOnly;
        return true;
    }
    const QString sid = cookieValue(r.cookieHeader, "session_id");
    if (!sid.isEmpty()) {
        const QString login = m_routes.sessionUser(sid);
        if (login.isEmpty())
            return unauthorized(QStringLiteral("Session expired"));
        r.user = login;
        r.readOnly = m_options.users.value(login).readOnly;
        return true;
    }
    return unauthorized(QStringLiteral("Not authenticated"));
}

Reply SandboxServer::process(const QHttpServerRequest &request)
{
    Request r;
    r.method = methodName(request.method());
    r.query = QueryParams::parse(request.url().query(QUrl::FullyEncoded).toLatin1());
    r.body = request.body();
    r.authorization = request.value("Authorization");
    r.cookieHeader = request.value("Cookie");
    QString path = request.url().path();
    if (path == QLatin1String("/session/auth/login") && r.method == QLatin1String("POST"))
        return m_routes.sessionLogin(r.body, m_options.users);
    if (path == QLatin1String("/session/auth/logout") && r.method == QLatin1String("POST"))
        return m_routes.sessionLogout(cookieValue(r.cookieHeader, "session_id"));
    if (odoo::OdooFace::handles(path) && r.method == QLatin1String("POST")) {
        if (r.body.size() > m_options.maxBodyBytes)
            return Reply::detail(413, QStringLiteral("Request Entity Too Large"));
        return m_odoo->handle(path, request.value("Content-Type"), r.body, r.cookieHeader);
    }
    if (m_spp2 && spp2::Spp2Face::handles(path)) {
        if (r.body.size() > m_options.maxBodyBytes)
            return Reply::detail(413, QStringLiteral("Request Entity Too Large"));
        spp2::Spp2Request s;
        s.method = r.method;
        s.path = path;
        s.query = r.query;
        s.body = r.body;
        s.contentType = request.value("Content-Type");
        s.authorization = r.authorization;
        s.ifMatch = request.value("If-Match");
        s.peer = request.remoteAddress();
        return m_spp2->handle(s);
    }
    if (!path.startsWith(kRoot + QLatin1Char('/')) && path != kRoot)
        return Reply::detail(404, QStringLiteral("Not Found"));
    path = path.mid(kRoot.size());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // base_rest clients send the trailing-slash form
    r.path = path;
    r.segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    // Qt HTTP Server 6.4 reads a body whole before the handler runs: the limit is checked here,
    // after reading (a real Odoo behind a proxy refuses earlier, with the same 413).
    if (r.body.size() > m_options.maxBodyBytes)
        return Reply::detail(413,
            QStringLiteral("Request Entity Too Large: the body has %1 bytes, the limit is %2.")
                .arg(r.body.size())
                .arg(m_options.maxBodyBytes));
    Routes::Handler handler = nullptr;
    Routes::RouteKind kind;
    switch (m_routes.match(r, &handler, &kind)) {
    case Routes::Match::NoPath:
        return Reply::detail(404, QStringLiteral("Not Found"));
    case Routes::Match::WrongMethod:
        return Reply::detail(405, QStringLiteral("Method Not Allowed"));
    case Routes::Match::Found:
        break;
    }
    Reply failure;
    if (!authenticate(r, kind.baseRest, &failure))
        return failure;
    // A read-only account changes nothing: extension and upstream writes alike, each in its
    // endpoint's error shape.
    if (kind.write && r.readOnly) {
        const QString why = kind.extension
            ? QStringLiteral("User %1 may not change program memberships.").arg(r.user)
            : QStringLiteral("User %1 may not create or change registrants.").arg(r.user);
        if (kind.extension)
            return Reply::extension(403, QStringLiteral("403"), QStringLiteral("AccessError"), why);
        if (kind.baseRest)
            return Reply::baseRest(403, QStringLiteral("403"), QStringLiteral("Forbidden"), why);
        return Reply::detail(403, why);
    }
    return m_routes.dispatch(handler, r);
}

void SandboxServer::send(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply)
{
    const auto write = [reply](QHttpServerResponder &resp) {
        resp.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        bool typed = false;
        for (const auto &[name, value] : reply.headers)
            typed = typed || name == "Content-Type";
        if (!typed)
            resp.writeHeader("Content-Type", "application/json");
        resp.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        // The server's time, as Odoo's werkzeug and API v2's uvicorn send it (RFC 9110 6.6.1: an
        // origin server with a clock sends Date); clients take a change list's next start from it.
        resp.writeHeader("Date",
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1());
        for (const auto &[name, value] : reply.headers)
            resp.writeHeader(name, value);
        resp.writeBody(reply.body);
    };
    if (m_options.latencyMs <= 0) {
        write(*responder);
        return;
    }
    // Delay the answer without blocking other requests; the client may have gone meanwhile.
    QPointer<QTcpSocket> socket = responder->socket();
    QTimer::singleShot(m_options.latencyMs, this, [responder, socket, write] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*responder);
    });
}

} // namespace g2p::sandbox
