// The status area: what ran, what is running (with progress and Cancel), and what went wrong. It
// starts folded to one line (the newest); it unfolds on news an officer must see (something
// failed) or when asked (Show all, Ctrl+J).
#pragma once

#include "commandrunner.h"
#include "registrysession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QToolButton;
class QProgressBar;
class QPushButton;
class QTimer;

namespace g2p {

class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityPanel(RegistrySession *session, CommandRunner *runner, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void showProgress(Command *command, int done, int total);
    void showNewest();

    QListView *m_list;
    // Progress is drawn at most every 50 ms: 10,000 rows sent report 10,000 steps, often many in
    // one turn of the event loop.
    QTimer *m_progressDue;
    QTimer *m_newestDue; // the folded line and the failure count, redrawn at most every 50 ms
    QPointer<Command> m_progressOf;
    int m_done = 0, m_total = 0;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_newest; // folded: the newest line
    QToolButton *m_toggle;
    bool m_expanded = true; // until the constructor folds it
    int m_problemsSeen = 0; // failed lines already shown: a new one unfolds the panel
};

} // namespace g2p
