#include "programtimeline.h"

#include "chartparts.h"
#include "registrysession.h"
#include "reportreader.h"
#include "statecolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace g2p {

ProgramTimeline::ProgramTimeline(RegistrySession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    QChart *chart = makeChart(tr("Enrolments, exits and pauses per month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->setAccessibleName(tr("Enrolments, exits and pauses per month"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_figures);
    layout->addWidget(m_status);
}

ProgramTimeline::~ProgramTimeline() = default;

void ProgramTimeline::setProgram(qint64 programId)
{
    m_programId = programId;
    if (isVisible())
        read();
}

void ProgramTimeline::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_programId != m_shownProgram)
        read();
}

void ProgramTimeline::read()
{
    if (m_programId == 0 || !m_session->backend())
        return;
    m_shownProgram = m_programId;
    if (m_reader)
        m_reader->deleteLater(); // a reading for another program stops with it
    m_reader = new ReportReader(m_session->backend(), this);
    m_months.clear();
    m_chart->chart()->removeAllSeries();
    for (QAbstractAxis *a : m_chart->chart()->axes())
        m_chart->chart()->removeAxis(a);
    m_figures->clear();
    m_status->show();
    m_status->setText(tr("Reading the program's memberships…"));
    ReportReader *reader = m_reader;
    connect(reader, &ReportReader::progress, this, [this, reader](qint64 read, qint64 total) {
        if (reader == m_reader)
            m_status->setText(tr("Reading the program's memberships… %1 of %2")
                                  .arg(QLocale().toString(read), QLocale().toString(total)));
    });
    connect(reader, &ReportReader::summaryReady, this, [this, reader](const ProgramSummaryReport &r) {
        if (reader == m_reader)
            draw(r);
    });
    connect(reader, &ReportReader::failed, this, [this, reader](const ApiError &why) {
        if (reader != m_reader)
            return;
        m_shownProgram = -1; // read again when next shown
        m_status->show();
        m_status->setText(tr("The months could not be read: %1").arg(why.toString()));
        Q_EMIT loaded();
    });
    reader->readSummary(m_session->programRef(m_programId));
}

QString ProgramTimeline::figuresText() const
{
    QStringList parts;
    for (auto it = m_months.cbegin(); it != m_months.cend(); ++it)
        parts << tr("%1: %2 enrolled, %3 exited, %4 paused")
                     .arg(QLocale().toString(it.key(), QStringLiteral("MMMM yyyy")),
                         QLocale().toString(it->enrolments), QLocale().toString(it->exits),
                         QLocale().toString(it->pauses));
    return parts.join(QStringLiteral("; "));
}

void ProgramTimeline::draw(const ProgramSummaryReport &report)
{
    // The latest months, oldest first; months without a movement between them are drawn empty.
    m_months.clear();
    if (!report.months.isEmpty()) {
        const QDate last = report.months.lastKey();
        QDate first = last.addMonths(-(maxMonths - 1));
        if (report.months.firstKey() > first)
            first = report.months.firstKey();
        for (QDate d = first; d <= last; d = d.addMonths(1))
            m_months.insert(d, report.months.value(d));
    }
    QChart *chart = m_chart->chart();
    const bool mirrored = isRightToLeft(); // Arabic reads the months from the right
    QStringList categories;
    QList<QDate> order = m_months.keys();
    if (mirrored)
        std::reverse(order.begin(), order.end());
    // Month names where they fit under their bars (the year on the first month and on each January;
    // twelve months never repeat a name), numbers where not (Arabic names are long).
    const int room = qMax(1, (m_chart->width() - 120) / qMax(1, int(order.size())));
    const QDate first = m_months.isEmpty() ? QDate() : m_months.firstKey();
    for (const bool named : {true, false}) {
        categories.clear();
        int widest = 0;
        for (const QDate &d : order) {
            const QString form = !named          ? QStringLiteral("M/yy")
                : (d == first || d.month() == 1) ? QStringLiteral("MMM yy")
                                                 : QStringLiteral("MMM");
            categories << QLocale().toString(d, form);
            widest = qMax(widest, m_chart->fontMetrics().horizontalAdvance(categories.last()));
        }
        if (widest + 12 <= room)
            break;
    }
    struct Kind
    {
        QString name;
        MembershipState colour;
        int MonthCounts::*count;
    };
    const Kind kinds[] = {{tr("Enrolments"), MembershipState::Enrolled, &MonthCounts::enrolments},
        {tr("Exits"), MembershipState::Exited, &MonthCounts::exits},
        {tr("Pauses (paused now, by their last change)"), MembershipState::Paused, &MonthCounts::pauses}};
    auto *series = new QBarSeries;
    int max = 1;
    qint64 totals[3] = {0, 0, 0};
    for (int k = 0; k < 3; ++k) {
        auto *set = new QBarSet(kinds[k].name);
        set->setColor(stateColor(kinds[k].colour));
        set->setBorderColor(stateColor(kinds[k].colour).darker(120));
        for (const QDate &d : order) {
            const int n = m_months.value(d).*kinds[k].count;
            *set << qreal(n);
            max = qMax(max, n);
            totals[k] += n;
        }
        series->append(set);
    }
    attachBarAxes(chart, series, categories, max, mirrored);
    const QString figures = figuresText();
    m_chart->setAccessibleDescription(figures);
    m_chart->setToolTip(figures);
    m_figures->setText(m_months.isEmpty()
            ? tr("No enrolment, exit or pause is dated in this program.")
            : tr("From %1 to %2: %3 enrolled, %4 exited, %5 paused now.")
                  .arg(QLocale().toString(m_months.firstKey(), QStringLiteral("MMMM yyyy")),
                      QLocale().toString(m_months.lastKey(), QStringLiteral("MMMM yyyy")),
                      QLocale().toString(totals[0]), QLocale().toString(totals[1]),
                      QLocale().toString(totals[2])));
    m_figures->setAccessibleName(figures.isEmpty() ? m_figures->text() : figures);
    m_status->setText(report.cut ? tr("Only the first %1 memberships were read: the months are partial.")
                                       .arg(QLocale().toString(report.membershipsRead))
                                 : QString());
    m_status->setVisible(report.cut);
    Q_EMIT loaded();
}

} // namespace g2p
