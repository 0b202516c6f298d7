// The import engine shared by the desktop and g2p-desk-cli: a sheet read with its mapping becomes
// rows of the bulk-edit grid. Registrants are found by database id (their memberships read from
// the registry); ID type and number resolve through ids given to setKnownIds and the local copy,
// then, where the backend can search by ID number, through the registry (one number at a time, at
// most kServerLookups of them), else the row is reported. The grid's own rules
// then check every row, so a dry run is the same import without sending. Each problem names the
// sheet line and the field.
#pragma once

#include "importmapping.h"
#include "localstore.h"
#include "membershipgridmodel.h"
#include "registrybackend.h"
#include "tabletext.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace g2p {

struct ImportLine
{
    int line = 0; // in the file
    qint64 registrantId = 0;
    QString idType, idValue, name, program, state, enrollmentDate, exitDate, exitReason;
};

struct ImportProblem
{
    int line = 0;
    QString field;
    QString message;
};

class MembershipImport : public QObject
{
    Q_OBJECT
public:
    MembershipImport(RegistryBackend *backend, MembershipGridModel *grid, QObject *parent = nullptr);
    ~MembershipImport() override;

    // Local reading, no network: rows to import and the problems of the others (missing
    // registrant, ragged rows, duplicates). The first row of `table` is the header.
    // `defaultProgram` (name or id) is used where the sheet has no program column or cell.
    static QList<ImportLine> readLines(const TableText &table,
        const ImportMapping &mapping,
        const QString &defaultProgram,
        QList<ImportProblem> *problems);

    // Registration ids known from registrants already read (type and value → registrant id).
    void setKnownIds(const QHash<QString, qint64> &byTypeAndValue) { m_known = byTypeAndValue; }
    static QString idKey(const QString &idType, const QString &value);
    // Lines that name their registrant by ID type and number are looked up in this local copy before
    // the import starts (and in the registry, for those it lacks, where the backend can).
    void setLocalCopy(LocalStore *store) { m_localCopy = store; }

    // Puts the lines into the grid: onto the row it already holds for the same membership (merge),
    // else onto a new row. To replace, clear the grid first. Emits progress() and finished().
    void start(const QList<ImportLine> &lines);
    void cancel();
    bool isRunning() const { return m_running; }

    // Lines that did not become grid rows, and why (unknown registrant, duplicate, cancelled, ...).
    const QList<ImportProblem> &linesNotImported() const { return m_problems; }
    // Everything found wrong while importing and in the grid's rows, by line.
    QList<ImportProblem> problems() const;
    int lineOfRow(int gridRow) const { return m_grid->sourceLine(gridRow); }
    int importedRows() const { return m_imported; }
    // Lines that went onto a row the grid already held for the same membership.
    int mergedRows() const { return m_merged; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void startWith(const QList<ImportLine> &lines);
    // ID numbers the local copy did not know, asked of the server where it can find by ID number
    // (one search at a time, individuals then groups), then startWith().
    void askServer(const QList<ImportLine> &lines, QList<QPair<QString, QString>> missing);
    struct Registrant
    {
        bool known = false;
        bool exists = false;
        bool isGroup = false;
        QString name;
        QList<ProgramMembership> memberships;
        QString error;
    };
    void pump();
    void lookUp(qint64 id);
    void lookUpKind(qint64 id, bool group);
    void keepJob(PendingCall *job);
    void resolved(qint64 id);
    void fill();
    void fillSome();

    RegistryBackend *m_client;
    QPointer<LocalStore> m_localCopy;
    MembershipGridModel *m_grid;
    static constexpr int kServerLookups = 1000; // ID numbers asked of the registry, one request each
    QHash<QString, qint64> m_known;
    QSet<QString> m_askedServer; // idKey()s looked up in the registry
    QHash<QString, QString> m_lookupErrors; // idKey() → why the registry could not be asked
    QHash<qint64, QString> m_keys; // the backend's own keys of registrants found in the local copy
    QList<ImportLine> m_lines;
    QList<ImportProblem> m_problems;
    QHash<qint64, Registrant> m_registrants;
    QList<qint64> m_queue;
    QList<QPointer<PendingCall>> m_jobs; // on their way (see keepJob)
    int m_next = 0, m_inFlight = 0, m_resolved = 0, m_imported = 0, m_merged = 0;
    bool m_running = false, m_cancelled = false, m_filling = false, m_stopFilling = false;
    static constexpr int kFillSlice = 250; // lines made rows between looks at the clock
    static constexpr qint64 kFillTurnNs = 4'000'000; // then the rows made of them are added: ~10 ms a turn
    static constexpr qsizetype kFreeHereBelow = 10000; // lines and registrants freed where it ends
    int m_fillAt = 0;
    QHash<QPair<qint64, QString>, int> m_taken; // registrant and program → first line
};

} // namespace g2p
