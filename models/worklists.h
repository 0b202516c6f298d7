// Saved worklists: a name for a search and its filters (text, program, state, gender, dates), kept
// in the settings per kind of registrant, so an officer reopens "Paused in Cash Transfer, Ward 3"
// with one choice.
#pragma once

#include <QDateTime>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

namespace g2p {

class Worklists
{
public:
    // `groups`: the households' worklists, otherwise the individuals'.
    Worklists(QSettings *settings, bool groups);

    QStringList names() const;
    // Replaces a worklist of the same name.
    void save(const QString &name, const QVariantMap &spec);
    // Empty when there is none of that name.
    QVariantMap spec(const QString &name) const;
    // How many rows the worklist showed when last opened, and when (-1 and null: never counted).
    void setLastSize(const QString &name, int rows, const QDateTime &when);
    int lastSize(const QString &name) const;
    QDateTime lastSizeAt(const QString &name) const;

private:
    QSettings *m_settings;
    QString m_key;
};

} // namespace g2p
