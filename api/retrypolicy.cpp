#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace g2p {

bool RetryPolicy::neverReachedServer(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isSafeToRepeat(
    bool idempotent, QNetworkReply::NetworkError transportError, int httpStatus, bool timedOut)
{
    if (neverReachedServer(transportError))
        return true;
    if (!idempotent)
        return false;
    if (timedOut)
        return true;
    if (httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return true;
    if (httpStatus > 0)
        return false;
    switch (transportError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

int RetryPolicy::delayMs(int attempt, double jitter01, int retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0) // clamped before it is multiplied: a huge value never overflows
        return int(std::min<qint64>(
            qint64(std::min(retryAfterSeconds, maxRetryAfterMs / 1000 + 1)) * 1000, maxRetryAfterMs));
    const double exp = baseDelayMs * std::pow(2.0, std::max(0, attempt - 1));
    const double jittered = exp * (0.5 + jitter01);
    return int(std::min<double>(jittered, maxDelayMs));
}

} // namespace g2p
