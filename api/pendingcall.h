// One operation of a registry backend in flight, whatever the backend speaks: the object a caller
// connects to. A backend creates it, starts the work and calls finish() exactly once; the caller
// reads error() and result() after finished(). Deleted (deleteLater) right after finished() unless
// setAutoDelete(false).
#pragma once

#include "apierror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace g2p {

class PendingCall : public QObject
{
    Q_OBJECT
public:
    explicit PendingCall(QObject *parent = nullptr) : QObject(parent) { }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isNull(); }
    const ApiError &error() const { return m_error; }
    void setAutoDelete(bool on) { m_autoDelete = on; }
    // What abort() stops (the request underneath); set by the backend.
    void setAbortHandler(std::function<void()> handler) { m_abort = std::move(handler); }

    // For backends: ends the call (once; later calls are ignored).
    void finish(const ApiError &error = {})
    {
        if (m_finished)
            return;
        m_finished = true;
        m_error = error;
        Q_EMIT finished();
        if (m_autoDelete)
            deleteLater();
    }
    // Ends the call from the event loop: a caller connects to finished() after the call returned.
    void finishLater(const ApiError &error = {})
    {
        QTimer::singleShot(0, this, [this, error] { finish(error); });
    }

public Q_SLOTS:
    // Stops the work; the call finishes with ApiError::Kind::Cancelled. A change already sent may
    // still have been applied by the server.
    void abort()
    {
        if (m_finished)
            return;
        if (m_abort)
            m_abort();
        finish(ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")));
    }

Q_SIGNALS:
    void finished();

private:
    std::function<void()> m_abort;
    ApiError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

template<class T>
class Call : public PendingCall
{
public:
    explicit Call(QObject *parent = nullptr) : PendingCall(parent) { }
    const T &result() const { return m_result; }
    T takeResult() { return std::move(m_result); }
    void setResult(T value) { m_result = std::move(value); }

private:
    T m_result {};
};

// Runs `inner` on behalf of `outer`: a failure ends `outer` (through `onFail` when given and it
// returns true), a success runs `next`; abort() of `outer` reaches `inner`.
template<class T, class U, class F>
inline void step(Call<T> *outer, Call<U> *inner, F next, std::function<bool(const ApiError &)> onFail = {})
{
    outer->setAbortHandler([p = QPointer<PendingCall>(inner)] {
        if (p)
            p->abort();
    });
    QObject::connect(inner, &PendingCall::finished, outer, [outer, inner, next, onFail] {
        if (outer->isFinished())
            return;
        if (!inner->succeeded()) {
            if (!onFail || !onFail(inner->error()))
                outer->finish(inner->error());
            return;
        }
        next(inner->result());
    });
}

} // namespace g2p
