// A registrant's timeline across programs: every state change, newest first, filterable by program.
#pragma once

#include "records.h"

#include <QAbstractTableModel>

namespace g2p {

struct TimelineEntry
{
    HistoryEntry entry;
    qint64 programId = 0;
    QString programName;
    // Set for the local timeline: "This desktop — waiting in the outbox", "Seen on the server"…
    QString localSource;
    enum class Origin
    {
        Server,
        DesktopChange, // from the outbox
        DesktopConfirmed, // from the outbox, confirmed by the server
        Observed, // a state this desktop saw on the server
    };
    Origin origin = Origin::Server;
};

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Program,
        Change,
        Enrolled,
        ExitDate,
        Reason,
        Note,
        By,
        Source,
        ColumnCount
    };
    enum Role
    {
        ProgramIdRole = Qt::UserRole + 1 // the row's program (every column)
    };

    explicit HistoryModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<TimelineEntry> entries); // sorted here, newest first
    void setProgramFilter(std::optional<qint64> programId);
    const QList<TimelineEntry> &allEntries() const { return m_all; }
    static QString changeText(const HistoryEntry &e);
    static QString sourceText(HistorySource s);

private:
    void rebuild();
    QList<TimelineEntry> m_all;
    QList<int> m_shown;
    std::optional<qint64> m_program;
};

} // namespace g2p
