// The red line under a form field that says what is wrong with it, shown only when there is
// something to say. Shared by every form and dialog.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace g2p {

QLabel *errorLabel(QWidget *parent);
// Shows `text` (hides the label when it is empty).
void setError(QLabel *label, const QString &text);

} // namespace g2p
