// How long the thread's event loop is kept from running (the window "stutters"): a precise timer
// asks to run every millisecond, and whatever it waited beyond that is a stall. Figures: the
// largest stall and the 99th percentile of every wait, in milliseconds. Used by the ui_stall
// benchmark and, with G2P_STALL_REPORT=FILE, by g2p-desk itself (written when it quits).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>

namespace g2p {

class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr);
    void start();
    void stop();
    // Forgets what was measured (the probe keeps running when it was).
    void reset();

    double maxMs() const;
    // When the largest stall ended, in seconds since start() (to tell which stage of a refresh or
    // an import it belongs to).
    double maxAtS() const { return m_maxAtS; }
    // The same moment on the system's monotonic clock, in seconds (to find it in a trace taken
    // with `perf record -k CLOCK_MONOTONIC`).
    double maxAtMonotonicS() const { return m_clock.msecsSinceReference() / 1000.0 + m_maxAtS; }
    // The p-th percentile (0..100) of the waits between ticks, beyond the 1 ms asked for.
    double percentileMs(double p) const;
    qint64 ticks() const { return m_ticks; }
    // {"max_ms": ..., "p99_ms": ..., "ticks": ...}
    QByteArray toJson() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0; // nanoseconds
    // The waits beyond the interval in 0.1 ms steps up to a second (the last counts every longer
    // one): constant memory and cost however long g2p-desk runs with the probe.
    std::array<qint64, 10000> m_waits {};
    qint64 m_ticks = 0;
    double m_maxMs = 0;
    double m_maxAtS = 0;
};

} // namespace g2p
