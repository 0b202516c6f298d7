#include "diagnostics.h"

#include "stallprobe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace g2p {

namespace {
// Watches paint events until the registrant list's viewport paints with rows in its model.
class FirstRowsWatch : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            // The registrant list (not the section list or a combo box's popup).
            auto *view = qobject_cast<QAbstractItemView *>(watched->parent());
            if (view && watched == view->viewport() && view->model()
                && view->model()->inherits("g2p::RegistrantTableModel") && view->model()->rowCount() > 0
                && view->isVisible()) {
                m_seen = true;
                // After this paint: the rows are on the screen when the line is read.
                QMetaObject::invokeMethod(
                    this,
                    [] {
                        std::printf("first_rows_painted\n");
                        std::fflush(stdout);
                    },
                    Qt::QueuedConnection);
            }
        }
        return false;
    }

private:
    bool m_seen = false;
};
} // namespace

void installDiagnostics(QApplication &app)
{
    if (qEnvironmentVariableIsSet("G2P_REPORT_FIRST_ROWS"))
        app.installEventFilter(new FirstRowsWatch(&app));
    const QString stallFile = qEnvironmentVariable("G2P_STALL_REPORT");
    if (!stallFile.isEmpty()) {
        auto *probe = new StallProbe(&app);
        probe->start();
        // Written every second (a process ended by a signal still leaves its figures) and on quit.
        const auto write = [probe, stallFile] {
            QFile out(stallFile);
            if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write(probe->toJson() + '\n');
        };
        auto *every = new QTimer(probe);
        QObject::connect(every, &QTimer::timeout, probe, write);
        every->start(1000);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, probe, write);
    }
}

} // namespace g2p
