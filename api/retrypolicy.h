// When an API call may be sent again, and how long to wait first.
#pragma once

#include <QNetworkReply>

namespace g2p {

struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 250; // doubled each attempt, with +/-50% jitter
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 30000;

    // GET is always safe to repeat; any other method only when the request never reached the
    // server (connection refused, host not found): anything later may have been applied.
    static bool isSafeToRepeat(
        bool idempotent, QNetworkReply::NetworkError transportError, int httpStatus, bool timedOut);
    static bool neverReachedServer(QNetworkReply::NetworkError e);
    int delayMs(int attempt, double jitter01, int retryAfterSeconds = -1) const;
};

} // namespace g2p
