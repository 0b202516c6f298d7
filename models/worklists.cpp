#include "worklists.h"

namespace g2p {

Worklists::Worklists(QSettings *settings, bool groups)
    : m_settings(settings)
    , m_key(groups ? QStringLiteral("worklists/groups") : QStringLiteral("worklists/individuals"))
{ }

QStringList Worklists::names() const
{
    return m_settings->value(m_key).toMap().keys();
}

void Worklists::save(const QString &name, const QVariantMap &spec)
{
    QVariantMap all = m_settings->value(m_key).toMap();
    all.insert(name.trimmed(), spec);
    m_settings->setValue(m_key, all);
}

QVariantMap Worklists::spec(const QString &name) const
{
    return m_settings->value(m_key).toMap().value(name).toMap();
}

void Worklists::setLastSize(const QString &name, int rows, const QDateTime &when)
{
    QVariantMap all = m_settings->value(m_key).toMap();
    if (!all.contains(name))
        return;
    QVariantMap spec = all.value(name).toMap();
    spec.insert(QStringLiteral("lastSize"), rows);
    spec.insert(QStringLiteral("lastSizeAt"), when.toUTC());
    all.insert(name, spec);
    m_settings->setValue(m_key, all);
}

int Worklists::lastSize(const QString &name) const
{
    return spec(name).value(QStringLiteral("lastSize"), -1).toInt();
}

QDateTime Worklists::lastSizeAt(const QString &name) const
{
    return spec(name).value(QStringLiteral("lastSizeAt")).toDateTime();
}

} // namespace g2p
