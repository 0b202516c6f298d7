// Small helpers the commands share: dates and dashes in their output, name queries, request files.
#pragma once

#include "clioptions.h"
#include "codec.h"
#include "queries.h"
#include "wiretime.h"

#include <QDate>
#include <QFile>
#include <QTextStream>

#include <QString>
#include <optional>

namespace g2p::cli {

inline QString dateText(QDate d)
{
    return d.isValid() ? formatIsoDate(d) : QString();
}

inline QString tsDate(const Timestamp &t)
{
    return t.isNull() ? QString() : formatIsoDate(t.utcDate());
}

inline RegistrantQuery nameQuery(const QString &name, bool withMembers = false)
{
    RegistrantQuery q;
    q.name = name;
    q.withMembers = withMembers;
    return q;
}

inline QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// A request body (an individual or group to create) read from a JSON file; null with the reason
// on `err` when it cannot be read or is not what the contract accepts.
template<class T>
std::optional<T> readRequestFile(const QString &path, QTextStream &err, int *exitCode)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "g2p-desk-cli: cannot read " << path << ": " << f.errorString() << '\n';
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    T rec;
    const DecodeError e = decode(f.readAll(), rec, JsonEngine::QtJson);
    if (!e.isNull()) {
        err << "g2p-desk-cli: " << path << ": " << e.toString() << '\n';
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return rec;
}

} // namespace g2p::cli
