#include "fakebackend.h"

#include <QTimer>

namespace g2p::test {

BackendCapabilities fullCapabilities()
{
    BackendCapabilities c;
    c.programs = c.stateChanges = c.serverHistory = c.optimisticLocking = true;
    c.batchEnrolment = true;
    c.batchSize = 1000;
    c.maxPageSize = 1000;
    c.exitReasonsKept = true;
    return c;
}

Timestamp FakeRegistry::tick()
{
    ++clock;
    return Timestamp::fromUtcMicros((qint64(1767225600) + clock) * 1000000); // 2026-01-01 + clock s
}

Individual &FakeRegistry::addIndividual(const QString &name, qint64 id)
{
    Individual i;
    i.id = id ? id : nextId++;
    i.name = name;
    i.writeDate = tick();
    return individuals[i.id] = i;
}

Group &FakeRegistry::addGroup(const QString &name, const QList<qint64> &memberIds, qint64 id)
{
    Group g;
    g.id = id ? id : nextId++;
    g.name = name;
    g.isGroup = true;
    g.writeDate = tick();
    for (qint64 m : memberIds) {
        GroupMember gm;
        gm.id = nextId++;
        gm.individual = individuals.value(m);
        g.members << gm;
    }
    return groups[g.id] = g;
}

Program &FakeRegistry::addProgram(const QString &name, TargetType target, qint64 id)
{
    Program p;
    p.id = id ? id : nextId++;
    p.name = name;
    p.targetType = target;
    return programs[p.id] = p;
}

ProgramMembership &FakeRegistry::addMembership(qint64 registrantId, qint64 programId, MembershipState state)
{
    ProgramMembership m;
    m.id = nextId++;
    m.registrantId = registrantId;
    m.registrantName = individuals.contains(registrantId) ? individuals[registrantId].name
                                                          : groups.value(registrantId).name;
    m.registrantIsGroup = groups.contains(registrantId);
    m.programId = programId;
    m.programName = programs.value(programId).name;
    m.state = state;
    m.writeDate = tick();
    return memberships[m.id] = m;
}

FakeBackend::FakeBackend(FakeRegistry *data, QUrl address, QObject *parent)
    : RegistryBackend(parent), m_data(data), m_address(std::move(address)), m_caps(fullCapabilities())
{ }

std::unique_ptr<RegistryBackend> FakeSessionFactory::makeBackend(
    QNetworkAccessManager *, ClientConfig config) const
{
    auto backend = std::make_unique<FakeBackend>(m_data, config.baseUrl);
    backend->setCapabilities(capabilities);
    m_last = backend.get();
    return backend;
}

ApiError FakeBackend::injectedFault()
{
    ApiError::Kind kind = m_failure;
    if (kind == ApiError::Kind::None && m_failNext > 0) {
        --m_failNext;
        kind = m_failNextKind;
    }
    if (kind == ApiError::Kind::None)
        return ApiError();
    return ApiError(kind, QStringLiteral("injected fault"));
}

QString FakeBackend::keyFor(RecordKind kind, qint64 number)
{
    static const char *names[] = {"registrant", "program", "membership"};
    return QStringLiteral("%1:%2").arg(QLatin1String(names[int(kind)])).arg(number);
}

qint64 FakeBackend::resolve(RecordKind kind, const RecordRef &ref) const
{
    if (!m_data->ownKeys)
        return ref.id;
    const QString prefix = keyFor(kind, 0).chopped(1);
    if (!ref.key.startsWith(prefix))
        return 0; // addressed by an id alone: this registry does not know it
    const qint64 number = ref.key.mid(prefix.size()).toLongLong();
    return localIdOf(kind, ref.key) == ref.id ? number : 0;
}

Individual FakeBackend::shown(Individual i) const
{
    if (m_data->ownKeys) {
        i.key = keyFor(RecordKind::Registrant, i.id);
        i.id = localIdOf(RecordKind::Registrant, i.key);
    }
    return i;
}

Group FakeBackend::shown(Group g) const
{
    if (m_data->ownKeys) {
        g.key = keyFor(RecordKind::Registrant, g.id);
        g.id = localIdOf(RecordKind::Registrant, g.key);
        for (GroupMember &m : g.members)
            m.individual = shown(m.individual);
    }
    return g;
}

Program FakeBackend::shown(Program p) const
{
    if (m_data->ownKeys) {
        p.key = keyFor(RecordKind::Program, p.id);
        p.id = localIdOf(RecordKind::Program, p.key);
    }
    return p;
}

ProgramMembership FakeBackend::shown(ProgramMembership m) const
{
    if (m_data->ownKeys) {
        m.key = keyFor(RecordKind::Membership, m.id);
        m.id = localIdOf(RecordKind::Membership, m.key);
        m.registrantKey = keyFor(RecordKind::Registrant, m.registrantId);
        m.registrantId = localIdOf(RecordKind::Registrant, m.registrantKey);
        m.programKey = keyFor(RecordKind::Program, m.programId);
        m.programId = localIdOf(RecordKind::Program, m.programKey);
    }
    return m;
}

template<class T>
Call<T> *FakeBackend::answer(const QString &operation, std::function<ApiError(T &)> compute)
{
    ++m_calls[operation];
    auto *call = new Call<T>(this);
    const ApiError fault = injectedFault();
    QTimer::singleShot(m_delayMs, call, [call, fault, compute] {
        if (!fault.isNull()) {
            call->finish(fault);
            return;
        }
        T value {};
        const ApiError e = compute(value);
        if (e.isNull())
            call->setResult(std::move(value));
        call->finish(e);
    });
    return call;
}

namespace {

ApiError notFound(const QString &what)
{
    return ApiError(ApiError::Kind::NotFound, QStringLiteral("%1 not found").arg(what));
}

template<class R>
bool matches(const R &r, const RegistrantQuery &q)
{
    if (q.id && r.id != *q.id) // `r` as shown
        return false;
    if (!q.name.isNull() && !r.name.contains(q.name)) // case-sensitive, as the REST contract
        return false;
    if (!q.idNumber.isEmpty() && std::none_of(r.regIds.begin(), r.regIds.end(), [&](const RegistrantId &i) {
            return i.value == q.idNumber;
        }))
        return false;
    return true;
}

template<class R>
ChangedPage<R> changedPage(const QMap<qint64, R> &all, const ChangesQuery &q, int pageSize)
{
    // The cursor is the last id given: registrants in id order (enough for a fake).
    const qint64 after = q.cursor.toLongLong();
    ChangedPage<R> page;
    const int limit = qMin(pageSize, q.limit);
    for (auto it = all.upperBound(after); it != all.end(); ++it) {
        if (page.items.size() == limit) {
            page.complete = false;
            break;
        }
        page.items << it.value();
        page.cursor = QString::number(it.key());
    }
    return page;
}

} // namespace

Call<BackendCapabilities> *FakeBackend::signIn()
{
    return answer<BackendCapabilities>(QStringLiteral("signIn"), [this](BackendCapabilities &c) {
        c = m_caps;
        return ApiError();
    });
}

PendingCall *FakeBackend::signOut()
{
    auto *call = new PendingCall(this);
    call->finishLater();
    return call;
}

Call<QList<Individual>> *FakeBackend::findIndividuals(const RegistrantQuery &query)
{
    return answer<QList<Individual>>(
        QStringLiteral("findIndividuals"), [this, query](QList<Individual> &out) {
            for (const Individual &i : std::as_const(m_data->individuals))
                if (matches(shown(i), query))
                    out << shown(i);
            return ApiError();
        });
}

Call<QList<Group>> *FakeBackend::findGroups(const RegistrantQuery &query)
{
    return answer<QList<Group>>(QStringLiteral("findGroups"), [this, query](QList<Group> &out) {
        for (const Group &g : std::as_const(m_data->groups))
            if (matches(shown(g), query))
                out << shown(g);
        return ApiError();
    });
}

Call<Individual> *FakeBackend::individual(const RecordRef &registrant)
{
    return answer<Individual>(QStringLiteral("individual"), [this, registrant](Individual &out) {
        const qint64 id = resolve(RecordKind::Registrant, registrant);
        if (!m_data->individuals.contains(id))
            return notFound(QStringLiteral("individual %1").arg(registrant.wireKey()));
        out = shown(m_data->individuals.value(id));
        return ApiError();
    });
}

Call<Group> *FakeBackend::group(const RecordRef &registrant)
{
    return answer<Group>(QStringLiteral("group"), [this, registrant](Group &out) {
        const qint64 id = resolve(RecordKind::Registrant, registrant);
        if (!m_data->groups.contains(id))
            return notFound(QStringLiteral("group %1").arg(registrant.wireKey()));
        out = shown(m_data->groups.value(id));
        return ApiError();
    });
}

Call<ChangedPage<Individual>> *FakeBackend::changedIndividuals(const ChangesQuery &query)
{
    return answer<ChangedPage<Individual>>(
        QStringLiteral("changedIndividuals"), [this, query](ChangedPage<Individual> &out) {
            out = changedPage(m_data->individuals, query, m_changePage);
            for (Individual &i : out.items)
                i = shown(i);
            return ApiError();
        });
}

Call<ChangedPage<Group>> *FakeBackend::changedGroups(const ChangesQuery &query)
{
    return answer<ChangedPage<Group>>(
        QStringLiteral("changedGroups"), [this, query](ChangedPage<Group> &out) {
            out = changedPage(m_data->groups, query, m_changePage);
            for (Group &g : out.items)
                g = shown(g);
            return ApiError();
        });
}

Call<Individual> *FakeBackend::createIndividual(const IndividualInput &input)
{
    return answer<Individual>(QStringLiteral("createIndividual"), [this, input](Individual &out) {
        if (input.name.trimmed().isEmpty())
            return ApiError(ApiError::Kind::Validation, QStringLiteral("name: field required"));
        out = shown(m_data->addIndividual(input.name));
        return ApiError();
    });
}

Call<Group> *FakeBackend::createGroup(const GroupInput &input)
{
    return answer<Group>(QStringLiteral("createGroup"), [this, input](Group &out) {
        if (input.name.trimmed().isEmpty())
            return ApiError(ApiError::Kind::Validation, QStringLiteral("name: field required"));
        out = shown(m_data->addGroup(input.name, {}));
        return ApiError();
    });
}

Call<Page<Program>> *FakeBackend::programs(const ProgramFilter &filter, int limit, int offset)
{
    return answer<Page<Program>>(
        QStringLiteral("programs"), [this, filter, limit, offset](Page<Program> &out) {
            QList<Program> all;
            for (const Program &p : std::as_const(m_data->programs))
                if ((!filter.id || shown(p).id == *filter.id) && (filter.includeArchived || p.active))
                    all << shown(p);
            out.items = all.mid(offset, limit);
            out.total = all.size();
            out.limit = limit;
            out.offset = offset;
            return ApiError();
        });
}

Call<Program> *FakeBackend::program(const RecordRef &program)
{
    return answer<Program>(QStringLiteral("program"), [this, program](Program &out) {
        const qint64 id = resolve(RecordKind::Program, program);
        if (!m_data->programs.contains(id))
            return notFound(QStringLiteral("program %1").arg(program.wireKey()));
        out = shown(m_data->programs.value(id));
        return ApiError();
    });
}

Call<Page<ProgramMembership>> *FakeBackend::memberships(const MembershipFilter &filter, int limit, int offset)
{
    return answer<Page<ProgramMembership>>(
        QStringLiteral("memberships"), [this, filter, limit, offset](Page<ProgramMembership> &out) {
            QList<ProgramMembership> all;
            const qint64 registrant
                = filter.registrantId ? resolve(RecordKind::Registrant, *filter.registrantId) : 0;
            const qint64 program = filter.programId ? resolve(RecordKind::Program, *filter.programId) : 0;
            for (const ProgramMembership &m : std::as_const(m_data->memberships))
                if ((!filter.registrantId || m.registrantId == registrant)
                    && (!filter.programId || m.programId == program)
                    && (!filter.state || m.state == *filter.state))
                    all << shown(m);
            out.items = all.mid(offset, limit);
            out.total = all.size();
            out.limit = limit;
            out.offset = offset;
            return ApiError();
        });
}

Call<ProgramMembership> *FakeBackend::membership(const RecordRef &membership)
{
    return answer<ProgramMembership>(
        QStringLiteral("membership"), [this, membership](ProgramMembership &out) {
            const qint64 id = resolve(RecordKind::Membership, membership);
            if (!m_data->memberships.contains(id))
                return notFound(QStringLiteral("membership %1").arg(membership.wireKey()));
            out = shown(m_data->memberships.value(id));
            return ApiError();
        });
}

Call<ProgramMembership> *FakeBackend::changeMembership(
    const RecordRef &membership, const MembershipUpdate &update)
{
    return answer<ProgramMembership>(
        QStringLiteral("changeMembership"), [this, membership, update](ProgramMembership &out) {
            const qint64 id = resolve(RecordKind::Membership, membership);
            if (!m_data->memberships.contains(id))
                return notFound(QStringLiteral("membership %1").arg(membership.wireKey()));
            ProgramMembership &m = m_data->memberships[id];
            if (m_caps.optimisticLocking && !update.writeDate.isNull() && update.writeDate != m.writeDate)
                return ApiError(ApiError::Kind::Conflict, QStringLiteral("changed by someone else"));
            HistoryEntry h;
            h.id = m_data->nextId++;
            h.membershipId = id;
            h.fromState = m.state;
            if (update.state)
                m.state = *update.state;
            if (!update.enrollmentDate.isNull())
                m.enrollmentDate = Timestamp::fromDate(update.enrollmentDate);
            if (!update.exitDate.isNull())
                m.exitDate = update.exitDate;
            if (!update.exitReason.isNull())
                m.exitReason = update.exitReason;
            m.writeDate = m_data->tick();
            h.toState = m.state;
            h.changedAt = m.writeDate;
            h.exitReason = m.exitReason;
            h.note = update.note;
            m_data->history[id].prepend(h);
            out = shown(m);
            return ApiError();
        });
}

Call<BatchEnrollResponse> *FakeBackend::enrol(const BatchEnrollRequest &request)
{
    return answer<BatchEnrollResponse>(QStringLiteral("enrol"), [this, request](BatchEnrollResponse &out) {
        const qint64 programId
            = resolve(RecordKind::Program, RecordRef(request.programId, request.programKey));
        if (!m_data->programs.contains(programId))
            return notFound(
                QStringLiteral("program %1").arg(RecordRef(request.programId, request.programKey).wireKey()));
        out.programId = request.programId;
        out.total = request.items.size();
        const MembershipState target = request.state.value_or(MembershipState::Enrolled);
        for (int i = 0; i < request.items.size(); ++i) {
            BatchItemResult r;
            r.index = i;
            r.registrantId = request.items[i].registrantId;
            const qint64 registrant = resolve(RecordKind::Registrant,
                RecordRef(request.items[i].registrantId, request.items[i].registrantKey));
            ProgramMembership *existing = nullptr;
            for (ProgramMembership &m : m_data->memberships)
                if (m.registrantId == registrant && m.programId == programId)
                    existing = &m;
            if (!m_data->individuals.contains(registrant) && !m_data->groups.contains(registrant)) {
                r.status = BatchItemStatus::Error;
                r.error.errorMessage = QStringLiteral("unknown registrant");
                ++out.failed;
            } else if (existing && existing->state == target) {
                r.status = BatchItemStatus::Unchanged;
                r.membership = shown(*existing);
                ++out.succeeded;
            } else if (existing) {
                existing->state = target;
                existing->writeDate = m_data->tick();
                r.status = BatchItemStatus::Updated;
                r.membership = shown(*existing);
                ++out.succeeded;
            } else {
                r.status = BatchItemStatus::Created;
                r.membership = shown(m_data->addMembership(registrant, programId, target));
                ++out.succeeded;
            }
            out.items << r;
        }
        return ApiError();
    });
}

Call<QList<HistoryEntry>> *FakeBackend::history(const RecordRef &membership)
{
    return answer<QList<HistoryEntry>>(
        QStringLiteral("history"), [this, membership](QList<HistoryEntry> &out) {
            const qint64 id = resolve(RecordKind::Membership, membership);
            if (!m_data->memberships.contains(id))
                return notFound(QStringLiteral("membership %1").arg(membership.wireKey()));
            out = m_data->history.value(id);
            for (HistoryEntry &e : out)
                e.membershipId = shown(m_data->memberships.value(id)).id;
            return ApiError();
        });
}

} // namespace g2p::test
