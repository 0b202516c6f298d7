// Parts the officer's forms share: a date field that refuses the future, OK/Cancel buttons, a
// command's label in words.
#pragma once

class QComboBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QInputDialog;
class QLabel;
class QLineEdit;
class QString;
class QToolBar;
class QWidget;

namespace g2p {

// A date in the screen's format with a calendar, today by default; days after today (UTC, as the
// server counts) greyed. The form refuses a future date with its reason (futureDateProblem).
QDateEdit *makeDateEdit(QWidget *parent, const QString &accessibleName);
// Cancel and a default button named `okText`, wired to the dialog's accept and reject.
QDialogButtonBox *okCancel(QDialog *d, const QString &okText);
// A command's label as words: "&Pause…" → "Pause" (accessible names, tooltips, the shortcut list).
QString commandText(QString label);
// The first line of a dialog: whom and what it acts on, in bold, wrapped (a window title is cut
// or hidden by some window managers).
QLabel *dialogHeading(QWidget *parent, const QString &text);
// Wide enough that its placeholder reads whole.
void fitPlaceholder(QLineEdit *edit);
// An input dialog wide enough for its title with the application's name and the title bar's
// buttons: sized to a short label alone, the window manager cut it ("Set sele… G2P Desk", "Save w…
// Desk"). Its label takes the width (QInputDialog's layout sets the dialog's minimum size from its
// contents). Call after setWindowTitle and setLabelText.
void fitTitle(QInputDialog *dialog);
// A search box with Qt's clear button, the button named for screen readers (Qt leaves it unnamed).
void addClearButton(QLineEdit *edit);
// An editable combo box named, its text field too: the field is what has the keyboard, and a
// screen reader says the field's name (Qt leaves it unnamed).
void nameEditableCombo(QComboBox *combo, const QString &name);
// A toolbar named for screen readers, its » button (shown when the commands do not fit) too.
void nameToolBar(QToolBar *bar, const QString &name);

} // namespace g2p
