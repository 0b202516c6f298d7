// A registrant's program memberships as cards in a narrow pane: one row per membership, the program
// and its state (coloured, and in words) on the first line, its dates and exit reason wrapped below,
// so the pane never scrolls sideways in any language.
#pragma once

class QTableView;

namespace g2p {

class MembershipTableModel;

// Shows `model` in `view` as cards: only the program column, drawn whole; rows as tall as their text.
void showAsCards(QTableView *view, MembershipTableModel *model);

} // namespace g2p
