// Refreshing the local copy as a command: it shows in the activity list while it runs, with its
// progress, and Cancel (the activity panel's) stops it; what was stored stays.
#pragma once

#include "cacherefresh.h"
#include "membershipcommands.h"

#include <QPointer>

namespace g2p {

class RefreshLocalCopyCommand : public Command
{
    Q_OBJECT
public:
    // `refresh` is not owned: the window keeps it between refreshes.
    explicit RefreshLocalCopyCommand(CacheRefresh *refresh, QObject *parent = nullptr);
    QString title() const override;
    void start() override;
    void cancel() override;

private:
    QPointer<CacheRefresh> m_refresh;
    bool m_cancelled = false;
};

} // namespace g2p
