// The status area: what ran, what is running (with progress and Cancel), and what went wrong.
#pragma once

#include "commandrunner.h"
#include "registrysession.h"

#include <QPointer>
#include <QWidget>

class QListView;
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

private:
    void showProgress(Command *command, int done, int total);

    QListView *m_list;
    // Progress is drawn at most every 50 ms: 10,000 rows sent report 10,000 steps, often many in
    // one turn of the event loop.
    QTimer *m_progressDue;
    QPointer<Command> m_progressOf;
    int m_done = 0, m_total = 0;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace g2p
