#include "activitylog.h"

#include <QLocale>

namespace g2p {

ActivityLog::ActivityLog(QObject *parent) : QAbstractListModel(parent)
{ }

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString ActivityLog::statusText(Status s)
{
    switch (s) {
    case Status::Running:
        return tr("running");
    case Status::Succeeded:
        return tr("done");
    case Status::PartlyFailed:
        return tr("done with problems");
    case Status::Failed:
        return tr("failed");
    case Status::Cancelled:
        return tr("cancelled");
    case Status::Queued:
        return tr("queued in the outbox");
    }
    return QString();
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString line = QStringLiteral("%1  %2 — %3")
                           .arg(QLocale().toString(e.started.time(), QLocale::ShortFormat), e.title,
                               statusText(e.status));
        if (e.status == Status::Running && e.total > 0)
            line += QStringLiteral(" (%1/%2)").arg(e.done).arg(e.total);
        if (!e.summary.isEmpty())
            line += QStringLiteral(": ") + e.summary;
        return line;
    }
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? e.summary : e.detail;
    case StatusRole:
        return int(e.status);
    case DetailRole:
        return e.detail;
    case TitleRole:
        return e.title;
    default:
        return QVariant();
    }
}

int ActivityLog::start(const QString &title)
{
    Entry e;
    e.id = m_nextId++;
    e.started = QDateTime::currentDateTime();
    e.title = title;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(e);
    endInsertRows();
    return e.id;
}

int ActivityLog::rowOf(int id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

void ActivityLog::progress(int id, int done, int total)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].done = done;
    m_entries[row].total = total;
    Q_EMIT dataChanged(index(row), index(row));
}

void ActivityLog::finish(int id, Status status, const QString &summary, const QString &detail)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].status = status;
    m_entries[row].summary = summary;
    m_entries[row].detail = detail;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT entryFinished(id);
}

const ActivityLog::Entry *ActivityLog::entry(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries[row];
}

int ActivityLog::runningCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.status == Status::Running ? 1 : 0;
    return n;
}

ActivityLog::Status ActivityLog::statusFor(bool cancelled, int succeeded, int failed, int notSent)
{
    if (cancelled && notSent > 0)
        return Status::Cancelled;
    if (failed > 0)
        return succeeded > 0 ? Status::PartlyFailed : Status::Failed;
    return Status::Succeeded;
}

} // namespace g2p
