#include "importmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace g2p {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
};

QString normalized(const QString &header)
{
    QString out;
    for (QChar c : header.trimmed().toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}
} // namespace

QList<ImportField> allImportFields()
{
    return {ImportField::Ignore, ImportField::RegistrantId, ImportField::IdType, ImportField::IdValue,
        ImportField::RegistrantName, ImportField::Program, ImportField::State, ImportField::EnrollmentDate,
        ImportField::ExitDate, ImportField::ExitReason};
}

QString importFieldKey(ImportField f)
{
    switch (f) {
    case ImportField::Ignore:
        return QStringLiteral("ignore");
    case ImportField::RegistrantId:
        return QStringLiteral("registrant_id");
    case ImportField::IdType:
        return QStringLiteral("id_type");
    case ImportField::IdValue:
        return QStringLiteral("id_value");
    case ImportField::RegistrantName:
        return QStringLiteral("registrant_name");
    case ImportField::Program:
        return QStringLiteral("program");
    case ImportField::State:
        return QStringLiteral("state");
    case ImportField::EnrollmentDate:
        return QStringLiteral("enrollment_date");
    case ImportField::ExitDate:
        return QStringLiteral("exit_date");
    case ImportField::ExitReason:
        return QStringLiteral("exit_reason");
    }
    return QString();
}

QString importFieldLabel(ImportField f)
{
    switch (f) {
    case ImportField::Ignore:
        return Tr::tr("(ignore)");
    case ImportField::RegistrantId:
        return Tr::tr("Registrant ID");
    case ImportField::IdType:
        return Tr::tr("ID type");
    case ImportField::IdValue:
        return Tr::tr("ID number");
    case ImportField::RegistrantName:
        return Tr::tr("Registrant name");
    case ImportField::Program:
        return Tr::tr("Program");
    case ImportField::State:
        return Tr::tr("State");
    case ImportField::EnrollmentDate:
        return Tr::tr("Enrollment date");
    case ImportField::ExitDate:
        return Tr::tr("Exit date");
    case ImportField::ExitReason:
        return Tr::tr("Exit reason");
    }
    return QString();
}

ImportMapping ImportMapping::guess(const QStringList &headers)
{
    static const QHash<QString, ImportField> synonyms {
        {QStringLiteral("registrantid"), ImportField::RegistrantId},
        {QStringLiteral("partnerid"), ImportField::RegistrantId},
        {QStringLiteral("id"), ImportField::RegistrantId},
        {QStringLiteral("beneficiaryid"), ImportField::RegistrantId},
        {QStringLiteral("idtype"), ImportField::IdType},
        {QStringLiteral("idvalue"), ImportField::IdValue},
        {QStringLiteral("idnumber"), ImportField::IdValue},
        {QStringLiteral("registrant"), ImportField::RegistrantName},
        {QStringLiteral("registrantname"), ImportField::RegistrantName},
        {QStringLiteral("name"), ImportField::RegistrantName},
        {QStringLiteral("program"), ImportField::Program},
        {QStringLiteral("programname"), ImportField::Program},
        {QStringLiteral("programid"), ImportField::Program},
        {QStringLiteral("state"), ImportField::State},
        {QStringLiteral("status"), ImportField::State},
        {QStringLiteral("enrollmentdate"), ImportField::EnrollmentDate},
        {QStringLiteral("enrolmentdate"), ImportField::EnrollmentDate},
        {QStringLiteral("enrolled"), ImportField::EnrollmentDate},
        {QStringLiteral("exitdate"), ImportField::ExitDate},
        {QStringLiteral("exitreason"), ImportField::ExitReason},
        {QStringLiteral("reason"), ImportField::ExitReason},
    };
    ImportMapping m;
    for (const QString &h : headers) {
        ImportField f = synonyms.value(normalized(h), ImportField::Ignore);
        if (f != ImportField::Ignore && m.columns.contains(f))
            f = ImportField::Ignore; // the first column of a kind wins
        m.columns << f;
    }
    return m;
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json, const QStringList &headers, QString *error)
{
    ImportMapping m;
    m.columns = QList<ImportField>(headers.size(), ImportField::Ignore);
    for (auto it = json.begin(); it != json.end(); ++it) {
        int column = -1;
        for (int i = 0; i < headers.size(); ++i)
            if (headers[i].trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0)
                column = i;
        if (column < 0) {
            *error
                = Tr::tr("the mapping names the column “%1”, which the file does not have (its columns: %2)")
                      .arg(it.key(), headers.join(QStringLiteral(", ")));
            return {};
        }
        const QString key = it.value().toString();
        bool known = false;
        for (ImportField f : allImportFields())
            if (importFieldKey(f) == key) {
                if (f != ImportField::Ignore && m.columns.contains(f)) {
                    *error = Tr::tr("the mapping gives the field “%1” to two columns").arg(key);
                    return {};
                }
                m.columns[column] = f;
                known = true;
            }
        if (!known) {
            QStringList keys;
            for (ImportField f : allImportFields())
                keys << importFieldKey(f);
            *error = Tr::tr("the mapping gives column “%1” the unknown field “%2” (fields: %3)")
                         .arg(it.key(), key, keys.join(QStringLiteral(", ")));
            return {};
        }
    }
    return m;
}

QJsonObject ImportMapping::toJson(const QStringList &headers) const
{
    QJsonObject o;
    for (int i = 0; i < columns.size() && i < headers.size(); ++i)
        if (columns[i] != ImportField::Ignore)
            o.insert(headers[i], importFieldKey(columns[i]));
    return o;
}

QString ImportMapping::shapeKey(const QStringList &headers)
{
    QStringList n;
    for (const QString &h : headers)
        n << normalized(h);
    n.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(n.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

QString ImportMapping::problem(bool programGiven) const
{
    const bool byId = has(ImportField::RegistrantId);
    const bool byIdNumber = has(ImportField::IdType) && has(ImportField::IdValue);
    if (has(ImportField::IdType) != has(ImportField::IdValue))
        return Tr::tr("The ID type and the ID number go together: map both or neither.");
    if (!byId && !byIdNumber)
        return Tr::tr(
            "Say which column holds the registrant ID, or which hold the ID type and the ID number.");
    if (!has(ImportField::Program) && !programGiven)
        return Tr::tr("Say which column holds the program.");
    return QString();
}

} // namespace g2p
