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
    m_waits.clear();
    if (m_clock.isValid())
        m_last = m_clock.nsecsElapsed();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double waitedMs = double(now - m_last) / 1e6 - kIntervalMs;
    m_waits.push_back(float(std::max(0.0, waitedMs)));
    m_last = now;
}

double StallProbe::maxMs() const
{
    return m_waits.empty() ? 0.0 : double(*std::max_element(m_waits.begin(), m_waits.end()));
}

double StallProbe::percentileMs(double p) const
{
    if (m_waits.empty())
        return 0.0;
    std::vector<float> sorted = m_waits;
    const size_t at = std::min(sorted.size() - 1, size_t(double(sorted.size() - 1) * p / 100.0 + 0.5));
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(at), sorted.end());
    return double(sorted[at]);
}

QByteArray StallProbe::toJson() const
{
    return QByteArrayLiteral("{\"max_ms\": ") + QByteArray::number(maxMs(), 'f', 1)
        + QByteArrayLiteral(", \"p99_ms\": ") + QByteArray::number(percentileMs(99), 'f', 1)
        + QByteArrayLiteral(", \"ticks\": ") + QByteArray::number(ticks()) + '}';
}

} // namespace g2p
