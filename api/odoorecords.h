// OpenG2P 17's records as Odoo's external API gives them (search_read/read rows), read into G2P
// Desk's records, and the chatter notes G2P Desk posts on each membership it changes
// (../shared/contract/backends/odoo17-jsonrpc.md, sections 3.3, 4 and 5).
#pragma once

#include "records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace g2p::odoo {

// Fields asked for (never "all": a membership would bring every res.partner field along).
QJsonArray registrantFields();
QJsonArray membershipFields();
QJsonArray programFields();

// Odoo's values: false for empty, "YYYY-MM-DD HH:MM:SS" UTC, many2one [id, "name"].
QString text(const QJsonValue &v);
QDate date(const QJsonValue &v);
Timestamp datetime(const QJsonValue &v);
QString datetimeText(const Timestamp &t);
QString datetimeText(QDate day); // midnight UTC
qint64 many2oneId(const QJsonValue &v);
QString many2oneName(const QJsonValue &v);

// The children of a page of registrants, read in one request per kind.
struct Children
{
    QHash<qint64, RegistrantId> regIds; // by g2p.reg.id id
    QHash<qint64, Phone> phones;
    QHash<qint64, QList<MembershipSummary>> memberships; // by registrant
    QHash<qint64, QList<GroupMember>> members; // by group
};

Individual individualFrom(const QJsonObject &row, const Children &c);
Group groupFrom(const QJsonObject &row, const Children &c);
ProgramMembership membershipFrom(const QJsonObject &row);
Program programFrom(const QJsonObject &row);

// What G2P Desk writes in a membership's chatter: one line an officer reads in the web UI, then a
// machine-readable line the History view reads back ("[g2p-desk] {json}"). `token` makes a
// re-post after a lost answer detectable.
struct ChangeNote
{
    std::optional<MembershipState> from;
    MembershipState to = MembershipState::Draft;
    Timestamp enrollmentDate;
    QDate exitDate;
    QString reason;
    QString note;
    QString token;
    bool batch = false;
};
QString noteText(const ChangeNote &n);
// What marks a note as G2P Desk's ("[g2p-desk] ").
QString noteMarker();
// A chatter message (mail.message row) as a history entry; nullopt when G2P Desk did not write it.
// `token` (when given) receives the note's token: one change, however many times its note arrived
// (a post sent again by the network layer after a dropped connection is the same note).
std::optional<HistoryEntry> entryFromMessage(
    const QJsonObject &message, qint64 membershipId, QString *token = nullptr);
// The text of an HTML body (Odoo escapes a plain-text note): tags dropped, entities decoded.
QString htmlToText(const QString &html);

} // namespace g2p::odoo
