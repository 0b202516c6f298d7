// The outbox view: every change made from this desktop that the server has not confirmed —
// waiting, sent without an answer yet, failed (with the server's words) or in conflict (someone
// changed the membership since it was read: both versions side by side). Failed changes can be
// sent again or discarded; a conflict is settled by keeping mine (sent again over theirs) or
// taking theirs (mine is discarded).
#pragma once

#include "outboxmodel.h"
#include "outboxqueries.h"
#include "registrysession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace g2p {

class OutboxPage : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    // Enter or a double-click on a change: open its registrant (a group when its program targets
    // groups).
    void openRegistrant(qint64 id, bool isGroup);

public:
    explicit OutboxPage(RegistrySession *session, QWidget *parent = nullptr);
    OutboxModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *comparison() const { return m_compare; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *sendNowButton() const { return m_sendNow; }
    QLabel *summary() const { return m_summary; }
    // Reads the outbox again (soon, coalescing bursts of changes).
    void reload();

private:
    void reloadNow();
    void selectionChanged();
    bool confirmDiscard(const QList<qint64> &ids);
    QList<qint64> selectedIds(OutboxItem::State state) const;

    void showItems(const QList<OutboxItem> &items);

    RegistrySession *m_session;
    OutboxQueries m_queries;
    OutboxModel m_model;
    QComboBox *m_show;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_compareLabel;
    QTableWidget *m_compare;
    QPushButton *m_retry, *m_discard, *m_sendNow, *m_check;
    QSpinBox *m_keepDays;
    QTimer *m_reload;
};

} // namespace g2p
