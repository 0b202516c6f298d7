// Passwords in the system keyring through CredentialStore: a real gnome-keyring in a private D-Bus
// session, and a session with no keyring at all. CTest runs each function in its own setting.
#include "credentialstore.h"

#include <QTest>

using namespace g2p;

class TstKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Run with a keyring (CTest: tst_keyring).
    void storeReadForget()
    {
        CredentialStore store(QStringLiteral("g2p-desk-test"));
        const QString key = CredentialStore::accountKey(
            QStringLiteral("officer"), QStringLiteral("https://registry.test/api/v1/registry"));
        QCOMPARE(key, QStringLiteral("officer@https://registry.test/api/v1/registry"));
        QCOMPARE(store.readBlocking(key).status, CredentialStore::Status::NotFound);
        QCOMPARE(
            store.writeBlocking(key, QStringLiteral("s3cret: é ü ح")).status, CredentialStore::Status::Ok);
        const auto read = store.readBlocking(key);
        QCOMPARE(read.status, CredentialStore::Status::Ok);
        QCOMPARE(read.password, QStringLiteral("s3cret: é ü ح"));
        QCOMPARE(store.removeBlocking(key).status, CredentialStore::Status::Ok);
        QCOMPARE(store.readBlocking(key).status, CredentialStore::Status::NotFound);
    }

    // Run without one (CTest: tst_keyring_absent).
    void noKeyringIsSaidPlainly()
    {
        CredentialStore store(QStringLiteral("g2p-desk-test"));
        store.setTimeoutMs(5000);
        const auto write = store.writeBlocking(QStringLiteral("x@y"), QStringLiteral("pw"));
        QVERIFY(write.status == CredentialStore::Status::Unavailable
            || write.status == CredentialStore::Status::TimedOut);
        QVERIFY(CredentialStore::describe(write).contains(QStringLiteral("keyring")));
        QVERIFY(!CredentialStore::describe(write).contains(QStringLiteral("pw")));
        const auto read = store.readBlocking(QStringLiteral("x@y"));
        QVERIFY(read.status == CredentialStore::Status::Unavailable
            || read.status == CredentialStore::Status::TimedOut);
        QVERIFY(read.password.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstKeyring)
#include "tst_keyring.moc"
