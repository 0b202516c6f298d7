#include "clisession.h"

#include "backenddetector.h"
#include "clitext.h"
#include "credentialstore.h"
#include "membershiprules.h"
#include "passwordprompt.h"
#include "spp2backend.h"
#include "spp2records.h"
#include "textable.h"
#include "wiretime.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>

#include <algorithm>

namespace g2p::cli {

QString describeMembershipState(MembershipState s)
{
    return enumToWire(s);
}

CliSession::CliSession(CliOptions options, QTextStream &out, QTextStream &err)
    : m_opt(std::move(options)), m_out(out), m_err(err)
{ }

CliSession::~CliSession()
{
    if (m_tokens)
        m_tokens->waitForWrites(5000); // a token fetched by this call, for the next ones
    m_sync.reset(); // before the store it writes to
    m_store.reset();
}

int CliSession::exitCodeFor(const ApiError &e) const
{
    switch (e.kind()) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::RateLimited: // the server's sign-in limit (API v2's token endpoint)
        return ExitAuth;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::TlsChanged:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Unsupported:
        return ExitUnreachable;
    case ApiError::Kind::Usage:
        return ExitUsage;
    default:
        return ExitSomeFailed;
    }
}

int CliSession::report(const ApiError &e)
{
    m_err << "g2p-desk-cli: " << e.toString() << '\n';
    if (e.kind() == ApiError::Kind::Unauthorized)
        m_err << "  Check --user and the password (G2P_PASSWORD, --password-stdin or the keyring).\n";
    else if (e.kind() == ApiError::Kind::Tls)
        m_err << "  If you trust this server, pass --trust-fingerprint with the SHA-256 fingerprint above.\n";
    else if (e.kind() == ApiError::Kind::TlsChanged)
        m_err << "  The certificate is not the one trusted for this server: someone may be impersonating it. "
                 "Ask your administrator for the new fingerprint before trusting it.\n";
    m_err.flush();
    return exitCodeFor(e);
}

int CliSession::usage(const QString &message)
{
    m_err << "g2p-desk-cli: " << message << "\n\n" << usageText();
    m_err.flush();
    return ExitUsage;
}

void CliSession::printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliSession::parseDateOption(const QString &name, const QString &value, QDate *out, int *exitCode)
{
    if (value.isEmpty())
        return true;
    *out = parseIsoDate(value);
    if (!out->isValid()) {
        *exitCode = usage(QStringLiteral("%1: expected a date as YYYY-MM-DD, got \"%2\"").arg(name, value));
        return false;
    }
    return true;
}

std::optional<RecordRef> CliSession::parseRef(
    RecordKind kind, const QString &what, const QString &text, int *exitCode, const QString &prefix)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0)
        return RecordRef(id);
    if (!text.contains(QLatin1Char('|'))) {
        *exitCode
            = usage(QStringLiteral("%1 must be a numeric id or an identifier ({system}|{value}), got \"%2\"")
                        .arg(what, text));
        return std::nullopt;
    }
    const QString key
        = spp2::expandKey(kind, text, prefix.isEmpty() ? QStringLiteral("Individual/") : prefix);
    return RecordRef(localIdOf(kind, key), key);
}

QString CliSession::idText(RecordKind kind, qint64 id, const QString &key)
{
    return displayKey(kind, id, key);
}

std::optional<qint64> CliSession::parseId(const QString &what, const QString &text, int *exitCode)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usage(QStringLiteral("%1 must be a numeric id, got \"%2\"").arg(what, text));
        return std::nullopt;
    }
    return id;
}

bool CliSession::resolvePassword(QString *password, int *exitCode)
{
    if (m_opt.passwordStdin) {
        *password = readPasswordLine();
        if (password->isNull()) {
            *exitCode = usage(QStringLiteral("--password-stdin: nothing on standard input"));
            return false;
        }
        return true;
    }
    if (qEnvironmentVariableIsSet("G2P_PASSWORD")) {
        *password = qEnvironmentVariable("G2P_PASSWORD");
        return true;
    }
    CredentialStore store;
    const CredentialStore::Result r
        = store.readBlocking(CredentialStore::accountKey(m_opt.user, m_opt.server));
    if (r.status == CredentialStore::Status::Ok) {
        *password = r.password;
        return true;
    }
    if (stdinIsTerminal()) {
        *password = promptPassword(QStringLiteral("Password for %1 at %2: ").arg(m_opt.user, m_opt.server));
        if (!password->isNull())
            return true;
    }
    m_err << "g2p-desk-cli: no password for " << m_opt.user << ": " << CredentialStore::describe(r) << ".\n"
          << "  Give it with --password-stdin or G2P_PASSWORD, or store it with `g2p-desk-cli password "
             "save`.\n";
    *exitCode = ExitAuth;
    return false;
}

bool CliSession::connectClient(int *exitCode)
{
    if (m_opt.server.isEmpty() || m_opt.user.isEmpty()) {
        *exitCode = usage(QStringLiteral("--server and --user are needed (or G2P_SERVER_URL and G2P_USER)"));
        return false;
    }
    const QUrl url(m_opt.server);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        *exitCode = usage(
            QStringLiteral("--server must be an http(s) URL such as https://host/api/v1/registry, got \"%1\"")
                .arg(m_opt.server));
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *exitCode = usage(QStringLiteral(
            "--server must not carry a user or password (user:password@): give --user, and the password "
            "through G2P_PASSWORD, --password-stdin or the keyring"));
        return false;
    }
    if (sendsCredentialsInClear(url)) {
        if (!m_opt.allowHttp) {
            *exitCode = usage(
                QStringLiteral("%1 is http:// to another machine: the password would cross the network "
                               "unencrypted. Use the https:// address, or pass --allow-insecure-http "
                               "only if your administrator says this network is private.")
                    .arg(url.toDisplayString()));
            return false;
        }
        m_err << "g2p-desk-cli: WARNING: sending the password unencrypted to " << url.host()
              << " (--allow-insecure-http)\n";
    }
    ClientConfig c;
    c.baseUrl = url;
    c.allowPlainHttp = m_opt.allowHttp;
    c.user = m_opt.user;
    if (!resolvePassword(&c.password, exitCode))
        return false;
    c.timeoutMs = m_opt.timeoutSeconds * 1000;
    c.auth = m_opt.sessionAuth ? ClientConfig::Auth::OdooSession : ClientConfig::Auth::Basic;
    for (QString fp : m_opt.trustFingerprints)
        c.trustedCertificateSha256.append(fp.remove(QLatin1Char(':')).toLower().toLatin1());
    c.userAgent = "g2p-desk-cli/" G2P_CLI_VERSION;
    if (isLoopbackHost(url.host()))
        m_nam.setProxy(QNetworkProxy::NoProxy);
    c.database = m_opt.database;
    c.backend = m_opt.backend;
    m_tokens = std::make_shared<KeyringTokenCache>([this](const QString &why) {
        m_err << "g2p-desk-cli: no keyring to keep the access token in (" << why
              << "): each call asks the server for a new one, and it allows 50 a day.\n";
    });
    c.tokens = m_tokens;
    if (c.backend == BackendKind::Auto) {
        // What the server speaks: REST with the extension, else Odoo's external API, else REST
        // registry data only (as the desktop's connect dialog finds out).
        BackendDetector detector(&m_nam, c);
        std::optional<DetectedServer> found;
        ApiError error;
        QEventLoop loop;
        QObject::connect(&detector, &BackendDetector::found, &loop, [&](const DetectedServer &s) {
            found = s;
            loop.quit();
        });
        QObject::connect(&detector, &BackendDetector::failed, &loop, [&](const ApiError &e) {
            error = e;
            loop.quit();
        });
        detector.start();
        loop.exec();
        if (!found) {
            *exitCode = report(error);
            return false;
        }
        c.backend = found->kind;
        c.database = found->database;
    }
    m_client = createBackend(&m_nam, c);
    QObject::connect(m_client.get(), &RegistryBackend::notice, m_client.get(), [this](const QString &text) {
        m_err << "g2p-desk-cli: " << text << "\n";
        m_err.flush();
    });
    return true;
}

std::optional<Program> CliSession::resolveProgram(const QString &idOrName, int *exitCode)
{
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    if (numeric || idOrName.contains(QLatin1Char('|'))) {
        const QString key = numeric ? QString() : spp2::expandKey(RecordKind::Program, idOrName);
        auto job
            = await(m_client->program(RecordRef(numeric ? id : localIdOf(RecordKind::Program, key), key)));
        if (!job->succeeded()) {
            *exitCode = report(job->error());
            return std::nullopt;
        }
        return job->result();
    }
    ProgramFilter f;
    f.name = idOrName;
    auto job = await(m_client->programs(f, 1000, 0));
    if (!job->succeeded()) {
        *exitCode = report(job->error());
        return std::nullopt;
    }
    QList<Program> exact;
    for (const Program &p : job->result().items)
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            exact.append(p);
    if (exact.size() == 1)
        return exact.first();
    if (exact.isEmpty()) {
        QStringList names;
        for (const Program &p : job->result().items)
            names << QStringLiteral("%1 (%2)").arg(p.name).arg(p.id);
        *exitCode = usage(
            QStringLiteral("no program is named \"%1\"%2")
                .arg(idOrName,
                    names.isEmpty() ? QString()
                                    : QStringLiteral("; similar: ") + names.join(QStringLiteral(", "))));
    } else {
        *exitCode = usage(QStringLiteral("%1 programs are named \"%2\": give its id instead")
                              .arg(exact.size())
                              .arg(idOrName));
    }
    return std::nullopt;
}

void CliSession::printIndividual(const Individual &ind)
{
    QStringList ids, phones;
    for (const RegistrantId &r : ind.regIds)
        ids << QStringLiteral("%1 %2").arg(r.idType, r.value);
    for (const Phone &p : ind.phones)
        phones << p.phoneNo;
    printFields(m_out,
        {{QStringLiteral("id"), idText(RecordKind::Registrant, ind.id, ind.key)},
            {QStringLiteral("name"), ind.name}, {QStringLiteral("given name"), orDash(ind.givenName)},
            {QStringLiteral("family name"), orDash(ind.familyName)},
            {QStringLiteral("gender"), orDash(ind.gender)},
            {QStringLiteral("birth date"),
                ind.birthdate.isValid() ? QStringLiteral("%1 (age %2)").arg(dateText(ind.birthdate), ind.age)
                                        : QStringLiteral("-")},
            {QStringLiteral("birth place"), orDash(ind.birthPlace)},
            {QStringLiteral("registered"), orDash(dateText(ind.registrationDate))},
            {QStringLiteral("address"), orDash(ind.address)}, {QStringLiteral("email"), orDash(ind.email)},
            {QStringLiteral("ids"), orDash(ids.join(QStringLiteral("; ")))},
            {QStringLiteral("phones"), orDash(phones.join(QStringLiteral("; ")))}});
    if (!ind.programMemberships.isEmpty()) {
        m_out << "\nprogram memberships:\n";
        TextTable t({QStringLiteral("PROGRAM"), QStringLiteral("STATE"), QStringLiteral("ENROLLED"),
            QStringLiteral("EXIT")});
        for (const MembershipSummary &m : ind.programMemberships)
            t.addRow({m.programId ? QString::number(*m.programId) : QString(),
                m.state ? enumToWire(*m.state) : QString(), tsDate(m.enrollmentDate), dateText(m.exitDate)});
        t.print(m_out);
    }
}

void CliSession::printGroup(const Group &g)
{
    QStringList ids;
    for (const RegistrantId &r : g.regIds)
        ids << QStringLiteral("%1 %2").arg(r.idType, r.value);
    printFields(m_out,
        {{QStringLiteral("id"), idText(RecordKind::Registrant, g.id, g.key)},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("registered"), orDash(dateText(g.registrationDate))},
            {QStringLiteral("address"), orDash(g.address)},
            {QStringLiteral("ids"), orDash(ids.join(QStringLiteral("; ")))},
            {QStringLiteral("members"), QString::number(g.members.size())}});
    if (!g.members.isEmpty()) {
        m_out << '\n';
        TextTable t({QStringLiteral("INDIVIDUAL"), QStringLiteral("NAME"), QStringLiteral("KIND"),
            QStringLiteral("GENDER"), QStringLiteral("BIRTH DATE")});
        for (const GroupMember &m : g.members) {
            QStringList kinds;
            for (const MembershipKind &k : m.kinds)
                kinds << k.name;
            t.addRow({idText(RecordKind::Registrant, m.individual.id, m.individual.key), m.individual.name,
                kinds.join(QStringLiteral(", ")), m.individual.gender, dateText(m.individual.birthdate)});
        }
        t.print(m_out);
    }
    if (!g.programMemberships.isEmpty()) {
        m_out << "\nprogram memberships:\n";
        TextTable t({QStringLiteral("PROGRAM"), QStringLiteral("STATE"), QStringLiteral("ENROLLED"),
            QStringLiteral("EXIT")});
        for (const MembershipSummary &m : g.programMemberships)
            t.addRow({m.programId ? QString::number(*m.programId) : QString(),
                m.state ? enumToWire(*m.state) : QString(), tsDate(m.enrollmentDate), dateText(m.exitDate)});
        t.print(m_out);
    }
}

void CliSession::printMemberships(const QList<ProgramMembership> &list, qint64 total)
{
    TextTable t({QStringLiteral("ID"), QStringLiteral("REGISTRANT"), QStringLiteral("NAME"),
        QStringLiteral("PROGRAM"), QStringLiteral("STATE"), QStringLiteral("ENROLLED"),
        QStringLiteral("EXIT"), QStringLiteral("REASON")});
    for (const ProgramMembership &m : list)
        t.addRow({idText(RecordKind::Membership, m.id, m.key),
            idText(RecordKind::Registrant, m.registrantId, m.registrantKey), m.registrantName, m.programName,
            enumToWire(m.state), tsDate(m.enrollmentDate), dateText(m.exitDate), m.exitReason});
    // Identifiers are typed back whole (`membership set ID`): never cut.
    const bool keyed
        = std::any_of(list.begin(), list.end(), [](const ProgramMembership &m) { return !m.key.isEmpty(); });
    t.print(m_out, keyed ? 100 : 48);
    if (total >= 0 && total > list.size())
        m_out << list.size() << " of " << total << " membership(s); use --all or --offset for more\n";
    else
        m_out << list.size() << " membership(s)\n";
}

std::optional<DatePolicy> CliSession::datePolicyOption(DatePolicy fallback)
{
    const QString &f = m_opt.dateFormat;
    if (f.isEmpty())
        return fallback;
    if (f == QLatin1String("iso"))
        return DatePolicy::Iso;
    if (f == QLatin1String("dmy"))
        return DatePolicy::DayFirst;
    if (f == QLatin1String("mdy"))
        return DatePolicy::MonthFirst;
    if (f == QLatin1String("auto"))
        return DatePolicy::Automatic;
    return std::nullopt;
}

int CliSession::start()
{
    int code = ExitOk;
    if (needsServer() && !connectClient(&code))
        return code;
    return run();
}

} // namespace g2p::cli
