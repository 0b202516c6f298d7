// The status area: what ran, what is running (with progress and Cancel), and what went wrong.
#pragma once

#include "commandrunner.h"
#include "registrysession.h"

#include <QWidget>

class QListView;
class QProgressBar;
class QPushButton;

namespace g2p {

class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityPanel(RegistrySession *session, CommandRunner *runner, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }

private:
    QListView *m_list;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace g2p
