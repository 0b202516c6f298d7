#include "importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace g2p {

namespace {
QString settingsKey(const QStringList &headers)
{
    return QStringLiteral("importMappings/") + ImportMapping::shapeKey(headers);
}
} // namespace

ImportDialog::ImportDialog(const QString &fileName,
    const TableText &table,
    const QList<Program> &programs,
    QSettings *settings,
    QWidget *parent)
    : QDialog(parent), m_headers(table.rows.value(0)), m_settings(settings)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    const int dataRows = int(table.rows.size()) - 1;
    QString about = tr("%n row(s) below the header.", nullptr, dataRows);
    if (!table.encoding.isEmpty())
        about += QLatin1Char(' ') + tr("Read as %1.").arg(table.encoding);
    for (const QString &w : table.warnings)
        about += QLatin1Char(' ') + w;
    auto *info = new QLabel(about + QLatin1Char(' ')
            + tr("The rows go into the grid to check and review; nothing is sent until you choose "
                 "Review and send."),
        this);
    info->setWordWrap(true);

    // The mapping: remembered for files with these headers, else guessed.
    ImportMapping initial = ImportMapping::guess(m_headers);
    if (m_settings) {
        const QByteArray saved = m_settings->value(settingsKey(m_headers)).toByteArray();
        QString error;
        const ImportMapping remembered
            = ImportMapping::fromJson(QJsonDocument::fromJson(saved).object(), m_headers, &error);
        if (!saved.isEmpty() && error.isEmpty())
            initial = remembered;
    }
    auto *grid = new QTableWidget(qMin(dataRows, 8) + 1, int(m_headers.size()), this);
    grid->setHorizontalHeaderLabels(m_headers);
    grid->verticalHeader()->hide();
    grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->setAccessibleName(tr("Columns and first rows of the file"));
    for (int c = 0; c < m_headers.size(); ++c) {
        auto *box = new QComboBox(grid);
        for (ImportField f : allImportFields())
            box->addItem(importFieldLabel(f), int(f));
        box->setCurrentIndex(box->findData(int(initial.columns.value(c, ImportField::Ignore))));
        box->setAccessibleName(tr("Field for column %1").arg(m_headers[c]));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::validate);
        grid->setCellWidget(0, c, box);
        m_fields << box;
        for (int r = 1; r <= qMin(dataRows, 8); ++r)
            grid->setItem(r, c, new QTableWidgetItem(table.rows[r].value(c)));
    }
    grid->resizeColumnsToContents();

    m_dates = new QComboBox(this);
    m_dates->addItem(tr("Automatic (YYYY-MM-DD; others only when unambiguous)"), int(DatePolicy::Automatic));
    m_dates->addItem(tr("YYYY-MM-DD"), int(DatePolicy::Iso));
    m_dates->addItem(tr("DD/MM/YYYY (day first)"), int(DatePolicy::DayFirst));
    m_dates->addItem(tr("MM/DD/YYYY (month first)"), int(DatePolicy::MonthFirst));
    m_program = new QComboBox(this);
    m_program->addItem(tr("(from the file)"), QString());
    for (const Program &p : programs)
        if (p.active)
            m_program->addItem(p.name, QString::number(p.id));
    connect(m_program, &QComboBox::currentIndexChanged, this, &ImportDialog::validate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Dates in the file:"), m_dates);
    form->addRow(tr("Program for rows &without one:"), m_program);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Load into the grid"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addWidget(new QLabel(tr("Choose what each column holds:"), this));
    layout->addWidget(grid, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 460);
    validate();
}

ImportMapping ImportDialog::mapping() const
{
    ImportMapping m;
    for (QComboBox *box : m_fields)
        m.columns << ImportField(box->currentData().toInt());
    return m;
}

DatePolicy ImportDialog::datePolicy() const
{
    return DatePolicy(m_dates->currentData().toInt());
}

QString ImportDialog::defaultProgram() const
{
    return m_program->currentData().toString();
}

void ImportDialog::validate()
{
    const ImportMapping m = mapping();
    QString problem = m.problem(!defaultProgram().isEmpty());
    for (ImportField f : allImportFields())
        if (f != ImportField::Ignore && m.columns.count(f) > 1)
            problem = tr("%1 is chosen for two columns.").arg(importFieldLabel(f));
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

void ImportDialog::accept()
{
    if (m_settings)
        m_settings->setValue(settingsKey(m_headers),
            QJsonDocument(mapping().toJson(m_headers)).toJson(QJsonDocument::Compact));
    QDialog::accept();
}

} // namespace g2p
