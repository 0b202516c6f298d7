#include "spp2backend.h"

#include "spp2records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSpp2, "g2p.api.spp2", QtInfoMsg)

namespace g2p {

namespace {

QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

DecodeError decodeReply(
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers, Spp2Backend::Reply &out)
{
    out.etag = header(headers, "ETag");
    out.location = header(headers, "Location");
    out.apiVersion = header(headers, "X-API-Version");
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        DecodeError e;
        e.message = QStringLiteral("not JSON: %1").arg(pe.errorString());
        return e;
    }
    out.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return {};
}

// Pairs encoded as the server decodes them: '#' as %23 and '+' as %2B; ':', '/' and '|' as they are.
QUrlQuery encodedQuery(const QList<QPair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[k, v] : pairs)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v, ":/|"));
    QUrlQuery q;
    q.setQuery(parts.join(QLatin1Char('&')));
    return q;
}

} // namespace

Spp2Backend::Spp2Backend(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : RegistryBackend(parent), m_config(std::move(config))
{
    qRegisterMetaType<BackendCapabilities>();
    m_root = m_config.baseUrl;
    m_root.setPath(QString());
    m_root.setQuery(QString());
    m_tokens = m_config.tokens ? m_config.tokens : std::make_shared<MemoryTokenCache>();
    ClientConfig transport = m_config;
    transport.baseUrl = m_root;
    transport.baseUrl.setPath(apiPath());
    transport.auth = ClientConfig::Auth::None; // the bearer token is added to each request
    m_transport = new RestTransport(nam, transport, this);
    connect(m_transport, &RestTransport::untrustedCertificate, this, &RegistryBackend::untrustedCertificate);
}

Spp2Backend::~Spp2Backend() = default;

BackendCapabilities Spp2Backend::defaultCapabilities()
{
    BackendCapabilities c;
    c.programs = true;
    c.stateChanges = true;
    c.serverHistory = false; // no history endpoint, no tracked fields (section 2.6)
    c.optimisticLocking = true; // If-Match on meta.versionId
    c.batchEnrolment = true; // one POST a membership, kEnrolWindow at a time
    c.batchSize = 100;
    c.maxPageSize = 100; // _count above 100 answers 422
    c.changedSince = true; // individuals by _lastUpdated (whole days); groups read again
    c.exitReasonsKept = false; // exitReason is accepted and dropped
    c.createRegistrants = false;
    c.searchByIdNumber = true;
    c.caseInsensitiveNames = true; // ilike
    return c;
}

QString Spp2Backend::kindName() const
{
    return m_apiVersion.isEmpty() ? tr("OpenSPP2 API v2") : tr("OpenSPP2 API %1").arg(m_apiVersion);
}

Timestamp Spp2Backend::serverTime() const
{
    return m_transport->serverTime();
}

BackendCapabilities Spp2Backend::capabilities() const
{
    if (!m_answered && m_known)
        return *m_known;
    return defaultCapabilities();
}

void Spp2Backend::setKnownCapabilities(const BackendCapabilities &caps)
{
    if (!m_answered)
        m_known = caps;
}

void Spp2Backend::setPassword(const QString &password)
{
    m_config.password = password;
    m_token = {}; // a new secret: the token of the old one is not used again
    m_tokens->forget(tokenAccount());
}

void Spp2Backend::trustCertificate(const QSslCertificate &certificate)
{
    m_transport->trustCertificate(certificate);
}

bool Spp2Backend::hasScope(const QString &resource, const QString &action) const
{
    return m_scopes.contains(resource + QLatin1Char(':') + action)
        || m_scopes.contains(resource + QLatin1String(":all"));
}

QString Spp2Backend::tokenAccount() const
{
    return m_config.user + QLatin1Char('@')
        + m_root.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

ApiError Spp2Backend::officerError(const ApiError &e, const QString &what) const
{
    ApiError out = e;
    const QString detail = e.message();
    if (e.kind() == ApiError::Kind::Forbidden) {
        static const QRegularExpression scope(QStringLiteral("scope '([a-z_]+:[a-z]+)'"));
        const auto m = scope.match(detail);
        if (m.hasMatch())
            out = ApiError(ApiError::Kind::Forbidden,
                tr("The API client “%1” lacks the scope “%2”, needed to %3. Ask the registry's administrator "
                   "to add it to the client (OpenSPP: Settings › Registry › API clients).")
                    .arg(m_config.user, m.captured(1), what));
        else
            out = ApiError(ApiError::Kind::Forbidden,
                tr("The server refused to %1 for the API client “%2” (%3). Its consent rules or scopes may "
                   "not cover this record.")
                    .arg(what, m_config.user, detail));
    } else if (e.kind() == ApiError::Kind::Unauthorized) {
        out = ApiError(ApiError::Kind::Unauthorized,
            tr("The server refused the client id or secret of “%1” (%2). Check them with the registry's "
               "administrator and sign in again.")
                .arg(m_config.user, detail));
    } else {
        return out;
    }
    out.setCode(e.code());
    out.setOperation(e.operation());
    out.setHttpStatus(e.httpStatus());
    return out;
}

void Spp2Backend::withToken(QObject *owner, std::function<void(const ApiError &)> then)
{
    if (m_token.usable(QDateTime::currentDateTimeUtc())) {
        then({});
        return;
    }
    m_waiting.append({owner, std::move(then)});
    if (m_tokenBusy)
        return;
    m_tokenBusy = true;
    QPointer<Spp2Backend> self(this);
    m_tokens->load(tokenAccount(), [self](AccessToken kept) {
        if (!self)
            return;
        if (kept.usable(QDateTime::currentDateTimeUtc())) {
            qCDebug(lcSpp2) << "token from the cache, expires" << kept.expiresAt;
            self->m_token = kept;
            self->m_scopes = kept.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            self->tokenReady({});
            return;
        }
        self->fetchToken(0);
    });
}

void Spp2Backend::fetchToken(int attempt)
{
    if (m_config.user.isEmpty() || m_config.password.isEmpty()) {
        tokenReady(ApiError(ApiError::Kind::Unauthorized,
            tr("Signing in to an OpenSPP2 server needs the API client's id (as the user) and its secret (as "
               "the "
               "password).")));
        return;
    }
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/oauth/token");
    spec.idempotent = false; // a 429 is handled here: its wait can be long, and the officer is told
    spec.what = tr("sign in");
    spec.body
        = QJsonDocument(QJsonObject {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_id"), m_config.user},
                            {QStringLiteral("client_secret"), m_config.password}})
              .toJson(QJsonDocument::Compact);
    ++m_tokenRequests;
    qCDebug(lcSpp2) << "token requested";
    auto *job = m_transport->send<Reply>(spec, decodeReply);
    connect(job, &ApiJob::finished, this, [this, job, attempt] {
        if (!job->succeeded()) {
            const ApiError &e = job->error();
            // A failure on the way (a 5xx, a dropped connection) is asked again: a token request
            // creates nothing.
            if ((e.kind() == ApiError::Kind::Server || e.kind() == ApiError::Kind::Network
                    || e.kind() == ApiError::Kind::Timeout)
                && attempt < 3) {
                QTimer::singleShot(250 * (attempt + 1), this, [this, attempt] { fetchToken(attempt + 1); });
                return;
            }
            if (e.kind() == ApiError::Kind::RateLimited) {
                const int wait = qMax(1, e.retryAfterSeconds());
                if (attempt < 4 && wait <= 90) {
                    Q_EMIT notice(
                        tr("The server allows few sign-ins a minute from this address: asking again for "
                           "an access token in %n second(s).",
                            nullptr, wait));
                    QTimer::singleShot(wait * 1000 + 500, this, [this] { fetchToken(4); });
                    return;
                }
                ApiError r(ApiError::Kind::RateLimited,
                    tr("The server refuses new sign-ins from this address for %1 (it allows 5 a minute and "
                       "50 a "
                       "day). G2P Desk keeps a token for 24 hours; try again after that wait.")
                        .arg(wait >= 3600 ? tr("%n hour(s)", nullptr, (wait + 3599) / 3600)
                                          : tr("%n minute(s)", nullptr, (wait + 59) / 60)));
                r.setRetryAfter(wait);
                r.setOperation(e.operation());
                tokenReady(r);
                return;
            }
            tokenReady(officerError(e, tr("sign in")));
            return;
        }
        const QJsonObject o = job->result().body.toObject();
        AccessToken t;
        t.value = o.value(QLatin1String("access_token")).toString();
        const int lifetime = o.value(QLatin1String("expires_in")).toInt(86400);
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        t.scope = o.value(QLatin1String("scope")).toString();
        if (t.value.isEmpty()) {
            tokenReady(
                ApiError(ApiError::Kind::Protocol, tr("The server's token answer has no access token.")));
            return;
        }
        m_token = t;
        m_scopes = t.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_tokens->store(tokenAccount(), t);
        tokenReady({});
    });
}

void Spp2Backend::tokenReady(const ApiError &error)
{
    m_tokenBusy = false;
    // The token's scopes say what this API client may do; a token without a scope list says nothing
    // (the rights stay as assumed, and a refusal explains itself: officerError).
    if (error.isNull() && !m_scopes.isEmpty())
        learnRights({hasScope(QStringLiteral("program_membership"), QStringLiteral("update"))
                || hasScope(QStringLiteral("program_membership"), QStringLiteral("create")),
            hasScope(QStringLiteral("individual"), QStringLiteral("create"))});
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &w : waiting)
        if (w.owner)
            w.then(error);
}

Call<Spp2Backend::Reply> *Spp2Backend::request(const QByteArray &verb,
    const QString &path,
    const QList<QPair<QString, QString>> &query,
    const QJsonObject &body,
    const QList<QPair<QByteArray, QByteArray>> &headers,
    bool idempotent,
    const QString &what)
{
    auto *out = new Call<Reply>(this);
    if (m_signedOut) {
        out->finishLater(
            ApiError(ApiError::Kind::Cancelled, tr("Signed out: nothing more is sent from this window.")));
        return out;
    }
    RequestSpec spec;
    spec.verb = verb;
    spec.path = path;
    spec.query = encodedQuery(query);
    if (verb != "GET")
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.headers = headers;
    spec.idempotent = idempotent;
    spec.what = what;
    sendWithToken(out, spec, true);
    return out;
}

void Spp2Backend::sendWithToken(Call<Reply> *out, const RequestSpec &spec, bool mayRenew)
{
    withToken(out, [this, out, spec, mayRenew](const ApiError &e) {
        if (out->isFinished())
            return;
        if (!e.isNull())
            out->finish(e);
        else
            send(out, spec, mayRenew);
    });
}

void Spp2Backend::send(Call<Reply> *out, RequestSpec spec, bool mayRenew)
{
    RequestSpec withBearer = spec;
    withBearer.headers.append({"Authorization", "Bearer " + m_token.value.toUtf8()});
    auto *job = m_transport->send<Reply>(withBearer, decodeReply);
    out->setAbortHandler([j = QPointer<ApiJob>(job)] {
        if (j)
            j->abort();
    });
    connect(job, &ApiJob::finished, out, [this, out, job, spec, mayRenew] {
        if (out->isFinished())
            return;
        if (!job->succeeded()) {
            if (job->error().kind() == ApiError::Kind::Unauthorized && mayRenew) {
                // Expired, revoked or signed with a secret the server changed: one new token.
                qCDebug(lcSpp2) << "401 on" << spec.operation() << "- a new token";
                m_token = {};
                m_tokens->forget(tokenAccount());
                sendWithToken(out, spec, false);
                return;
            }
            out->finish(officerError(job->error(), spec.what));
            return;
        }
        Reply r = job->takeResult();
        r.status = job->httpStatus();
        out->setResult(std::move(r));
        out->finish();
    });
}

Call<BackendCapabilities> *Spp2Backend::signIn()
{
    auto *out = new Call<BackendCapabilities>(this);
    RequestSpec spec;
    spec.path = QStringLiteral("/metadata"); // public: tells an API v2 server from anything else
    spec.what = tr("ask what the server offers");
    auto *job = m_transport->send<Reply>(spec, decodeReply);
    connect(job, &ApiJob::finished, out, [this, out, job] {
        const QJsonObject auth
            = job->result().body.toObject().value(QLatin1String("authentication")).toObject();
        if (!job->succeeded() || auth.value(QLatin1String("type")).toString() != QLatin1String("oauth2")) {
            const ApiError &e = job->error();
            if (e.kind() == ApiError::Kind::Tls || e.kind() == ApiError::Kind::TlsChanged
                || e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout) {
                out->finish(e);
                return;
            }
            ApiError n(ApiError::Kind::Unsupported,
                tr("This address does not answer like an OpenSPP2 API v2 server (no %1/metadata).")
                    .arg(apiPath()));
            n.setHttpStatus(e.httpStatus());
            out->finish(n);
            return;
        }
        m_apiVersion = QString::fromLatin1(job->result().apiVersion);
        if (m_apiVersion.isEmpty())
            m_apiVersion = QStringLiteral("v2");
        // A cheap read with the token: checks the client's secret (a kept token is tried first, a
        // refused one replaced once).
        auto *probe = request("GET", QStringLiteral("/Program"),
            {{QStringLiteral("_count"), QStringLiteral("1")}}, {}, {}, true, tr("list programs"));
        connect(probe, &PendingCall::finished, out, [this, out, probe] {
            if (!probe->succeeded() && probe->error().kind() != ApiError::Kind::Forbidden) {
                out->finish(probe->error());
                return;
            }
            const BackendCapabilities caps = defaultCapabilities();
            const bool differs = m_known && *m_known != caps;
            m_answered = true;
            out->setResult(caps);
            out->finish();
            if (differs)
                Q_EMIT capabilitiesChanged();
        });
    });
    return out;
}

PendingCall *Spp2Backend::signOut()
{
    // A token is not a session: it stays in the keyring for the profile's next run (its life is
    // the server's, 24 hours); only later calls of this backend are refused.
    m_signedOut = true;
    auto *call = new PendingCall(this);
    call->finishLater();
    return call;
}

Call<QList<HistoryEntry>> *Spp2Backend::history(const RecordRef &)
{
    auto *out = new Call<QList<HistoryEntry>>(this);
    ApiError e(ApiError::Kind::Unsupported,
        tr("OpenSPP2's API v2 keeps no history of program memberships: only the changes made from this "
           "desktop "
           "are known."));
    out->finishLater(e);
    return out;
}

} // namespace g2p
