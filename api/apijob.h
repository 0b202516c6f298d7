// One API operation in flight: the object a caller connects to. Created by RestTransport (ApiClient builds
// the requests).
#pragma once

#include "apierror.h"
#include "queries.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;
class QTimer;

namespace g2p {

class RestTransport;

// What to send, and how the answer is read.
struct RequestSpec
{
    QByteArray verb = "GET";
    QString path; // below the registry root, e.g. "/individual/71"
    bool atServerRoot = false; // /session/auth/login lives beside the registry root
    QUrlQuery query;
    QByteArray body; // JSON; empty for GET
    bool idempotent = true;
    bool extension = false; // needs the G2P Desk extension endpoints
    bool emptySearchIsEmpty = false; // upstream search: 400 "no match" means []
    QString what; // for messages: "list programs", "enrol in bulk"
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (a bearer token, If-Match)
    QString operation() const { return QString::fromLatin1(verb) + QLatin1Char(' ') + path; }
};

class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isNull(); }
    const ApiError &error() const { return m_error; }
    const RequestSpec &spec() const { return m_spec; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    // Deleted (deleteLater) right after finished() unless set false.
    void setAutoDelete(bool on) { m_autoDelete = on; }

public Q_SLOTS:
    // Stops the request; the job finishes with ApiError::Kind::Cancelled. A change already sent may
    // still have been applied by the server.
    void abort();

Q_SIGNALS:
    void finished();

protected:
    explicit ApiJob(RequestSpec spec, QObject *parent);
    // Reads a successful body into the result; returns the problem if the body breaks the contract.
    virtual DecodeError decodeBody(
        const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
        = 0;
    virtual void setEmptyResult() = 0;
    // For a large body decoded on a pool thread: the returned task decodes into a value of its own
    // (it never touches the job, which may be aborted and deleted meanwhile) and returns what, run
    // later on the job's thread, moves that value into the job and gives the decoding's outcome.
    using Adopt = std::function<DecodeError()>;
    virtual std::function<Adopt()> detachedDecode(
        QByteArray body, QList<QPair<QByteArray, QByteArray>> headers) const = 0;

private:
    friend class RestTransport;
    void finish(const ApiError &error);

    RequestSpec m_spec;
    ApiError m_error;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_autoDelete = true;
    bool m_tlsRetry = false;
    qint64 m_tooLarge = 0; // bytes announced or received when the answer passed the limit
    QByteArray m_body; // the answer's bytes read so far (as they arrive)
    QByteArray m_pinRefused; // fingerprint of a certificate refused because the profile pins another
    bool m_reauthenticated = false;
};

template<class T>
class Job : public ApiJob
{
public:
    using Decoder
        = std::function<DecodeError(const QByteArray &, const QList<QPair<QByteArray, QByteArray>> &, T &)>;
    Job(RequestSpec spec, Decoder decoder, QObject *parent)
        : ApiJob(std::move(spec), parent), m_decoder(std::move(decoder))
    { }
    const T &result() const { return m_result; }
    T takeResult() { return std::move(m_result); }

protected:
    DecodeError decodeBody(
        const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers) override
    {
        return m_decoder(body, headers, m_result);
    }
    void setEmptyResult() override { m_result = T {}; }
    std::function<Adopt()> detachedDecode(
        QByteArray body, QList<QPair<QByteArray, QByteArray>> headers) const override
    {
        // Only called on the job's thread: the QPointer is made here and read there again.
        QPointer<Job> self(const_cast<Job *>(this));
        return [decoder = m_decoder, body = std::move(body), headers = std::move(headers), self]() -> Adopt {
            auto value = std::make_shared<T>();
            const DecodeError e = decoder(body, headers, *value);
            return [self, value, e]() {
                if (self)
                    self->m_result = std::move(*value);
                return e;
            };
        };
    }

private:
    Decoder m_decoder;
    T m_result {};
};

} // namespace g2p
