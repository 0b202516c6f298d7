#include "clicommands.h"

#include "credentialstore.h"
#include "membershiprules.h"
#include "passwordprompt.h"
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

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? formatIsoDate(d) : QString();
}

QString tsDate(const Timestamp &t)
{
    return t.isNull() ? QString() : formatIsoDate(t.utcDate());
}

RegistrantQuery nameQuery(const QString &name, bool withMembers = false)
{
    RegistrantQuery q;
    q.name = name;
    q.withMembers = withMembers;
    return q;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

CliRunner::CliRunner(CliOptions options, QTextStream &out, QTextStream &err)
    : m_opt(std::move(options)), m_out(out), m_err(err)
{ }

CliRunner::~CliRunner()
{
    m_sync.reset(); // before the store it writes to
    m_store.reset();
}

template<class T>
std::unique_ptr<Call<T>> CliRunner::await(Call<T> *call)
{
    call->setAutoDelete(false);
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &PendingCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return std::unique_ptr<Call<T>>(call);
}

int CliRunner::exitCodeFor(const ApiError &e) const
{
    switch (e.kind()) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
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

int CliRunner::report(const ApiError &e)
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

int CliRunner::usage(const QString &message)
{
    m_err << "g2p-desk-cli: " << message << "\n\n" << usageText();
    m_err.flush();
    return ExitUsage;
}

void CliRunner::printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliRunner::parseDateOption(const QString &name, const QString &value, QDate *out, int *exitCode)
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

std::optional<qint64> CliRunner::parseId(const QString &what, const QString &text, int *exitCode)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usage(QStringLiteral("%1 must be a numeric id, got \"%2\"").arg(what, text));
        return std::nullopt;
    }
    return id;
}

bool CliRunner::resolvePassword(QString *password, int *exitCode)
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

bool CliRunner::connectClient(int *exitCode)
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
    m_client = std::make_unique<RestContractBackend>(&m_nam, c);
    return true;
}

int CliRunner::run()
{
    const QString cmd = m_opt.words.first();
    if (cmd == QLatin1String("password"))
        return cmdPassword();
    if (cmd == QLatin1String("profile"))
        return cmdProfile();
    static const QStringList known = {QStringLiteral("programs"), QStringLiteral("individual"),
        QStringLiteral("group"), QStringLiteral("memberships"), QStringLiteral("membership"),
        QStringLiteral("history"), QStringLiteral("enroll"), QStringLiteral("import"),
        QStringLiteral("outbox"), QStringLiteral("sync")};
    if (!known.contains(cmd))
        return usage(QStringLiteral("unknown command \"%1\"").arg(cmd));
    int code = ExitOk;
    if (!connectClient(&code))
        return code;
    if (cmd == QLatin1String("programs"))
        return cmdPrograms();
    if (cmd == QLatin1String("individual"))
        return cmdIndividual();
    if (cmd == QLatin1String("group"))
        return cmdGroup();
    if (cmd == QLatin1String("memberships"))
        return cmdMemberships();
    if (cmd == QLatin1String("membership"))
        return cmdMembershipSet();
    if (cmd == QLatin1String("history"))
        return cmdHistory();
    if (cmd == QLatin1String("import"))
        return cmdImport();
    if (cmd == QLatin1String("outbox"))
        return cmdOutbox();
    if (cmd == QLatin1String("sync"))
        return cmdSync();
    return cmdEnroll();
}

template<class T>
std::optional<QList<T>> CliRunner::allPages(
    const std::function<Call<Page<T>> *(int, int)> &fetch, int *exitCode, const QString &progressLabel)
{
    QList<T> all;
    int offset = 0;
    constexpr int pageSize = 1000;
    while (true) {
        auto job = await(fetch(pageSize, offset));
        if (!job->succeeded()) {
            *exitCode = report(job->error());
            return std::nullopt;
        }
        const Page<T> &page = job->result();
        all += page.items;
        offset += int(page.items.size());
        if (!progressLabel.isEmpty() && page.total > pageSize) {
            m_err << progressLabel << ": " << offset << " / " << page.total << '\n';
            m_err.flush();
        }
        if (page.items.isEmpty() || !page.hasMore())
            break;
    }
    return all;
}

std::optional<Program> CliRunner::resolveProgram(const QString &idOrName, int *exitCode)
{
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    if (numeric) {
        auto job = await(m_client->program(id));
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

int CliRunner::cmdPrograms()
{
    ProgramFilter f;
    if (!m_opt.target.isEmpty()) {
        f.targetType = enumFromWire<TargetType>(QStringView(m_opt.target));
        if (!f.targetType)
            return usage(QStringLiteral("--target must be individual or group"));
    }
    if (!m_opt.state.isEmpty()) {
        f.state = enumFromWire<ProgramState>(QStringView(m_opt.state));
        if (!f.state)
            return usage(QStringLiteral("--state must be active or ended for programs"));
    }
    f.includeArchived = m_opt.archived;
    int code = ExitOk;
    const auto programs = allPages<Program>([&](int l, int o) { return m_client->programs(f, l, o); }, &code);
    if (!programs)
        return code;
    if (m_opt.json) {
        printJson(encodeList(*programs));
        return ExitOk;
    }
    TextTable t(
        {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TARGET"), QStringLiteral("STATE"),
            QStringLiteral("ENROLLED"), QStringLiteral("MEMBERS"), QStringLiteral("ENDED")});
    for (const Program &p : *programs)
        t.addRow({QString::number(p.id), p.name, enumToWire(p.targetType),
            p.active ? enumToWire(p.state) : QStringLiteral("archived"),
            p.enrolledCount ? QString::number(*p.enrolledCount) : QString(),
            p.beneficiariesCount ? QString::number(*p.beneficiariesCount) : QString(),
            dateText(p.dateEnded)});
    t.print(m_out);
    return ExitOk;
}

void CliRunner::printIndividual(const Individual &ind)
{
    QStringList ids, phones;
    for (const RegistrantId &r : ind.regIds)
        ids << QStringLiteral("%1 %2").arg(r.idType, r.value);
    for (const Phone &p : ind.phones)
        phones << p.phoneNo;
    printFields(m_out,
        {{QStringLiteral("id"), QString::number(ind.id)}, {QStringLiteral("name"), ind.name},
            {QStringLiteral("given name"), orDash(ind.givenName)},
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

void CliRunner::printGroup(const Group &g)
{
    QStringList ids;
    for (const RegistrantId &r : g.regIds)
        ids << QStringLiteral("%1 %2").arg(r.idType, r.value);
    printFields(m_out,
        {{QStringLiteral("id"), QString::number(g.id)}, {QStringLiteral("name"), g.name},
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
            t.addRow({QString::number(m.individual.id), m.individual.name, kinds.join(QStringLiteral(", ")),
                m.individual.gender, dateText(m.individual.birthdate)});
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

template<class T>
static std::optional<T> readRequestFile(const QString &path, QTextStream &err, int *exitCode)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "g2p-desk-cli: cannot read " << path << ": " << f.errorString() << '\n';
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    T rec;
    const DecodeError e = decode(f.readAll(), rec, JsonEngine::QtJson);
    if (!e.isNull()) {
        err << "g2p-desk-cli: " << path << ": " << e.toString() << '\n';
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return rec;
}

int CliRunner::cmdIndividual()
{
    if (m_opt.words.size() != 3)
        return usage(QStringLiteral("individual needs: get ID | search NAME | create FILE.json"));
    const QString sub = m_opt.words[1];
    const QString arg = m_opt.words[2];
    int code = ExitOk;
    if (sub == QLatin1String("get")) {
        const auto id = parseId(QStringLiteral("the individual id"), arg, &code);
        if (!id)
            return code;
        auto job = await(m_client->individual(*id));
        if (!job->succeeded())
            return report(job->error());
        m_opt.json ? printJson(encode(job->result())) : printIndividual(job->result());
        return ExitOk;
    }
    if (sub == QLatin1String("search")) {
        auto job = await(m_client->findIndividuals(nameQuery(arg)));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json) {
            printJson(encodeList(job->result()));
            return ExitOk;
        }
        TextTable t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("GENDER"),
            QStringLiteral("BIRTH DATE"), QStringLiteral("IDS")});
        for (const Individual &i : job->result()) {
            QStringList ids;
            for (const RegistrantId &r : i.regIds)
                ids << r.value;
            t.addRow({QString::number(i.id), i.name, i.gender, dateText(i.birthdate),
                ids.join(QStringLiteral(", "))});
        }
        t.print(m_out);
        m_out << job->result().size() << " individual(s)\n";
        return ExitOk;
    }
    if (sub == QLatin1String("create")) {
        const auto input = readRequestFile<IndividualInput>(arg, m_err, &code);
        if (!input)
            return code;
        auto job = await(m_client->createIndividual(*input));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json)
            printJson(encode(job->result()));
        else
            m_out << "created individual " << job->result().id << ": " << job->result().name << '\n';
        return ExitOk;
    }
    return usage(QStringLiteral("individual: unknown action \"%1\"").arg(sub));
}

int CliRunner::cmdGroup()
{
    if (m_opt.words.size() != 3)
        return usage(QStringLiteral("group needs: get ID | search NAME | create FILE.json"));
    const QString sub = m_opt.words[1];
    const QString arg = m_opt.words[2];
    int code = ExitOk;
    if (sub == QLatin1String("get")) {
        const auto id = parseId(QStringLiteral("the group id"), arg, &code);
        if (!id)
            return code;
        auto job = await(m_client->group(*id));
        if (!job->succeeded())
            return report(job->error());
        m_opt.json ? printJson(encode(job->result())) : printGroup(job->result());
        return ExitOk;
    }
    if (sub == QLatin1String("search")) {
        auto job = await(m_client->findGroups(nameQuery(arg, m_opt.members)));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json) {
            printJson(encodeList(job->result()));
            return ExitOk;
        }
        TextTable t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("REGISTERED"),
            QStringLiteral("ADDRESS"), QStringLiteral("MEMBERS")});
        for (const Group &g : job->result())
            t.addRow({QString::number(g.id), g.name, dateText(g.registrationDate), g.address,
                g.isShortForm() ? QString() : QString::number(g.members.size())});
        t.print(m_out);
        m_out << job->result().size() << " group(s)\n";
        return ExitOk;
    }
    if (sub == QLatin1String("create")) {
        const auto input = readRequestFile<GroupInput>(arg, m_err, &code);
        if (!input)
            return code;
        auto job = await(m_client->createGroup(*input));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json)
            printJson(encode(job->result()));
        else
            m_out << "created group " << job->result().id << ": " << job->result().name << " with "
                  << job->result().members.size() << " member(s)\n";
        return ExitOk;
    }
    return usage(QStringLiteral("group: unknown action \"%1\"").arg(sub));
}

void CliRunner::printMemberships(const QList<ProgramMembership> &list, qint64 total)
{
    TextTable t({QStringLiteral("ID"), QStringLiteral("REGISTRANT"), QStringLiteral("NAME"),
        QStringLiteral("PROGRAM"), QStringLiteral("STATE"), QStringLiteral("ENROLLED"),
        QStringLiteral("EXIT"), QStringLiteral("REASON")});
    for (const ProgramMembership &m : list)
        t.addRow({QString::number(m.id), QString::number(m.registrantId), m.registrantName, m.programName,
            enumToWire(m.state), tsDate(m.enrollmentDate), dateText(m.exitDate), m.exitReason});
    t.print(m_out);
    if (total >= 0 && total > list.size())
        m_out << list.size() << " of " << total << " membership(s); use --all or --offset for more\n";
    else
        m_out << list.size() << " membership(s)\n";
}

int CliRunner::cmdMemberships()
{
    if (m_opt.words.size() != 1)
        return usage(QStringLiteral("memberships takes options only"));
    if (m_opt.registrant.isEmpty() && m_opt.program.isEmpty())
        return usage(QStringLiteral("memberships needs --registrant ID or --program ID"));
    MembershipFilter f;
    int code = ExitOk;
    if (!m_opt.registrant.isEmpty()) {
        f.registrantId = parseId(QStringLiteral("--registrant"), m_opt.registrant, &code);
        if (!f.registrantId)
            return code;
    }
    if (!m_opt.program.isEmpty()) {
        const auto p = resolveProgram(m_opt.program, &code);
        if (!p)
            return code;
        f.programId = p->id;
    }
    if (!m_opt.state.isEmpty()) {
        f.state = enumFromWire<MembershipState>(QStringView(m_opt.state));
        if (!f.state)
            return usage(QStringLiteral("--state must be one of %1").arg(enumChoices<MembershipState>()));
    }
    QList<ProgramMembership> list;
    qint64 total = -1;
    if (m_opt.all) {
        const auto all
            = allPages<ProgramMembership>([&](int l, int o) { return m_client->memberships(f, l, o); }, &code,
                QStringLiteral("memberships"));
        if (!all)
            return code;
        list = *all;
        total = list.size();
    } else {
        auto job = await(m_client->memberships(f, m_opt.limit.value_or(100), m_opt.offset));
        if (!job->succeeded())
            return report(job->error());
        list = job->result().items;
        total = job->result().total;
    }
    if (m_opt.json)
        printJson(encodeList(list));
    else
        printMemberships(list, m_opt.all ? -1 : total - m_opt.offset);
    return ExitOk;
}

int CliRunner::cmdMembershipSet()
{
    if (m_opt.words.size() != 3 || m_opt.words[1] != QLatin1String("set"))
        return usage(
            QStringLiteral("membership needs: set ID [--state S] [--enrollment-date D] [--exit-date D] "
                           "[--reason R] [--note N]"));
    int code = ExitOk;
    const auto id = parseId(QStringLiteral("the membership id"), m_opt.words[2], &code);
    if (!id)
        return code;
    MembershipUpdate u;
    if (!m_opt.state.isEmpty()) {
        u.state = enumFromWire<MembershipState>(QStringView(m_opt.state));
        if (!u.state)
            return usage(QStringLiteral("--state must be one of %1").arg(enumChoices<MembershipState>()));
    }
    if (!parseDateOption(QStringLiteral("--enrollment-date"), m_opt.enrollmentDate, &u.enrollmentDate, &code)
        || !parseDateOption(QStringLiteral("--exit-date"), m_opt.exitDate, &u.exitDate, &code))
        return code;
    if (m_opt.reasonSet)
        u.exitReason = m_opt.reason;
    u.note = m_opt.note;
    if (!u.state && u.enrollmentDate.isNull() && u.exitDate.isNull() && u.exitReason.isNull()
        && u.note.isNull())
        return usage(
            QStringLiteral("membership set needs at least one of --state, --enrollment-date, --exit-date, "
                           "--reason, --note"));
    // Read it first: check the transition here, and send its write_date so that a change made
    // by someone else in between is refused (409) instead of overwritten.
    auto current = await(m_client->membership(*id));
    if (!current->succeeded())
        return report(current->error());
    const ProgramMembership &m = current->result();
    const auto wireName = [](MembershipState s) { return enumToWire(s); };
    if (const QString why
        = u.state ? MembershipRules::transitionProblem(m.state, *u.state, wireName) : QString();
        !why.isEmpty()) {
        m_err << "g2p-desk-cli: membership " << *id << ": " << why << '\n';
        return ExitSomeFailed;
    }
    if (const QString why
        = u.state ? MembershipRules::exitReasonProblem(m.state, *u.state, m_opt.reason) : QString();
        !why.isEmpty()) {
        m_err << "g2p-desk-cli: " << why << " Give it with --reason (for example --reason \"Graduated\").\n";
        return ExitUsage;
    }
    u.writeDate = m.writeDate;
    OutboxSync *sync = outboxSync(&code);
    if (!sync)
        return code;
    MembershipChange change;
    change.membershipId = m.id;
    change.registrantId = m.registrantId;
    change.programId = m.programId;
    change.update = u;
    change.original = m;
    change.programName = m.programName;
    change.registrantName = m.registrantName;
    bool queued = false;
    OutboxBatch *batch = sendThroughOutbox({toDraft(change)}, &queued);
    if (!queued)
        return ExitUsage;
    if (batch->waitingCount()) {
        reportWaiting(1);
        return ExitUnreachable;
    }
    const OutboxOutcome outcome = batch->outcomes().value(0);
    if (outcome.state == OutboxItem::State::Conflict) {
        m_err << "g2p-desk-cli: membership " << *id
              << " was changed by someone else after it was read; nothing was changed. Look at it again "
                 "and retry.\n";
        return ExitSomeFailed;
    }
    if (outcome.state != OutboxItem::State::Confirmed) {
        if (!outcome.error.isNull())
            return report(outcome.error);
        m_err << "g2p-desk-cli: membership " << *id << ": " << outcome.message << '\n';
        return ExitSomeFailed;
    }
    if (m_opt.json)
        printJson(encode(outcome.membership));
    else
        printMemberships({outcome.membership}, -1);
    return ExitOk;
}

int CliRunner::cmdHistory()
{
    int code = ExitOk;
    struct Row
    {
        HistoryEntry entry;
        QString program;
    };
    QList<Row> rows;
    if (m_opt.words.size() == 2) {
        const auto id = parseId(QStringLiteral("the membership id"), m_opt.words[1], &code);
        if (!id)
            return code;
        auto job = await(m_client->history(*id));
        if (!job->succeeded())
            return report(job->error());
        if (m_opt.json) {
            printJson(encodeList(job->result()));
            return ExitOk;
        }
        for (const HistoryEntry &e : job->result())
            rows.append({e, QString()});
    } else if (m_opt.words.size() == 1 && !m_opt.registrant.isEmpty()) {
        MembershipFilter f;
        f.registrantId = parseId(QStringLiteral("--registrant"), m_opt.registrant, &code);
        if (!f.registrantId)
            return code;
        const auto memberships = allPages<ProgramMembership>(
            [&](int l, int o) { return m_client->memberships(f, l, o); }, &code);
        if (!memberships)
            return code;
        QJsonArray json;
        for (const ProgramMembership &m : *memberships) {
            auto job = await(m_client->history(m.id));
            if (!job->succeeded())
                return report(job->error());
            for (const HistoryEntry &e : job->result()) {
                rows.append({e, m.programName});
                QJsonObject o = encode(e);
                o.insert(QStringLiteral("program_id"), m.programId);
                o.insert(QStringLiteral("program_name"), m.programName);
                json.append(o);
            }
        }
        if (m_opt.json) {
            printJson(json);
            return ExitOk;
        }
        // A timeline across programs, newest first.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.entry.changedAt.toUtcMicros() > b.entry.changedAt.toUtcMicros();
        });
    } else {
        return usage(QStringLiteral("history needs MEMBERSHIP_ID or --registrant ID"));
    }
    QStringList headers {QStringLiteral("CHANGED AT (UTC)"), QStringLiteral("BY"), QStringLiteral("CHANGE"),
        QStringLiteral("ENROLLED"), QStringLiteral("EXIT"), QStringLiteral("REASON"), QStringLiteral("NOTE"),
        QStringLiteral("SOURCE")};
    if (!m_opt.registrant.isEmpty())
        headers.insert(0, QStringLiteral("PROGRAM"));
    TextTable t(headers);
    for (const Row &r : rows) {
        const HistoryEntry &e = r.entry;
        const QString change = e.fromState
            ? QStringLiteral("%1 -> %2").arg(enumToWire(*e.fromState), enumToWire(e.toState))
            : QStringLiteral("created as %1").arg(enumToWire(e.toState));
        QStringList cells {Timestamp::fromUtcMicros(e.changedAt.toUtcMicros())
                               .text()
                               .left(19)
                               .replace(QLatin1Char('T'), QLatin1Char(' ')),
            e.changedBy, change, tsDate(e.enrollmentDate), dateText(e.exitDate), e.exitReason, e.note,
            enumToWire(e.source)};
        if (!m_opt.registrant.isEmpty())
            cells.insert(0, r.program);
        t.addRow(cells);
    }
    t.print(m_out);
    return ExitOk;
}

int CliRunner::cmdPassword()
{
    if (m_opt.words.size() != 2
        || (m_opt.words[1] != QLatin1String("save") && m_opt.words[1] != QLatin1String("forget")))
        return usage(QStringLiteral("password needs: save | forget"));
    if (m_opt.server.isEmpty() || m_opt.user.isEmpty())
        return usage(QStringLiteral("--server and --user are needed (or G2P_SERVER_URL and G2P_USER)"));
    CredentialStore store;
    const QString key = CredentialStore::accountKey(m_opt.user, m_opt.server);
    if (m_opt.words[1] == QLatin1String("forget")) {
        const auto r = store.removeBlocking(key);
        if (r.status == CredentialStore::Status::Ok || r.status == CredentialStore::Status::NotFound) {
            m_out << "forgot the password of " << key << '\n';
            return ExitOk;
        }
        m_err << "g2p-desk-cli: " << CredentialStore::describe(r) << '\n';
        return ExitAuth;
    }
    QString password;
    if (m_opt.passwordStdin)
        password = readPasswordLine();
    else if (qEnvironmentVariableIsSet("G2P_PASSWORD"))
        password = qEnvironmentVariable("G2P_PASSWORD");
    else if (stdinIsTerminal())
        password = promptPassword(QStringLiteral("Password for %1: ").arg(key));
    if (password.isEmpty())
        return usage(
            QStringLiteral("no password given (--password-stdin, G2P_PASSWORD or a terminal prompt)"));
    const auto r = store.writeBlocking(key, password);
    if (r.status != CredentialStore::Status::Ok) {
        m_err << "g2p-desk-cli: the password was not saved: " << CredentialStore::describe(r)
              << ". Nothing was written anywhere else; give the password each time instead.\n";
        return ExitAuth;
    }
    m_out << "saved the password of " << key << " in the system keyring\n";
    return ExitOk;
}

} // namespace g2p::cli
