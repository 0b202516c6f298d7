// What the Programs page's charts share: a chart that writes its numbers in the locale's digits,
// and bars on a category axis with a round counts' axis, mirrored right to left.
#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QChart;
QT_END_NAMESPACE

namespace g2p {

// A chart titled `title`, without animation, its axes' numbers in the locale's digits.
QChart *makeChart(const QString &title);
// Adds `series` to `chart` over `categories`, the counts' axis from 0 to a round number above
// `max` — on the right when `mirrored` (right to left).
void attachBarAxes(
    QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max, bool mirrored);

} // namespace g2p
