// Back / Forward through the places an officer has been: a section, and the registrant open in it.
// The window reports each place it shows; going back or forward asks it to show one again.
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace g2p {

struct Place
{
    int page = -1;
    qint64 registrant = 0; // 0: none open (or a section without registrants)
    bool operator==(const Place &o) const { return page == o.page && registrant == o.registrant; }
};

class NavigationHistory : public QObject
{
    Q_OBJECT
public:
    explicit NavigationHistory(QObject *parent = nullptr);
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    // The window now shows `place`; opening a registrant in a section where none was open makes that
    // place precise rather than adding one. Not recorded while paused: the window pauses while it
    // switches to a place it was sent to (the section shows its old registrant for a moment).
    void visit(const Place &place);
    void setPaused(bool paused) { m_paused = paused; }
    void back();
    void forward();
    Place current() const { return m_here; }

Q_SIGNALS:
    void go(const g2p::Place &place);

private:
    void travel(QList<Place> &from, QList<Place> &to);
    void update();

    static constexpr int kLimit = 100;
    QList<Place> m_back, m_forward;
    Place m_here;
    bool m_paused = false;
    QAction *m_backAction, *m_forwardAction;
};

} // namespace g2p
