// OpenSPP2's API v2 resources (../shared/contract/backends/openspp2-api-v2.md, sections 2 and 7)
// read into G2P Desk's records, and the keys G2P Desk gives them. API v2 never shows database ids:
//   registrant  "Individual/{system}|{value}" or "Group/{system}|{value}" — the registrant's
//               system_id when the server lists it (every OpenSPP2 registrant has one; it never
//               changes), else the first identifier the server gives;
//   program     "Program/urn:openspp:program|{slug}";
//   membership  "{registrant key}?program={program key}" (a membership is addressed by its
//               beneficiary and its program).
// Bodies are read leniently where the server differs between single reads (null keys present) and
// search items (null keys left out).
#pragma once

#include "records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace g2p::spp2 {

inline const QString kSystemIdSystem = QStringLiteral("urn:openspp:vocab:id-type#system_id");
inline const QString kIdTypeNamespace = QStringLiteral("urn:openspp:vocab:id-type#");

// "Individual/" or "Group/" + "{system}|{value}".
QString registrantKey(bool isGroup, const QString &system, const QString &value);
// The key of a registrant from its identifier list (system_id first), or `fallbackReference`.
QString registrantKeyFrom(bool isGroup, const QJsonArray &identifiers, const QString &fallbackReference);
QString membershipKey(const QString &registrantKey, const QString &programKey);
// Splits a membership key; false when it is not one.
bool splitMembershipKey(const QString &key, QString *registrantKey, QString *programKey);
// "{system}|{value}" of a reference ("Individual/{system}|{value}" → "{system}|{value}").
QString referenceIdentifier(const QString &reference);
bool isGroupReference(const QString &reference);

// Keys as a person reads and types them (the command line): "national_id|X" for an individual,
// "Group/system_id|Y" for a group, "urn:openspp:program|cash" for a program, and
// "national_id|X?program=cash" for a membership. expandKey() reads them back (and full keys);
// `registrantPrefix` ("Individual/" or "Group/") applies to a registrant given without one.
QString compactKey(RecordKind kind, const QString &key);
QString expandKey(
    RecordKind kind, const QString &text, const QString &registrantPrefix = QStringLiteral("Individual/"));

// An ID type as an officer names it ("National ID", "national_id") → the API's system
// ("urn:openspp:vocab:id-type#national_id"); a text that is already a URN is kept.
QString idTypeSystem(const QString &idType);
// The other way: "National ID" for "...#national_id"; another system as it is.
QString idTypeName(const QString &system);

// meta.versionId (integer microseconds of write_date) as a time; else meta.lastUpdated (naive UTC).
Timestamp versionTime(const QJsonObject &meta);

Individual individualFrom(const QJsonObject &o);
Group groupFrom(const QJsonObject &o);
Program programFrom(const QJsonObject &o);
ProgramMembership membershipFrom(const QJsonObject &o);

// The body of a PUT: the membership as read (`read`), program and beneficiary unchanged.
QJsonObject membershipBody(const QJsonObject &read);

} // namespace g2p::spp2
