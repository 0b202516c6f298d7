#include "workpool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace g2p {

QThreadPool *workPool()
{
    // Owned by the application object: its end waits for the tasks still running (as Qt's global
    // pool did), before the program's statics go.
    static QMutex guard;
    static QPointer<QThreadPool> pool;
    const QMutexLocker lock(&guard);
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("g2p-work"));
        pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
    return pool;
}

void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (!std::exchange(lowered, true))
        setpriority(PRIO_PROCESS, 0, 5); // 0: this thread only (Linux)
#endif
}

} // namespace g2p
