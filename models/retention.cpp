#include "retention.h"

namespace g2p {

namespace {
const QString kKeepSettled = QStringLiteral("privacy/keepSettledDays");
}

StoreRetention storeRetention(const QSettings &settings)
{
    StoreRetention r;
    bool ok = false;
    const int days = settings.value(kKeepSettled, r.keepSettledDays).toInt(&ok);
    if (ok && days >= 0 && days <= 36500)
        r.keepSettledDays = days;
    return r;
}

void setKeepSettledDays(QSettings &settings, int days)
{
    settings.setValue(kKeepSettled, qBound(0, days, 36500));
}

std::unique_ptr<QSettings> deskSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("g2p-desk"), QStringLiteral("g2p-desk"));
}

} // namespace g2p
