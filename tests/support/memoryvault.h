// For UI tests: a password keyring that lives in memory (or is missing, with `available = false`).
#pragma once

#include "connectdialog.h"

#include <QHash>
#include <QTimer>

namespace g2p::test {

class MemoryVault : public PasswordVault
{
public:
    QHash<QString, QString> stored;
    bool available = true;
    void read(const QString &key) override
    {
        QTimer::singleShot(0, this, [this, key] {
            Q_EMIT readDone(key, available, stored.value(key),
                available ? QString() : QStringLiteral("no keyring in this test"));
        });
    }
    void write(const QString &key, const QString &password) override
    {
        if (available)
            stored.insert(key, password);
        QTimer::singleShot(0, this, [this, key] { Q_EMIT writeDone(key, available, QString()); });
    }
    void remove(const QString &key) override { stored.remove(key); }
};

} // namespace g2p::test
