#include "membershipfinder.h"

#include "backenddetector.h"
#include "registrybackend.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace g2p::test {

namespace {

std::unique_ptr<RegistryBackend> backendFor(QNetworkAccessManager *nam, const QUrl &url, const QString &kind)
{
    nam->setProxy(QNetworkProxy::NoProxy);
    ClientConfig c;
    c.baseUrl = url;
    c.user = c.password = QStringLiteral("demo");
    c.backend = kind == QLatin1String("spp2") ? BackendKind::Spp2
        : url.path().isEmpty()                ? BackendKind::Odoo
                                              : BackendKind::Rest;
    c.database = QStringLiteral("openg2p");
    return createBackend(nam, c);
}

} // namespace

FoundMembership findMembership(const QUrl &url, MembershipState state, const QString &kind)
{
    QNetworkAccessManager nam;
    const auto backend = backendFor(&nam, url, kind);
    MembershipFilter f;
    f.programId = RecordRef(1);
    if (kind == QLatin1String("spp2")) {
        auto programs = wait(backend->programs({}, 10, 0));
        if (!programs->succeeded() || programs->result().items.isEmpty())
            return {};
        f.programId = refOf(programs->result().items.first());
    }
    f.state = state;
    auto job = wait(backend->memberships(f, 1, 0));
    if (!job->succeeded() || job->result().items.isEmpty())
        return {};
    const ProgramMembership m = job->result().items.first();
    FoundMembership found;
    found.registrantId = m.registrantId;
    found.registrantKey = m.registrantKey;
    found.programName = m.programName;
    found.registrantName = m.registrantName;
    found.searchText = QString::number(m.registrantId);
    if (!m.registrantKey.isEmpty()) {
        auto who = wait(backend->individual(registrantRefOf(m)));
        if (!who->succeeded() || who->result().regIds.isEmpty())
            return {};
        found.searchText = who->result().regIds.first().value;
    }
    found.id = m.id;
    return found;
}

namespace {

// The registrant's memberships now, the first that `pick` accepts.
template<class Pick>
std::optional<MembershipState> stateOf(
    const QUrl &url, const QString &kind, const FoundMembership &membership, Pick pick)
{
    QNetworkAccessManager nam;
    const auto backend = backendFor(&nam, url, kind);
    MembershipFilter f;
    f.registrantId = RecordRef(membership.registrantId, membership.registrantKey);
    auto job = wait(backend->memberships(f, 100, 0));
    if (!job->succeeded())
        return std::nullopt;
    for (const ProgramMembership &m : job->result().items)
        if (pick(m))
            return m.state;
    return std::nullopt;
}

} // namespace

std::optional<MembershipState> membershipStateNow(
    const QUrl &url, const QString &kind, const FoundMembership &membership)
{
    return stateOf(url, kind, membership, [&](const ProgramMembership &m) { return m.id == membership.id; });
}

std::optional<MembershipState> stateIn(
    const QUrl &url, const QString &kind, const FoundMembership &membership, const QString &programName)
{
    return stateOf(
        url, kind, membership, [&](const ProgramMembership &m) { return m.programName == programName; });
}

} // namespace g2p::test
