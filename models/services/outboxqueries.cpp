#include "outboxqueries.h"

#include "registrysession.h"

namespace g2p {

OutboxQueries::OutboxQueries(RegistrySession *session, QObject *parent) : QObject(parent), m_session(session)
{ }

void OutboxQueries::list(Show show)
{
    m_session->store()->run(
        this,
        [show](StoreHandles &h) {
            using S = OutboxItem::State;
            if (!h.outboxOk)
                return QList<OutboxItem>();
            switch (show) {
            case Show::Problems:
                return h.outbox.itemsIn({S::Failed, S::Conflict}, maxItems);
            case Show::Everything: // the newest, for a long-lived outbox
                return h.outbox.itemsIn({}, maxItems);
            case Show::Open:
                break;
            }
            return h.outbox.itemsIn({S::Pending, S::Sending, S::Failed, S::Conflict}, maxItems);
        },
        [this](const QList<OutboxItem> &items) { Q_EMIT listed(items); });
}

void OutboxQueries::count()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    m_session->store()->run(
        this,
        [](StoreHandles &h) {
            if (!h.outboxOk)
                return std::pair<int, int>(-1, -1);
            return std::pair<int, int>(
                h.outbox.count(OutboxItem::State::Pending) + h.outbox.count(OutboxItem::State::Sending),
                h.outbox.count(OutboxItem::State::Failed) + h.outbox.count(OutboxItem::State::Conflict));
        },
        [this](std::pair<int, int> counts) {
            m_counting = false;
            if (m_countAgain) { // (what it counted is already out of date)
                m_countAgain = false;
                count();
                return;
            }
            Q_EMIT counted(counts.first, counts.second);
        });
}

} // namespace g2p
