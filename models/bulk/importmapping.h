// Which column of an imported sheet holds which field. Guessed from the headers (case, spaces,
// underscores and common synonyms ignored), remembered per file shape (the set of its headers),
// and written to or read from a JSON file {"header": "field", ...} for the command line.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace g2p {

enum class ImportField
{
    Ignore,
    RegistrantId, // the registry's database id
    IdType, // with IdValue: a registration id (resolved only through MembershipImport::setKnownIds)
    IdValue,
    RegistrantName, // shown only
    Program, // name or id
    State,
    EnrollmentDate,
    ExitDate,
    ExitReason,
};

QString importFieldKey(ImportField f); // "registrant_id", ...
QString importFieldLabel(ImportField f); // for people
QList<ImportField> allImportFields();

struct ImportMapping
{
    QList<ImportField> columns; // one per sheet column

    static ImportMapping guess(const QStringList &headers);
    // Reads {"header": "field"}; headers of the sheet not named stay ignored. Unknown fields or
    // headers not in the sheet are errors, so a mapping made for another file is not half-applied.
    static ImportMapping fromJson(const QJsonObject &json, const QStringList &headers, QString *error);
    QJsonObject toJson(const QStringList &headers) const;
    // Same headers in any order and case → same key.
    static QString shapeKey(const QStringList &headers);

    int columnOf(ImportField f) const { return int(columns.indexOf(f)); }
    bool has(ImportField f) const { return columns.contains(f); }
    // What is missing for rows to be usable; empty when the mapping can be used.
    // `programGiven`: a program is chosen for the whole file, so no column needs to hold one.
    QString problem(bool programGiven = false) const;
};

} // namespace g2p
