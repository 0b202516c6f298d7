// Moving the keyboard focus when work that was started earlier ends (a search's server answer,
// a page of members). By then the officer may have gone elsewhere: focusing a hidden page's
// table took the focus away from the grid they were typing in, and no visible widget had it.
#pragma once

class QWidget;

namespace g2p {

// Gives `target` the focus only if `area` is shown and the focus is still inside it (or nowhere).
void focusIfStillHere(QWidget *target, QWidget *area);

} // namespace g2p
