// Dates typed in spreadsheets, read under an explicit policy: ISO (YYYY-MM-DD), day first
// (DD/MM/YYYY) or month first (MM/DD/YYYY). Automatic reading accepts ISO and flags a date like
// 03/04/2024 as ambiguous instead of guessing.
#pragma once

#include <QDate>
#include <QString>

namespace g2p {

enum class DatePolicy
{
    Automatic,
    Iso,
    DayFirst,
    MonthFirst
};

struct ParsedDate
{
    QDate date;
    bool ambiguous = false; // could be read both ways: needs an explicit policy
    QString problem; // why it is not a date, for the officer
    bool ok() const { return date.isValid() && !ambiguous; }
};

ParsedDate parseSpreadsheetDate(const QString &text, DatePolicy policy);
QString datePolicyName(DatePolicy policy);

} // namespace g2p
