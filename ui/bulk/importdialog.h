// The mapping step of an import: which column holds which field (guessed from the headers, or as
// the officer chose last time for a file with the same headers), the date format, a program for
// rows without one, and a preview of the first rows. Nothing is sent: the rows go to the grid.
#pragma once

#include "datepolicy.h"
#include "domain.h"
#include "importmapping.h"
#include "tabletext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;

namespace g2p {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &fileName,
        const TableText &table,
        const QList<Program> &programs,
        QSettings *settings,
        QWidget *parent = nullptr);

    ImportMapping mapping() const;
    DatePolicy datePolicy() const;
    QString defaultProgram() const; // program id as text, or empty
    QComboBox *fieldBox(int column) const { return m_fields.value(column); }
    QLabel *problemLabel() const { return m_problem; }
    void accept() override; // remembers the mapping for files of this shape

private:
    void validate();

    QStringList m_headers;
    QList<QComboBox *> m_fields;
    QComboBox *m_dates, *m_program;
    QLabel *m_problem;
    QPushButton *m_ok;
    QSettings *m_settings;
};

} // namespace g2p
