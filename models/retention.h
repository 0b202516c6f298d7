// How long this machine keeps what is settled (the officer's setting, shared by G2P Desk and
// g2p-desk-cli through G2P Desk's settings file): confirmed and discarded outbox items, and copies
// of local files set aside as damaged.
#pragma once

#include "localstore.h"

#include <QSettings>

namespace g2p {

StoreRetention storeRetention(const QSettings &settings);
void setKeepSettledDays(QSettings &settings, int days); // 0: keep for ever
// G2P Desk's own settings file, also when read by g2p-desk-cli.
std::unique_ptr<QSettings> deskSettings();

} // namespace g2p
