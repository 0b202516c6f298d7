#include "clioptions.h"

#include "backenddetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace g2p::cli {

QString usageText()
{
    return QStringLiteral(
        "Usage: g2p-desk-cli [--server URL] [--user NAME] [--password-stdin] [--json]\n"
        "                    [--backend auto|rest|odoo|spp2] [--database NAME] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  programs [--target individual|group] [--state active|ended] [--archived]\n"
        "  individual get ID | individual search NAME | individual create FILE.json\n"
        "  group get ID | group search NAME [--members] | group create FILE.json\n"
        "  memberships (--registrant ID | --program ID) [--state S] [--limit N] [--offset N] [--all]\n"
        "  enroll --program ID|NAME --registrants FILE.csv|FILE.xlsx [--state enrolled|draft]\n"
        "         [--date YYYY-MM-DD] [--note TEXT] [--date-format iso|dmy|mdy|auto]\n"
        "         (columns registrant_id[,enrollment_date]; dates YYYY-MM-DD unless --date-format says "
        "otherwise)\n"
        "  import FILE.csv|FILE.xlsx [--dry-run] [--mapping MAPPING.json] [--program ID|NAME]\n"
        "         [--date-format iso|dmy|mdy|auto]   (memberships to enrol or change, one per row;\n"
        "         columns found by their headers unless --mapping says {\"header\": \"field\"})\n"
        "  membership set ID [--state S] [--enrollment-date D] [--exit-date D] [--reason R] [--note N]\n"
        "  history MEMBERSHIP_ID | history --registrant ID\n"
        "  report individual ID | report group ID   (a registrant's record, memberships and history)\n"
        "  report members --program ID|NAME [--state S]   (a program's members, as filtered)\n"
        "  report program --program ID|NAME         (a program's counts by state and month by month)\n"
        "         ... --pdf FILE                    (each report is written as a PDF)\n"
        "  password save | password forget          (the system keyring entry of --user at --server)\n"
        "  outbox [--all] | outbox check ID | outbox retry ID | outbox discard ID | outbox recover FILE\n"
        "                                           (changes not yet confirmed; check: ask the server\n"
        "                                           about an unknown outcome, sending nothing; recover:\n"
        "                                           from a set-aside outbox)\n"
        "  sync                                     (send what waits in the outbox)\n"
        "  profile show | profile remove [--force]  (this server and user's data on this machine: local\n"
        "                                           copy, outbox, set-aside copies, saved password;\n"
        "                                           --force also drops changes not yet confirmed)\n"
        "\n"
        "Every change (enroll, import, membership set) is first written to this server profile's\n"
        "outbox (the same one G2P Desk uses), then sent; a change the server could not be reached for\n"
        "waits there until `sync` (or G2P Desk) sends it.\n"
        "\n"
        "--server may be the plain address of the server (https://registry.example.org): G2P Desk finds\n"
        "out what it speaks (the REST contract with its extension, else OpenSPP2's API v2, else Odoo's\n"
        "external API, else the upstream REST API, read-only). --backend forces one; --database (or\n"
        "G2P_DATABASE) names the Odoo database when the server has several or does not list them. An Odoo\n"
        "API key goes where the password goes. On OpenSPP2 (API v2), --user is the API client's id and the\n"
        "password its secret; the access token is kept in the keyring for its 24 hours and shared with\n"
        "G2P Desk (the server allows 50 sign-ins a day per address).\n"
        "\n"
        "--trust-fingerprint SHA256 pins a self-signed certificate; any other certificate is refused.\n"
        "http:// is refused for hosts outside 127.0.0.0/8 and ::1 (the password would cross the network\n"
        "unencrypted) unless --allow-insecure-http is given.\n"
        "\n"
        "The server and user may also come from G2P_SERVER_URL and G2P_USER. The password comes from\n"
        "--password-stdin, G2P_PASSWORD, the system keyring, or a prompt on a terminal; it is never\n"
        "echoed or logged.\n"
        "\n"
        "Exit codes: 0 ok, 1 some rows failed, 2 usage, 3 authentication (or the server's sign-in\n"
        "limit), 4 server unreachable or not speaking the contract.\n");
}

bool parseCommandLine(const QStringList &arguments, CliOptions *o, QString *message, int *exitCode)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption trust(QStringLiteral("trust-fingerprint"), QString(), QStringLiteral("SHA256"));
    const QCommandLineOption session(QStringLiteral("session-auth"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-insecure-http"));
    const QCommandLineOption registrant(QStringLiteral("registrant"), QString(), QStringLiteral("ID"));
    const QCommandLineOption program(QStringLiteral("program"), QString(), QStringLiteral("ID|NAME"));
    const QCommandLineOption state(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
    const QCommandLineOption registrants(QStringLiteral("registrants"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption enrollmentDate(
        QStringLiteral("enrollment-date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption exitDate(QStringLiteral("exit-date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption target(QStringLiteral("target"), QString(), QStringLiteral("TYPE"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption offset(QStringLiteral("offset"), QString(), QStringLiteral("N"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption members(QStringLiteral("members"));
    const QCommandLineOption archived(QStringLiteral("archived"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption backend(QStringLiteral("backend"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("NAME"));
    for (const auto &opt :
        {help, version, server, user, passwordStdin, json, timeout, trust, session, allowHttp, registrant,
            program, state, registrants, date, note, enrollmentDate, exitDate, reason, target, dateFormat,
            limit, offset, all, members, archived, dryRun, mapping, pdf, force, backend, database})
        p.addOption(opt);
    *exitCode = ExitUsage;
    if (!p.parse(arguments)) {
        *message = p.errorText();
        return false;
    }
    if (p.isSet(help)) {
        *message = QString();
        *exitCode = ExitOk;
        return false;
    }
    if (p.isSet(version)) {
        *message = QStringLiteral("g2p-desk-cli ") + QCoreApplication::applicationVersion();
        *exitCode = ExitOk;
        return false;
    }
    o->server = p.isSet(server) ? p.value(server) : qEnvironmentVariable("G2P_SERVER_URL");
    o->user = p.isSet(user) ? p.value(user) : qEnvironmentVariable("G2P_USER");
    o->passwordStdin = p.isSet(passwordStdin);
    o->json = p.isSet(json);
    o->sessionAuth = p.isSet(session);
    o->allowHttp = p.isSet(allowHttp);
    o->trustFingerprints = p.values(trust);
    if (p.isSet(backend)) {
        const auto kind = backendKindFromName(p.value(backend));
        if (!kind) {
            *message
                = QStringLiteral("--backend is auto, rest, odoo or spp2, got \"%1\"").arg(p.value(backend));
            return false;
        }
        o->backend = *kind;
    }
    o->database = p.isSet(database) ? p.value(database) : qEnvironmentVariable("G2P_DATABASE");
    const auto number = [&](const QCommandLineOption &opt, int min, int *target1) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const int v = p.value(opt).toInt(&ok);
        if (!ok || v < min) {
            *message = QStringLiteral("--%1 needs a whole number of at least %2, got \"%3\"")
                           .arg(opt.names().constFirst())
                           .arg(min)
                           .arg(p.value(opt));
            return false;
        }
        *target1 = v;
        return true;
    };
    if (!number(timeout, 1, &o->timeoutSeconds) || !number(offset, 0, &o->offset))
        return false;
    if (p.isSet(limit)) {
        int l = 0;
        if (!number(limit, 1, &l))
            return false;
        o->limit = l;
    }
    o->registrant = p.value(registrant);
    o->program = p.value(program);
    o->state = p.value(state);
    o->registrantsFile = p.value(registrants);
    o->date = p.value(date);
    o->note = p.isSet(note) ? p.value(note) : QString();
    o->enrollmentDate = p.value(enrollmentDate);
    o->exitDate = p.value(exitDate);
    o->reasonSet = p.isSet(reason);
    o->reason = p.isSet(reason) ? p.value(reason) : QString();
    o->target = p.value(target);
    o->dateFormat = p.value(dateFormat).toLower();
    o->all = p.isSet(all);
    o->force = p.isSet(force);
    o->members = p.isSet(members);
    o->archived = p.isSet(archived);
    o->dryRun = p.isSet(dryRun);
    o->mappingFile = p.value(mapping);
    o->pdf = p.value(pdf);
    o->words = p.positionalArguments();
    if (o->words.isEmpty()) {
        *message = QStringLiteral("no command given");
        return false;
    }
    return true;
}

} // namespace g2p::cli
