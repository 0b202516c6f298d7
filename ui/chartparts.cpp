#include "chartparts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

namespace g2p {

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

void attachBarAxes(
    QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max, bool mirrored)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, max * 1.1);
    y->applyNiceNumbers();
    // Whole numbers in the locale's digits (Arabic-Indic in Arabic): a localized format needs a
    // precision ("%d" drew no labels at all).
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, mirrored ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace g2p
