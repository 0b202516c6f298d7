#include "credentialstore.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace g2p {
namespace {

CredentialStore::Result resultOf(QKeychain::Job *job)
{
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        break;
    default:
        r.status = CredentialStore::Status::Unavailable;
        r.detail = job->errorString();
        break;
    }
    return r;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
    qRegisterMetaType<Result>();
}

QString CredentialStore::accountKey(const QString &user, const QString &serverUrl)
{
    const QUrl u(serverUrl);
    return user + QLatin1Char('@') + u.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

void CredentialStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        Result r = resultOf(j);
        if (r.status == Status::Ok)
            r.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        Q_EMIT readFinished(key, r);
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
        [this, key](QKeychain::Job *j) { Q_EMIT writeFinished(key, resultOf(j)); });
    job->start();
}

void CredentialStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, key](QKeychain::Job *j) { Q_EMIT removeFinished(key, resultOf(j)); });
    job->start();
}

template<class Signal, class Start>
static CredentialStore::Result runBlocking(CredentialStore *store, Signal signal, Start start, int timeoutMs)
{
    CredentialStore::Result out;
    out.status = CredentialStore::Status::TimedOut;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(store, signal, &loop, [&](const QString &, const CredentialStore::Result &r) {
        out = r;
        loop.quit();
    });
    timer.start(timeoutMs);
    start();
    if (out.status == CredentialStore::Status::TimedOut)
        loop.exec();
    QObject::disconnect(store, signal, &loop, nullptr);
    return out;
}

CredentialStore::Result CredentialStore::readBlocking(const QString &key)
{
    return runBlocking(
        this, &CredentialStore::readFinished, [&] { read(key); }, m_timeoutMs);
}

CredentialStore::Result CredentialStore::writeBlocking(const QString &key, const QString &password)
{
    return runBlocking(
        this, &CredentialStore::writeFinished, [&] { write(key, password); }, m_timeoutMs);
}

CredentialStore::Result CredentialStore::removeBlocking(const QString &key)
{
    return runBlocking(
        this, &CredentialStore::removeFinished, [&] { remove(key); }, m_timeoutMs);
}

QString CredentialStore::describe(const Result &r)
{
    switch (r.status) {
    case Status::Ok:
        return tr("stored in the system keyring");
    case Status::NotFound:
        return tr("no password stored in the system keyring for this account");
    case Status::TimedOut:
        return tr("the system keyring did not answer (it may be locked)");
    case Status::Unavailable:
        return tr("no usable system keyring (%1)").arg(r.detail);
    }
    return QString();
}

} // namespace g2p
