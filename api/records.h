// Typed records for every schema of ../shared/contract/openapi.yaml.
//
// Each record lists its wire fields once, in `visit()`; the strict decoder and the encoder
// (codec.h) both walk that list. Member names follow the Odoo 17 (FastAPI) wire names; the
// Odoo 15 base_rest spelling is given as the alternative name and accepted when decoding.
#pragma once

#include "enums.h"
#include "recordkey.h"
#include "wiretime.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace g2p {

namespace field {
enum Flag : unsigned
{
    Required = 1, // the key must be present (null allowed only with Nullable)
    Nullable = 2, // null is a valid value
    NonEmpty = 4, // minLength 1
    EmptyIsNull = 8, // request dates of POST /individual, /group, PUT /update_individual: "" = null
    DateOrTime = 16, // Timestamp: a bare date is accepted too (DateOrTimestamp)
    ExtensionTs = 32, // Timestamp: extension form (microseconds and offset required)
    Shared = 64, // low-cardinality text (a gender, an id type, a program name): decoded values
                 // are shared between records instead of allocated each time
};
} // namespace field

// Which keys a decoded record carried, so that it re-encodes to the same JSON, and which naming
// variant (FastAPI or base_rest) it used.
struct WireInfo
{
    quint64 present = 0; // bit i: the i-th field of visit() was in the JSON
    quint64 nulls = 0; // bit i: ... and it was null
    bool baseRest = false;
    bool has(int index) const { return (present >> index) & 1U; }
    bool isNull(int index) const { return (nulls >> index) & 1U; }
};

// ------------------------------------------------------------------ response parts
struct RegistrantId
{
    WireInfo wire;
    qint64 id = 0;
    QString idType;
    QString value;
    QDate expiryDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("id_type_as_str", idType, Required | Shared, "id_type");
        v.field("value", value, Nullable);
        v.field("expiry_date", expiryDate, Nullable);
    }
};

struct Phone
{
    WireInfo wire;
    qint64 id = 0;
    QString phoneNo;
    QString phoneSanitized;
    QDate dateCollected;
    Timestamp disabled; // base_rest only
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("phone_no", phoneNo, Required);
        v.field("phone_sanitized", phoneSanitized, Required);
        v.field("date_collected", dateCollected, Nullable);
        v.field("disabled", disabled, Nullable | DateOrTime);
    }
};

struct MembershipSummary
{
    WireInfo wire;
    std::optional<qint64> programId;
    std::optional<MembershipState> state;
    Timestamp enrollmentDate;
    QDate exitDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("program_id", programId, Nullable);
        v.field("state", state, Nullable);
        v.field("enrollment_date", enrollmentDate, Nullable | DateOrTime);
        v.field("exit_date", exitDate, Nullable);
    }
};

// Fields common to individuals and groups (RegistrantInfoResponse).
struct RegistrantCommon
{
    qint64 id = 0; // the local id (recordkey.h): the database id on integer backends
    QString key; // the backend's own key when it is not `id` (not on the wire of this contract)
    QString name;
    QList<RegistrantId> regIds;
    bool isGroup = false;
    QDate registrationDate;
    QList<Phone> phones;
    QString email;
    QString address;
    QString image1920;
    Timestamp createDate;
    Timestamp writeDate;
    QList<MembershipSummary> programMemberships;
    // Disabled in the registry (OpenG2P's `disabled`): kept, never enrolled. Not on the REST
    // contract's wire; backends that know it set it.
    Timestamp disabled;

    template<class V>
    void visitHead(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("name", name, Required);
        v.field("reg_ids", regIds, Nullable, "ids");
        v.field("is_group", isGroup, Required);
        v.field("registration_date", registrationDate, Nullable);
        v.field("phone_number_ids", phones, Nullable, "phone_numbers");
        v.field("email", email, Nullable);
        v.field("address", address, Nullable);
        v.field("image_1920", image1920, Nullable);
        v.field("create_date", createDate, Nullable);
        v.field("write_date", writeDate, Nullable);
    }
};

struct Individual : RegistrantCommon
{
    WireInfo wire;
    QString givenName;
    QString addlName;
    QString familyName;
    QString gender;
    QDate birthdate;
    QString age;
    QString birthPlace;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        visitHead(v);
        v.field("given_name", givenName, Nullable | Shared);
        v.field("addl_name", addlName, Nullable | Shared);
        v.field("family_name", familyName, Nullable | Shared);
        v.field("gender", gender, Nullable | Shared);
        v.field("birthdate", birthdate, Nullable);
        v.field("age", age, Nullable | Shared);
        v.field("birth_place", birthPlace, Nullable | Shared);
        v.field("program_membership_ids", programMemberships, Nullable);
    }
};

struct MembershipKind
{
    WireInfo wire;
    QString name;
    template<class V>
    void visit(V &v)
    {
        v.field("name", name, field::Required | field::Nullable | field::Shared);
    }
};

struct GroupMember
{
    WireInfo wire;
    qint64 id = 0; // id of the g2p.group.membership record, not of the individual
    Individual individual;
    QList<MembershipKind> kinds;
    Timestamp createDate;
    Timestamp writeDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("individual", individual, 0);
        v.field("kind", kinds, Nullable);
        v.field("create_date", createDate, Nullable);
        v.field("write_date", writeDate, Nullable);
    }
};

// GroupInfoResponse, or the short form of a search (no members, no is_partial_group).
struct Group : RegistrantCommon
{
    WireInfo wire;
    QList<GroupMember> members;
    std::optional<bool> isPartialGroup;
    QString kind; // base_rest only
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        visitHead(v);
        v.field("group_membership_ids", members, 0, "members");
        v.field("is_partial_group", isPartialGroup, 0);
        v.field("kind", kind, Nullable);
        v.field("program_membership_ids", programMemberships, Nullable);
    }
    bool isShortForm() const { return !isPartialGroup.has_value(); }
};

// An item of GET /registrant (extension): an individual or a group, as their own reads answer
// them, plus `active` (false: archived or disabled; the copy drops it). `is_group` tells which
// fields apply. The cursor is built from `write_date` (UTC, microseconds, +00:00) and `id`.
struct RegistrantChange : RegistrantCommon
{
    WireInfo wire;
    // individuals
    QString givenName;
    QString addlName;
    QString familyName;
    QString gender;
    QDate birthdate;
    QString age;
    QString birthPlace;
    // groups
    QList<GroupMember> members;
    std::optional<bool> isPartialGroup;
    bool active = true;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("name", name, Required);
        v.field("reg_ids", regIds, Nullable);
        v.field("is_group", isGroup, Required);
        v.field("registration_date", registrationDate, Nullable);
        v.field("phone_number_ids", phones, Nullable);
        v.field("email", email, Nullable);
        v.field("address", address, Nullable);
        v.field("image_1920", image1920, Nullable);
        v.field("create_date", createDate, Nullable);
        v.field("write_date", writeDate, Required | ExtensionTs);
        v.field("given_name", givenName, Nullable | Shared);
        v.field("addl_name", addlName, Nullable | Shared);
        v.field("family_name", familyName, Nullable | Shared);
        v.field("gender", gender, Nullable | Shared);
        v.field("birthdate", birthdate, Nullable);
        v.field("age", age, Nullable | Shared);
        v.field("birth_place", birthPlace, Nullable | Shared);
        v.field("group_membership_ids", members, 0);
        v.field("is_partial_group", isPartialGroup, 0);
        v.field("program_membership_ids", programMemberships, Nullable);
        v.field("active", active, Required);
    }
};

// ------------------------------------------------------------------ request parts
struct RegistrantIdInput
{
    WireInfo wire;
    QString idType;
    QString value;
    QDate expiryDate;
    std::optional<IdStatus> status;
    QString description;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id_type", idType, Required | NonEmpty);
        v.field("value", value, Required | NonEmpty);
        v.field("expiry_date", expiryDate, Nullable | EmptyIsNull);
        v.field("status", status, Nullable);
        v.field("description", description, Nullable);
    }
};

struct PhoneInput
{
    WireInfo wire;
    QString phoneNo;
    QDate dateCollected;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("phone_no", phoneNo, Required);
        v.field("date_collected", dateCollected, Nullable | EmptyIsNull);
    }
};

struct ProgramMembershipInput
{
    WireInfo wire;
    QString name;
    QDate enrollmentDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("name", name, Nullable);
        v.field("enrollment_date", enrollmentDate, Nullable | EmptyIsNull);
    }
};

// Body of POST /individual. Keys that some upstream version insists on are always sent.
struct IndividualInput
{
    WireInfo wire;
    QString name;
    QList<RegistrantIdInput> ids;
    QDate registrationDate;
    QList<PhoneInput> phones;
    QString email;
    QString address;
    QString image1920;
    QString givenName;
    QString addlName;
    QString familyName;
    QString gender; // a gender.type code
    QDate birthdate;
    QString birthPlace;
    std::optional<bool> isGroup;
    QList<ProgramMembershipInput> programMemberships;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("name", name, Required | NonEmpty);
        v.field("ids", ids, Required);
        v.field("registration_date", registrationDate, Nullable | EmptyIsNull);
        v.field("phone_numbers", phones, Nullable);
        v.field("email", email, Nullable);
        v.field("address", address, Nullable);
        v.field("image_1920", image1920, Nullable);
        v.field("given_name", givenName, Required | NonEmpty);
        v.field("addl_name", addlName, Nullable);
        v.field("family_name", familyName, Nullable);
        v.field("gender", gender, Required | Nullable);
        v.field("birthdate", birthdate, Nullable | EmptyIsNull);
        v.field("birth_place", birthPlace, Required | Nullable);
        v.field("is_group", isGroup, 0);
        v.field("program_memberships", programMemberships, Nullable);
    }
};

// One item of PUT /update_individual.
struct IndividualUpdateInput
{
    WireInfo wire;
    QString updateId;
    QString name;
    QList<RegistrantIdInput> ids;
    QDate registrationDate;
    QList<PhoneInput> phones;
    QString email;
    QString address;
    QString image1920;
    QString givenName;
    QString addlName;
    QString familyName;
    QString gender;
    QDate birthdate;
    QString birthPlace;
    std::optional<bool> isGroup;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("updateId", updateId, Required | NonEmpty);
        v.field("name", name, Required | Nullable);
        v.field("ids", ids, Required);
        v.field("registration_date", registrationDate, Nullable | EmptyIsNull);
        v.field("phone_numbers", phones, Nullable);
        v.field("email", email, Nullable);
        v.field("address", address, Nullable);
        v.field("image_1920", image1920, Nullable);
        v.field("given_name", givenName, Required | Nullable);
        v.field("addl_name", addlName, Nullable);
        v.field("family_name", familyName, Nullable);
        v.field("gender", gender, Required | Nullable);
        v.field("birthdate", birthdate, Nullable | EmptyIsNull);
        v.field("birth_place", birthPlace, Required | Nullable);
        v.field("is_group", isGroup, 0);
    }
};

struct GroupMemberInput
{
    WireInfo wire;
    QString name;
    QString givenName;
    QString addlName;
    QString familyName;
    QList<RegistrantIdInput> ids;
    QDate registrationDate;
    QList<PhoneInput> phones;
    QString email;
    QString address;
    QString gender;
    QDate birthdate;
    QString birthPlace;
    std::optional<bool> isGroup;
    QList<MembershipKind> kinds;
    QList<ProgramMembershipInput> programMemberships;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("name", name, Required | NonEmpty);
        v.field("given_name", givenName, Required | NonEmpty);
        v.field("addl_name", addlName, Nullable);
        v.field("family_name", familyName, Nullable);
        v.field("ids", ids, Nullable);
        v.field("registration_date", registrationDate, Nullable | EmptyIsNull);
        v.field("phone_numbers", phones, Nullable);
        v.field("email", email, Required | Nullable);
        v.field("address", address, Required | Nullable);
        v.field("gender", gender, Required | Nullable);
        v.field("birthdate", birthdate, Nullable | EmptyIsNull);
        v.field("birth_place", birthPlace, Required | Nullable);
        v.field("is_group", isGroup, 0);
        v.field("kind", kinds, Nullable);
        v.field("program_memberships", programMemberships, Nullable);
    }
};

// Body of POST /group.
struct GroupInput
{
    WireInfo wire;
    QString name;
    QList<RegistrantIdInput> ids;
    QDate registrationDate;
    QList<PhoneInput> phones;
    QString email;
    QString address;
    QString image1920;
    std::optional<bool> isGroup;
    QList<GroupMemberInput> members;
    QString kind;
    std::optional<bool> isPartialGroup;
    QList<ProgramMembershipInput> programMemberships;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("name", name, Required | NonEmpty);
        v.field("ids", ids, Required);
        v.field("registration_date", registrationDate, Nullable | EmptyIsNull);
        v.field("phone_numbers", phones, Nullable);
        v.field("email", email, Nullable);
        v.field("address", address, Nullable);
        v.field("image_1920", image1920, Nullable);
        v.field("is_group", isGroup, 0);
        v.field("members", members, Required);
        v.field("kind", kind, Required | Nullable);
        v.field("is_partial_group", isPartialGroup, Required | Nullable);
        v.field("program_memberships", programMemberships, Nullable);
    }
};

// ------------------------------------------------------------------ extension
struct Program
{
    WireInfo wire;
    qint64 id = 0; // local id (recordkey.h)
    QString key; // the backend's own key when it is not `id`
    QString name;
    QString description;
    TargetType targetType = TargetType::Group;
    ProgramState state = ProgramState::Active;
    bool active = true;
    QDate dateEnded;
    std::optional<qint64> beneficiariesCount;
    std::optional<qint64> enrolledCount;
    Timestamp createDate;
    Timestamp writeDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("name", name, Required);
        v.field("description", description, Nullable);
        v.field("target_type", targetType, Required);
        v.field("state", state, Required);
        v.field("active", active, Required);
        v.field("date_ended", dateEnded, Nullable);
        v.field("beneficiaries_count", beneficiariesCount, 0);
        v.field("enrolled_count", enrolledCount, 0);
        v.field("create_date", createDate, 0);
        v.field("write_date", writeDate, 0);
    }
    bool acceptsEnrollment() const { return active && state == ProgramState::Active; }
};

struct ProgramMembership
{
    WireInfo wire;
    qint64 id = 0; // local ids (recordkey.h); the backend's own keys beside them when they differ
    QString key, registrantKey, programKey;
    qint64 registrantId = 0;
    QString registrantName;
    std::optional<bool> registrantIsGroup;
    qint64 programId = 0;
    QString programName;
    MembershipState state = MembershipState::Draft;
    Timestamp enrollmentDate;
    QDate exitDate;
    QString exitReason;
    Timestamp createDate;
    Timestamp writeDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("registrant_id", registrantId, Required);
        v.field("registrant_name", registrantName, 0);
        v.field("registrant_is_group", registrantIsGroup, 0);
        v.field("program_id", programId, Required);
        v.field("program_name", programName, Shared);
        v.field("state", state, Required);
        v.field("enrollment_date", enrollmentDate, Nullable);
        v.field("exit_date", exitDate, Nullable);
        v.field("exit_reason", exitReason, Nullable);
        v.field("create_date", createDate, 0);
        v.field("write_date", writeDate, Required | ExtensionTs);
    }
};

// Body of PATCH /program_membership/{_id}. Unknown keys are refused (additionalProperties: false).
struct MembershipUpdate
{
    static constexpr bool closed = true;
    WireInfo wire;
    std::optional<MembershipState> state;
    QDate enrollmentDate;
    QDate exitDate;
    QString exitReason;
    QString note;
    Timestamp writeDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("state", state, 0);
        v.field("enrollment_date", enrollmentDate, Nullable);
        v.field("exit_date", exitDate, Nullable);
        v.field("exit_reason", exitReason, Nullable);
        v.field("note", note, Nullable);
        v.field("write_date", writeDate, 0);
    }
    bool isEmpty() const
    {
        return !state && enrollmentDate.isNull() && exitDate.isNull() && exitReason.isNull() && note.isNull()
            && writeDate.isNull();
    }
};

struct HistoryEntry
{
    WireInfo wire;
    qint64 id = 0;
    qint64 membershipId = 0;
    Timestamp changedAt;
    QString changedBy;
    std::optional<MembershipState> fromState;
    MembershipState toState = MembershipState::Draft;
    Timestamp enrollmentDate;
    QDate exitDate;
    QString exitReason;
    QString note;
    HistorySource source = HistorySource::Api;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("membership_id", membershipId, Required);
        v.field("changed_at", changedAt, Required);
        v.field("changed_by", changedBy, Nullable | Shared);
        v.field("from_state", fromState, Nullable);
        v.field("to_state", toState, Required);
        v.field("enrollment_date", enrollmentDate, Nullable);
        v.field("exit_date", exitDate, Nullable);
        v.field("exit_reason", exitReason, Nullable);
        v.field("note", note, Nullable);
        v.field("source", source, Required);
    }
};

struct BatchEnrollItem
{
    static constexpr bool closed = true;
    WireInfo wire;
    qint64 registrantId = 0;
    QString registrantKey; // the backend's own key when it is not the id (not sent by this contract)
    QDate enrollmentDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("registrant_id", registrantId, Required);
        v.field("enrollment_date", enrollmentDate, Nullable);
    }
};

struct BatchEnrollRequest
{
    static constexpr bool closed = true;
    static constexpr int maxItems = 1000;
    WireInfo wire;
    qint64 programId = 0;
    QString programKey; // the backend's own key when it is not the id (not sent by this contract)
    std::optional<MembershipState> state; // draft or enrolled; default enrolled
    QDate enrollmentDate;
    QString note;
    QList<BatchEnrollItem> items;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("program_id", programId, Required);
        v.field("state", state, 0);
        v.field("enrollment_date", enrollmentDate, Nullable);
        v.field("note", note, Nullable);
        v.field("items", items, Required);
    }
};

// ExtensionErrorResponse, as it appears inside a batch item.
struct ErrorBody
{
    WireInfo wire;
    QString detail;
    QString errorCode;
    QString errorMessage;
    QString errorDescription;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("detail", detail, Required);
        v.field("errorCode", errorCode, Required);
        v.field("errorMessage", errorMessage, Required);
        v.field("errorDescription", errorDescription, Required | Nullable);
    }
};

struct BatchItemResult
{
    WireInfo wire;
    qint64 index = 0;
    qint64 registrantId = 0;
    BatchItemStatus status = BatchItemStatus::Error;
    ProgramMembership membership;
    ErrorBody error;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("index", index, Required);
        v.field("registrant_id", registrantId, Required);
        v.field("status", status, Required);
        v.field("membership", membership, 0);
        v.field("error", error, 0);
    }
    bool succeeded() const { return status != BatchItemStatus::Error; }
};

struct BatchEnrollResponse
{
    WireInfo wire;
    qint64 programId = 0;
    qint64 total = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    QList<BatchItemResult> items;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("program_id", programId, Required);
        v.field("total", total, Required);
        v.field("succeeded", succeeded, Required);
        v.field("failed", failed, Required);
        v.field("items", items, Required);
    }
};

// ------------------------------------------------------------------ legacy base_rest
struct SessionLogin
{
    WireInfo wire;
    QString db;
    QString login;
    QString password;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("db", db, 0);
        v.field("login", login, Required);
        v.field("password", password, Required);
    }
};

struct UpdateIdentification
{
    WireInfo wire;
    qint64 partnerId = 0;
    QString idType;
    QString value;
    QDate expiryDate;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("partner_id", partnerId, Required);
        v.field("id_type", idType, Required);
        v.field("value", value, Required);
        v.field("expiry_date", expiryDate, Nullable);
    }
};

struct UpdateIdentificationResult
{
    WireInfo wire;
    qint64 id = 0;
    QString idType;
    QString value;
    QDate expiryDate;
    qint64 partnerId = 0;
    template<class V>
    void visit(V &v)
    {
        using namespace field;
        v.field("id", id, Required);
        v.field("id_type", idType, Required);
        v.field("value", value, Nullable);
        v.field("expiry_date", expiryDate, Nullable);
        v.field("partner_id", partnerId, Required);
    }
};

} // namespace g2p

namespace g2p {

// References to records, with the backend's key where it has one of its own.
inline RecordRef refOf(const RegistrantCommon &r)
{
    return {r.id, r.key};
}
inline RecordRef refOf(const Program &p)
{
    return {p.id, p.key};
}
inline RecordRef refOf(const ProgramMembership &m)
{
    return {m.id, m.key};
}
inline RecordRef registrantRefOf(const ProgramMembership &m)
{
    return {m.registrantId, m.registrantKey};
}
inline RecordRef programRefOf(const ProgramMembership &m)
{
    return {m.programId, m.programKey};
}

} // namespace g2p
