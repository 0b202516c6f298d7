#include "membershipimport.h"

#include "cachemapping.h"

#include "backgroundtask.h"
#include "membershiprules.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

namespace g2p {

namespace {
constexpr int kWindow = 6;

QString cell(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row[column].trimmed() : QString();
}
} // namespace

MembershipImport::MembershipImport(RegistryBackend *backend, MembershipGridModel *grid, QObject *parent)
    : QObject(parent), m_client(backend), m_grid(grid)
{ }

MembershipImport::~MembershipImport()
{
    // A 100,000-line import holds its lines and every registrant it read: freeing them kept the
    // window still for 100-150 ms when the finished import was deleted (ui_stall). They are freed
    // on a pool thread (the strings they share with the grid's rows count their users atomically).
    if (m_lines.size() + m_registrants.size() < kFreeHereBelow)
        return;
    freeInBackground(std::move(m_lines), std::move(m_registrants), std::move(m_taken), std::move(m_keys),
        std::move(m_queue));
}

QString MembershipImport::idKey(const QString &idType, const QString &value)
{
    return idType.trimmed().toCaseFolded() + QChar(0x1f) + value.trimmed();
}

QList<ImportLine> MembershipImport::readLines(const TableText &table,
    const ImportMapping &m,
    const QString &defaultProgram,
    QList<ImportProblem> *problems)
{
    QList<ImportLine> out;
    if (table.rows.size() < 2) {
        problems->append({table.lines.value(0, 1), QString(),
            table.rows.isEmpty() ? tr("The file is empty.") : tr("The file has a header but no rows.")});
        return out;
    }
    out.reserve(table.rows.size() - 1);
    const QStringList headers = table.rows.first();
    QHash<QString, int> seen; // registrant + program → line
    for (int i = 1; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows[i];
        const int line = table.lines.value(i, i + 1);
        bool blank = true;
        for (const QString &c : row)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        if (row.size() > headers.size()) {
            bool extra = false;
            for (int c = int(headers.size()); c < row.size(); ++c)
                extra = extra || !row[c].trimmed().isEmpty();
            if (extra) {
                problems->append({line, QString(),
                    tr("The row has %1 cells but the header only %2: check for a stray separator or an "
                       "unquoted comma.")
                        .arg(row.size())
                        .arg(headers.size())});
                continue;
            }
        }
        ImportLine l;
        l.line = line;
        const QString idText = cell(row, m.columnOf(ImportField::RegistrantId));
        l.idType = cell(row, m.columnOf(ImportField::IdType));
        l.idValue = cell(row, m.columnOf(ImportField::IdValue));
        l.name = cell(row, m.columnOf(ImportField::RegistrantName));
        l.program = cell(row, m.columnOf(ImportField::Program));
        if (l.program.isEmpty())
            l.program = defaultProgram;
        l.state = cell(row, m.columnOf(ImportField::State));
        l.enrollmentDate = cell(row, m.columnOf(ImportField::EnrollmentDate));
        l.exitDate = cell(row, m.columnOf(ImportField::ExitDate));
        l.exitReason = cell(row, m.columnOf(ImportField::ExitReason));
        if (!idText.isEmpty()) {
            bool ok = false;
            l.registrantId = idText.toLongLong(&ok);
            if (!ok || l.registrantId <= 0) {
                problems->append({line, importFieldLabel(ImportField::RegistrantId),
                    tr("“%1” is not a registrant ID (a whole number above 0).").arg(idText)});
                continue;
            }
        } else if (l.idType.isEmpty() || l.idValue.isEmpty()) {
            problems->append({line, importFieldLabel(ImportField::RegistrantId),
                tr("No registrant: the row needs a registrant ID, or an ID type and number.")});
            continue;
        }
        if (l.program.isEmpty()) {
            problems->append({line, importFieldLabel(ImportField::Program), tr("No program given.")});
            continue;
        }
        const QString key = (l.registrantId ? QString::number(l.registrantId) : idKey(l.idType, l.idValue))
            + QChar(0x1e) + l.program.toCaseFolded();
        if (seen.contains(key)) {
            problems->append({line, QString(),
                tr("Duplicate of line %1 (same registrant and program); only the first is imported.")
                    .arg(seen.value(key))});
            continue;
        }
        seen.insert(key, line);
        out.append(l);
    }
    return out;
}

void MembershipImport::start(const QList<ImportLine> &lines)
{
    QList<QPair<QString, QString>> byNumber;
    for (const ImportLine &l : lines)
        if (!l.registrantId && !l.idType.isEmpty() && !l.idValue.isEmpty()
            && !m_known.contains(idKey(l.idType, l.idValue)))
            byNumber.append({l.idType, l.idValue});
    if (byNumber.isEmpty()) {
        startWith(lines);
        return;
    }
    m_running = true;
    m_cancelled = false;
    if (!m_localCopy) {
        askServer(lines, byNumber);
        return;
    }
    m_localCopy->run(
        this,
        [byNumber](StoreHandles &h) {
            // Each registrant found, with the backend's own key where it has one (recordkey.h).
            QList<RecordRef> out;
            if (!h.cacheOk)
                return out;
            for (qint64 id : h.cache.findByIdNumbers(byNumber)) {
                RecordRef ref(id);
                if (id < 0) // an id derived from a key: the key is kept with the cached record
                    if (const auto row = h.cache.get(id))
                        ref.key = row->isGroup ? groupFrom(*row).value_or(Group()).key
                                               : individualFrom(*row).value_or(Individual()).key;
                out << ref;
            }
            return out;
        },
        [this, lines, byNumber](const QList<RecordRef> &found) {
            if (m_cancelled)
                return;
            QList<QPair<QString, QString>> missing;
            for (int i = 0; i < found.size(); ++i) {
                if (found[i].id) {
                    m_known.insert(idKey(byNumber[i].first, byNumber[i].second), found[i].id);
                    if (!found[i].key.isEmpty())
                        m_keys.insert(found[i].id, found[i].key);
                } else {
                    missing << byNumber[i];
                }
            }
            askServer(lines, missing);
        });
}

void MembershipImport::askServer(const QList<ImportLine> &lines, QList<QPair<QString, QString>> missing)
{
    if (m_cancelled || missing.isEmpty() || !m_client->capabilities().searchByIdNumber
        || m_askedServer.size() >= kServerLookups) {
        startWith(lines);
        return;
    }
    const auto [type, value] = missing.takeFirst();
    const QString key = idKey(type, value);
    if (m_known.contains(key) || m_askedServer.contains(key)) { // the same number on two lines
        askServer(lines, missing);
        return;
    }
    m_askedServer.insert(key);
    Q_EMIT progress(0, int(missing.size()) + 1); // numbers still to look up, before memberships are read
    RegistrantQuery q;
    q.idNumber = value;
    q.idType = type;
    // Only a registrant holding this number under this ID type counts (a server may match the number
    // in any type); individuals first, then households.
    const auto take = [this, type, value, key](const RegistrantCommon &r) {
        for (const RegistrantId &id : r.regIds)
            if (id.value.trimmed() == value.trimmed() && sameIdType(id.idType, type)) {
                m_known.insert(key, r.id);
                if (!r.key.isEmpty())
                    m_keys.insert(r.id, r.key);
                return true;
            }
        return false;
    };
    auto *people = m_client->findIndividuals(q);
    m_jobs.append(people);
    connect(people, &PendingCall::finished, this, [this, people, lines, missing, q, key, take] {
        if (!people->succeeded()) {
            m_lookupErrors.insert(key, people->error().toString());
            askServer(lines, missing);
            return;
        }
        for (const Individual &i : people->result())
            if (take(i)) {
                askServer(lines, missing);
                return;
            }
        auto *groups = m_client->findGroups(q);
        m_jobs.append(groups);
        connect(groups, &PendingCall::finished, this, [this, groups, lines, missing, key, take] {
            if (!groups->succeeded())
                m_lookupErrors.insert(key, groups->error().toString());
            else
                for (const Group &g : groups->result())
                    if (take(g))
                        break;
            askServer(lines, missing);
        });
    });
}

void MembershipImport::startWith(const QList<ImportLine> &lines)
{
    m_lines = lines;
    m_running = true;
    m_cancelled = false;
    QSet<qint64> ids;
    // Read in place: only a line named by ID number is written to (100,000 lines copied for nothing
    // kept the window still otherwise, the list being shared with the caller's).
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        qint64 id = std::as_const(m_lines)[i].registrantId;
        if (!id) {
            const ImportLine &l = std::as_const(m_lines)[i];
            const auto known = m_known.constFind(idKey(l.idType, l.idValue));
            if (known != m_known.cend())
                m_lines[i].registrantId = id = *known;
        }
        if (id && !ids.contains(id)) {
            ids.insert(id);
            m_queue.append(id);
        }
    }
    Q_EMIT progress(0, int(m_queue.size()));
    if (m_queue.isEmpty())
        fill();
    else
        pump();
}

void MembershipImport::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_stopFilling = m_filling;
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->abort();
    // With nothing on its way no answer will come to finish the import: finish it here (queued,
    // so a caller reacting to progress() is not re-entered).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_running && m_inFlight == 0)
                fill();
        },
        Qt::QueuedConnection);
}

void MembershipImport::pump()
{
    while (!m_cancelled && m_inFlight < kWindow && m_next < m_queue.size())
        lookUp(m_queue[m_next++]);
}

void MembershipImport::lookUp(qint64 id)
{
    ++m_inFlight;
    MembershipFilter f;
    f.registrantId = RecordRef(id, m_keys.value(id));
    auto *job = m_client->memberships(f, 1000, 0);
    keepJob(job);
    connect(job, &PendingCall::finished, this, [this, job, id] {
        Registrant &r = m_registrants[id];
        if (!job->succeeded()) {
            r.known = true;
            r.error = job->error().toString();
            resolved(id);
            return;
        }
        r.memberships = job->result().items;
        if (!r.memberships.isEmpty() && r.memberships.first().registrantIsGroup.has_value()) {
            const ProgramMembership &m = r.memberships.first();
            r.known = r.exists = true;
            r.isGroup = *m.registrantIsGroup;
            r.name = m.registrantName;
            resolved(id);
            return;
        }
        lookUpKind(id, false); // no membership says what it is: ask the registry
    });
}

void MembershipImport::lookUpKind(qint64 id, bool group)
{
    PendingCall *job = nullptr;
    if (group) {
        auto *g = m_client->group(RecordRef(id, m_keys.value(id)));
        connect(g, &PendingCall::finished, this, [this, g, id] {
            Registrant &r = m_registrants[id];
            r.known = true;
            if (g->succeeded()) {
                r.exists = r.isGroup = true;
                r.name = g->result().name;
            } else if (g->error().kind() != ApiError::Kind::NotFound
                && g->error().kind() != ApiError::Kind::BadRequest) {
                r.error = g->error().toString();
            }
            resolved(id);
        });
        job = g;
    } else {
        auto *i = m_client->individual(RecordRef(id, m_keys.value(id)));
        connect(i, &PendingCall::finished, this, [this, i, id] {
            Registrant &r = m_registrants[id];
            if (i->succeeded()) {
                r.known = r.exists = true;
                r.name = i->result().name;
                resolved(id);
            } else if (i->error().kind() == ApiError::Kind::NotFound
                || i->error().kind() == ApiError::Kind::BadRequest) {
                lookUpKind(id, true);
            } else {
                r.known = true;
                r.error = i->error().toString();
                resolved(id);
            }
        });
        job = i;
    }
    keepJob(job);
}

// Only calls still on their way are kept (for cancel()): a finished call deletes itself, and
// 100,000 lines' guards for calls long gone took the window ~30 ms to free when the import ended.
void MembershipImport::keepJob(PendingCall *job)
{
    if (m_jobs.size() >= 64)
        m_jobs.removeIf([](const QPointer<PendingCall> &j) { return j.isNull(); });
    m_jobs.append(job);
}

void MembershipImport::resolved(qint64)
{
    --m_inFlight;
    ++m_resolved;
    Q_EMIT progress(m_resolved, int(m_queue.size()));
    if (m_cancelled && m_inFlight == 0) {
        fill();
        return;
    }
    if (m_resolved == m_queue.size())
        fill();
    else
        pump();
}

void MembershipImport::fill()
{
    if (!m_running || m_filling)
        return; // finished or filling already (a cancel and the last answer both got here)
    m_filling = true;
    m_stopFilling = false;
    m_fillAt = 0;
    m_taken.clear();
    m_taken.reserve(m_lines.size());
    m_grid->holdIssues(true);
    m_grid->reserveRows(m_grid->rowCount() + int(m_lines.size()));
    fillSome();
}

// A slice of the lines per turn of the event loop, their new rows inserted at once: the window
// stays live while 100,000 lines become rows.
void MembershipImport::fillSome()
{
    using G = MembershipGridModel;
    struct Cells
    {
        int row, line;
        QList<QPair<int, QString>> cells;
    };
    QList<G::NewRow> newRows;
    QList<Cells> cellsOf; // in line order: rows already in the grid, then the new ones once inserted
    // Lines until a few milliseconds have passed (checked every kFillSlice lines): a fixed 2,000
    // lines took 10 ms or 60 (a machine busy with the lookups' answers, a hash growing).
    QElapsedTimer turn;
    turn.start();
    int end = int(qMin(m_lines.size(), qsizetype(m_fillAt + kFillSlice)));
    for (; m_fillAt < end; ++m_fillAt) {
        if (m_fillAt + 1 == end && turn.nsecsElapsed() < kFillTurnNs)
            end = int(qMin(m_lines.size(), qsizetype(end + kFillSlice)));
        const ImportLine &l = m_lines[m_fillAt];
        if (m_stopFilling) { // cancelled while the lines became rows
            m_problems.append({l.line, QString(), tr("Not imported: the import was cancelled.")});
            continue;
        }
        if (!l.registrantId) {
            const QString key = idKey(l.idType, l.idValue);
            QString why;
            if (m_lookupErrors.contains(key))
                why = tr("%1 “%2” could not be looked up in the registry: %3")
                          .arg(l.idType, l.idValue, m_lookupErrors.value(key));
            else if (m_askedServer.contains(key))
                why = tr("The registry has no registrant with %1 “%2”: check the ID type and number.")
                          .arg(l.idType, l.idValue);
            else if (m_client->capabilities().searchByIdNumber)
                why = tr("No registrant with %1 “%2” is in the local copy, and only the first %3 numbers "
                         "missing from it are looked up in the registry: refresh the local copy (F5) and "
                         "import again.")
                          .arg(l.idType, l.idValue)
                          .arg(kServerLookups);
            else
                why = tr(
                    "No registrant with %1 “%2” is in the local copy, and the registry API cannot look a "
                    "registrant up by ID number: refresh the local copy (F5) or give the registrant ID.")
                          .arg(l.idType, l.idValue);
            m_problems.append({l.line, importFieldLabel(ImportField::IdValue), why});
            continue;
        }
        const Registrant r = m_registrants.value(l.registrantId);
        if (!r.known) {
            m_problems.append({l.line, QString(), tr("Not imported: the import was cancelled.")});
            continue;
        }
        if (!r.error.isEmpty()) {
            m_problems.append({l.line, importFieldLabel(ImportField::RegistrantId),
                tr("Registrant %1 could not be read: %2").arg(l.registrantId).arg(r.error)});
            continue;
        }
        if (!r.exists) {
            m_problems.append({l.line, importFieldLabel(ImportField::RegistrantId),
                tr("The registry has no registrant with ID %1.").arg(l.registrantId)});
            continue;
        }
        // The program: by name or id among the server's programs.
        const Program *program = nullptr;
        bool numeric = false;
        const qint64 pid = l.program.toLongLong(&numeric);
        for (const Program &p : m_grid->programs())
            if ((numeric && p.id == pid) || (!numeric && p.name.compare(l.program, Qt::CaseInsensitive) == 0))
                program = &p;
        const QPair<qint64, QString> key {
            l.registrantId, program ? QString::number(program->id) : l.program.toCaseFolded()};
        if (m_taken.contains(key)) {
            m_problems.append({l.line, QString(),
                tr("Duplicate of line %1 (same registrant and program); only the first is imported.")
                    .arg(m_taken.value(key))});
            continue;
        }
        m_taken.insert(key, l.line);
        const ProgramMembership *existing = nullptr;
        if (program)
            for (const ProgramMembership &m : r.memberships)
                if (m.programId == program->id)
                    existing = &m;
        if (!existing && program) {
            // Only an enrolment (or a draft) can create a membership. A line asking to exit, pause
            // or otherwise change a membership the registrant does not have is an error naming the
            // line: it never becomes another operation.
            const auto asked = l.state.trimmed().isEmpty() ? std::optional<MembershipState>()
                                                           : m_grid->stateByText(l.state);
            const bool creates = !asked || MembershipRules::targetsFrom(std::nullopt).contains(*asked);
            if (!creates || !l.exitDate.trimmed().isEmpty() || !l.exitReason.trimmed().isEmpty()) {
                m_problems.append({l.line, QString(),
                    tr("Registrant %1 has no membership in %2, so it cannot be %3; nothing was loaded for "
                       "this line. Enrol the registrant first, or remove the line.")
                        .arg(l.registrantId)
                        .arg(program->name)
                        .arg(asked ? MembershipGridModel::stateText(*asked).toLower() : tr("exited"))});
                continue;
            }
        }
        // One row per membership: a row the grid already holds for it (loaded members, an earlier
        // import) takes the file's cells; otherwise a new row.
        // (Lines of this slice are of other memberships than the rows it adds: duplicates were
        // dropped above, so the grid's index need not know the new rows yet.)
        int row = program ? m_grid->rowFor(l.registrantId, program->id) : -1;
        if (row < 0) {
            row = m_grid->rowCount() + int(newRows.size());
            newRows.append(
                {l.registrantId, r.name, r.isGroup, program ? program->id : 0, m_keys.value(l.registrantId),
                    existing ? std::optional<ProgramMembership>(*existing) : std::nullopt});
        } else {
            ++m_merged;
        }
        ++m_imported;
        // An empty cell never blanks a value read from the server: only cells with text are set.
        QList<QPair<int, QString>> cells {{G::State, l.state}, {G::EnrollmentDate, l.enrollmentDate},
            {G::ExitDate, l.exitDate}, {G::ExitReason, l.exitReason}};
        if (!program)
            cells.prepend({G::ProgramName, l.program});
        cellsOf.append({row, l.line, cells});
    }
    m_grid->appendRows(std::move(newRows));
    for (const Cells &c : std::as_const(cellsOf))
        m_grid->setFromFile(c.row, c.line, c.cells);
    if (m_fillAt < m_lines.size()) {
        Q_EMIT progress(m_fillAt, int(m_lines.size()));
        QTimer::singleShot(0, this, &MembershipImport::fillSome);
        return;
    }
    m_grid->undoStack()->clear(); // an import is undone by clearing the grid, not cell by cell
    m_grid->holdIssues(false);
    m_filling = false;
    m_running = false;
    Q_EMIT finished();
}

QList<ImportProblem> MembershipImport::problems() const
{
    QList<ImportProblem> out = m_problems;
    for (const GridIssue &i : m_grid->issues())
        if (const int line = m_grid->sourceLine(i.row))
            out.append({line, m_grid->headerData(i.column, Qt::Horizontal).toString(), i.message});
    std::sort(out.begin(), out.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return out;
}

} // namespace g2p
