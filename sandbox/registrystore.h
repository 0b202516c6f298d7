// The sandbox's registry database (Qt Sql over SQLite): schema, reference data and the queries
// the routes need. One connection, used from the server's thread only.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace g2p {
class SqliteStatement;
}

namespace g2p::sandbox {

class JsonText;

struct PartnerRow
{
    qint64 id = 0;
    bool isGroup = false;
    QString name, givenName, addlName, familyName, gender, birthdate, birthPlace, registrationDate;
    QString email, address, image1920, kind;
    QVariant isPartialGroup; // null or bool
    bool active = true;
    qint64 createDate = 0, writeDate = 0;
};

struct MembershipRow
{
    qint64 id = 0;
    qint64 partnerId = 0;
    qint64 programId = 0;
    QString state;
    QVariant enrollmentDate; // null or micros (qint64)
    QString exitDate; // null or YYYY-MM-DD
    QString exitReason;
    qint64 createDate = 0, writeDate = 0;
    // joined
    QString registrantName;
    bool registrantIsGroup = false;
    QString programName;
};

struct ProgramRow
{
    qint64 id = 0;
    QString name, description, targetType, state, dateEnded;
    bool active = true;
    qint64 createDate = 0, writeDate = 0;
    qint64 beneficiaries = 0, enrolled = 0;
};

struct HistoryRow
{
    qint64 membershipId = 0;
    qint64 changedAt = 0;
    QString changedBy;
    QString fromState; // null for creation
    QString toState;
    QVariant enrollmentDate;
    QString exitDate, exitReason, note, source;
};

class RegistryStore
{
public:
    RegistryStore();
    ~RegistryStore();
    RegistryStore(const RegistryStore &) = delete;
    RegistryStore &operator=(const RegistryStore &) = delete;

    // ":memory:" or a file; creates the schema and reference data when new.
    bool open(const QString &path, QString *error);
    QSqlDatabase db() const;
    bool hasTrigramIndex() const { return m_fts; }
    bool isEmpty() const;

    // A strictly increasing clock (microseconds, UTC): no two changes share a write_date.
    qint64 nowMicros();

    bool begin();
    bool commit();
    void rollback();

    // Reference data (names as configured in Odoo).
    bool idTypeExists(const QString &name) const { return m_idTypes.contains(name); }
    QString genderValue(const QString &code) const { return m_genders.value(code); }
    bool groupKindExists(const QString &name) const { return m_groupKinds.contains(name); }
    bool membershipKindExists(const QString &name) const { return m_memberKinds.contains(name); }

    // Partners
    qint64 insertPartner(PartnerRow &row);
    std::optional<PartnerRow> partner(qint64 id, bool isGroup) const;
    // The partners with these ids (any order; unknown ids are left out).
    QList<PartnerRow> partnerRows(const QList<qint64> &ids) const;
    std::optional<PartnerRow> anyPartner(qint64 id) const;
    // Odoo `like`: case-sensitive substring with % and _ wildcards; both filters optional.
    QList<qint64> searchPartners(bool isGroup, std::optional<qint64> id, const QString &nameLike) const;
    bool updatePartner(const PartnerRow &row);
    void touchPartner(qint64 id);

    qint64 insertRegId(qint64 partnerId,
        const QString &idType,
        const QString &value,
        const QString &expiry,
        const QString &status,
        const QString &description);
    bool updateRegId(qint64 regId,
        const QString &value,
        const QString &expiry,
        const QString &status,
        const QString &description);
    std::optional<qint64> regIdOfType(qint64 partnerId, const QString &idType) const;
    std::optional<qint64> partnerByRegId(const QString &idType, const QString &value) const;
    QStringList idValues(const QString &includeType, const QString &excludeType) const;
    qint64 insertPhone(
        qint64 partnerId, const QString &phoneNo, const QString &sanitized, const QString &dateCollected);
    qint64 insertGroupMembership(qint64 groupId, qint64 individualId, const QStringList &kinds);

    // Programs and memberships
    qint64 insertProgram(const ProgramRow &row);
    std::optional<ProgramRow> program(qint64 id) const;
    // Lowest id of an unarchived program with this exact name and target type.
    std::optional<qint64> programByName(const QString &name, const QString &targetType) const;
    QList<ProgramRow> programs(
        const QString &where, const QVariantList &binds, int limit, int offset, qint64 *total) const;

    std::optional<MembershipRow> membership(qint64 id) const;
    std::optional<MembershipRow> membershipOf(qint64 partnerId, qint64 programId) const;
    // Ordered by `orderBy` (default: newest id first, the upstream model order); `total` (when not
    // null) gets how many match, ignoring limit and offset.
    QList<MembershipRow> memberships(const QString &where,
        const QVariantList &binds,
        int limit,
        int offset,
        qint64 *total,
        const QString &orderBy = QString()) const;
    qint64 insertMembership(MembershipRow &row);
    bool updateMembership(const MembershipRow &row);
    qint64 insertHistory(const HistoryRow &row);
    QList<QJsonObject> history(qint64 membershipId) const;

    // JSON views (FastAPI names; base_rest names when `baseRest`).
    QJsonObject individualJson(const PartnerRow &p, bool baseRest) const;
    QJsonObject groupJson(const PartnerRow &p, bool full, bool baseRest) const;
    // Many partners at once, with their ids, phones and memberships fetched in chunks.
    QList<QJsonObject> partnersJson(const QList<qint64> &ids, bool isGroup, bool full, bool baseRest) const;
    // The same as JSON text:
    // an array in the order of `ids` (unknown ids left out), or each partner's object by id — with
    // `active` where the map has the partner (the change lists).
    QByteArray partnersArray(const QList<qint64> &ids, bool isGroup, bool full, bool baseRest) const;
    QHash<qint64, QByteArray> partnerTexts(const QList<qint64> &ids,
        bool isGroup,
        bool full,
        bool baseRest,
        const QHash<qint64, bool> *active = nullptr) const;
    static QJsonObject membershipJson(const MembershipRow &m);
    // The same object as JSON text (the change list's thousand per page: QJsonObjects took two fifths
    // of the page).
    static void writeMembership(JsonText &out, const MembershipRow &m);
    static QJsonObject programJson(const ProgramRow &p);

    // Bulk loading for the demo-data generator: prepared statements kept open.
    QSqlQuery prepare(const QString &sql) const;
    void rebuildSearchIndex();
    // The name index of these partners after their names were written some other way (the Odoo face).
    void reindexNames(const QList<qint64> &ids);

private:
    struct Children;
    Children loadChildren(const QList<qint64> &ids, bool withMembers, bool baseRest) const;
    void writePartner(JsonText &out,
        const PartnerRow &p,
        const Children &c,
        bool full,
        bool baseRest,
        const bool *active) const;
    bool createSchema(QString *error);
    void loadReferenceData();
    static PartnerRow readPartner(const SqliteStatement &q);

    QString m_connection;
    bool m_fts = false;
    qint64 m_lastMicros = 0;
    QHash<QString, QString> m_genders; // code -> value
    QStringList m_idTypes, m_groupKinds, m_memberKinds;
};

// OpenG2P's computed `age` (whole years today, UTC) of a YYYY-MM-DD birth date.
QString ageOf(const QString &birthdate);
// "2024-07-01T08:02:11.482913+00:00"
QString formatMicros(qint64 micros);
QJsonValue microsOrNull(const QVariant &micros);
QJsonValue textOrNull(const QString &s);
// "1,2,3": `count` ids of `ids` from `from`, for an SQL IN list (integers only).
QString sqlIdList(const QList<qint64> &ids, qsizetype from, qsizetype count);
// `values` bound from parameter 1 on: integers and booleans as integers, null as NULL, the rest as text.
void bindValues(SqliteStatement &q, const QVariantList &values);

} // namespace g2p::sandbox
