// A program over time: enrolments, exits and pauses per month, as bars in the three states' colours
// with the figures in words beside them (for screen readers and print). Read from the registry by
// ReportReader (the same figures as the printed summary) when shown, with progress; a program
// changed while it reads stops the reading.
#pragma once

#include "reportdata.h"

#include <QWidget>

class QLabel;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace g2p {

class RegistrySession;
class ReportReader;

class ProgramTimeline : public QWidget
{
    Q_OBJECT
public:
    // The chart shows this many months at most: the latest year (more did not read at 1366 px).
    static constexpr int maxMonths = 12;

    explicit ProgramTimeline(RegistrySession *session, QWidget *parent = nullptr);
    ~ProgramTimeline() override;

    // The program to show; read at once if shown, else when next shown.
    void setProgram(qint64 programId);
    // The months drawn (first day of each), oldest first, and their figures, once read.
    const QMap<QDate, MonthCounts> &months() const { return m_months; }
    QString figuresText() const;
    QChartView *chartView() const { return m_chart; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void read();
    void draw(const ProgramSummaryReport &report);

    RegistrySession *m_session;
    ReportReader *m_reader = nullptr;
    QChartView *m_chart;
    QLabel *m_status, *m_figures;
    qint64 m_programId = 0;
    qint64 m_shownProgram = -1; // the program whose months are drawn (or being read)
    QMap<QDate, MonthCounts> m_months;
};

} // namespace g2p
