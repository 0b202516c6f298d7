#include "navigationhistory.h"

#include <QAction>

namespace g2p {

NavigationHistory::NavigationHistory(QObject *parent) : QObject(parent)
{
    m_backAction = new QAction(tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("back"));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forwardAction = new QAction(tr("&Forward"), this);
    m_forwardAction->setObjectName(QStringLiteral("forward"));
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_backAction, &QAction::triggered, this, &NavigationHistory::back);
    connect(m_forwardAction, &QAction::triggered, this, &NavigationHistory::forward);
    update();
}

void NavigationHistory::visit(const Place &place)
{
    if (m_paused || place == m_here)
        return;
    // A registrant opened where none was: the same place, made precise.
    if (m_here.page == place.page && m_here.registrant == 0) {
        m_here = place;
        return;
    }
    if (m_here.page >= 0) {
        m_back.append(m_here);
        if (m_back.size() > kLimit)
            m_back.removeFirst();
    }
    m_forward.clear();
    m_here = place;
    update();
}

void NavigationHistory::travel(QList<Place> &from, QList<Place> &to)
{
    if (from.isEmpty())
        return;
    to.append(m_here);
    m_here = from.takeLast();
    update();
    Q_EMIT go(m_here);
}

void NavigationHistory::back()
{
    travel(m_back, m_forward);
}

void NavigationHistory::forward()
{
    travel(m_forward, m_back);
}

void NavigationHistory::update()
{
    m_backAction->setEnabled(!m_back.isEmpty());
    m_forwardAction->setEnabled(!m_forward.isEmpty());
}

} // namespace g2p
