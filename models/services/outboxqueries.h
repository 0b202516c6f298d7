// What the outbox holds, read on the store's thread for the Outbox page and the status bar.
#pragma once

#include "outbox.h"

#include <QObject>

namespace g2p {

class RegistrySession;

class OutboxQueries : public QObject
{
    Q_OBJECT
public:
    enum class Show
    {
        Open, // waiting, on the way, failed, in conflict
        Problems, // failed or in conflict
        Everything // the newest items, whatever their state
    };
    static constexpr int maxItems = 20000;

    explicit OutboxQueries(RegistrySession *session, QObject *parent = nullptr);

    // Emits listed().
    void list(Show show);
    // Emits counted(). Asked again while a count is on its way, it counts once more when that one
    // has answered: a grid's thousands of answers each asking cost the GUI thread one answer each.
    void count();

Q_SIGNALS:
    void listed(const QList<g2p::OutboxItem> &items);
    // `waiting`: pending or on the way; `problems`: failed or in conflict; both -1 when the outbox
    // cannot be opened.
    void counted(int waiting, int problems);

private:
    RegistrySession *m_session;
    bool m_counting = false;
    bool m_countAgain = false;
};

} // namespace g2p
