// A cell's text for a screen reader as the view shows it. Qt's accessibility reads a cell's
// DisplayRole through QVariant::toString: ISO dates ("2025-06-06"), UTC-less date-times with
// milliseconds, Western digits in Arabic. Models answer Qt::AccessibleTextRole with this instead.
#pragma once

#include <QVariant>

namespace g2p {

// Dates, date-times and numbers in the locale's short forms (as QStyledItemDelegate draws them);
// an empty QVariant for anything else (the reader then uses the display text).
QVariant accessibleText(const QVariant &display);

} // namespace g2p
