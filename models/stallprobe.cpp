#include "stallprobe.h"

#include <algorithm>

namespace g2p {

namespace {
constexpr int kIntervalMs = 1;
}

StallProbe::StallProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::reset()
{
    m_waits.fill(0);
    m_ticks = 0;
    m_maxMs = 0;
    m_maxAtS = 0;
    if (m_clock.isValid())
        m_last = m_clock.nsecsElapsed();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double waitedMs = std::max(0.0, double(now - m_last) / 1e6 - kIntervalMs);
    m_last = now;
    ++m_waits[std::min(m_waits.size() - 1, size_t(waitedMs * 10))];
    ++m_ticks;
    if (waitedMs > m_maxMs) {
        m_maxMs = waitedMs;
        m_maxAtS = double(now) / 1e9;
    }
}

double StallProbe::maxMs() const
{
    return m_maxMs;
}

double StallProbe::percentileMs(double p) const
{
    if (m_ticks == 0)
        return 0.0;
    const qint64 rank = qint64(double(m_ticks - 1) * p / 100.0 + 0.5);
    qint64 seen = 0;
    for (size_t b = 0; b < m_waits.size(); ++b) {
        seen += m_waits[b];
        if (seen > rank)
            return std::min(m_maxMs, double(b + 1) / 10.0); // the bucket's upper edge
    }
    return m_maxMs;
}

QByteArray StallProbe::toJson() const
{
    return QByteArrayLiteral("{\"max_ms\": ") + QByteArray::number(maxMs(), 'f', 1)
        + QByteArrayLiteral(", \"p99_ms\": ") + QByteArray::number(percentileMs(99), 'f', 1)
        + QByteArrayLiteral(", \"ticks\": ") + QByteArray::number(ticks()) + '}';
}

} // namespace g2p
