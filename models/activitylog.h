// The status area: every action the officer started, its progress and its outcome, readable later.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace g2p {

class ActivityLog : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Status
    {
        Running,
        Succeeded,
        PartlyFailed,
        Failed,
        Cancelled,
        Queued // written to the outbox; waits for the server to answer
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1,
        DetailRole,
        TitleRole
    };
    struct Entry
    {
        int id = 0;
        QDateTime started;
        QString title;
        Status status = Status::Running;
        int done = 0, total = 0;
        QString summary; // one line
        QString detail; // per-row problems, the server's words
    };

    explicit ActivityLog(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int start(const QString &title);
    void progress(int id, int done, int total);
    void finish(int id, Status status, const QString &summary, const QString &detail = QString());
    const Entry *entry(int id) const;
    int runningCount() const;
    // How a batch ended: cancelled with rows left unsent, failed (wholly or partly) or succeeded.
    static Status statusFor(bool cancelled, int succeeded, int failed, int notSent);
    static QString statusText(Status s);

Q_SIGNALS:
    void entryFinished(int id);

private:
    int rowOf(int id) const;
    QList<Entry> m_entries; // newest first
    int m_nextId = 1;
};

} // namespace g2p
