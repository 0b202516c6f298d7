#include "outboxmodel.h"

#include "cachemapping.h"
#include "membershiptablemodel.h"
#include "outboxchange.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>

namespace g2p {

void OutboxModel::setProgramNames(const QHash<qint64, QString> &names)
{
    m_programNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Change), index(rowCount() - 1, Change));
}

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(OutboxItem::State s)
{
    switch (s) {
    case OutboxItem::State::Pending:
        return tr("waiting");
    case OutboxItem::State::Sending:
        return tr("sent, not yet confirmed");
    case OutboxItem::State::Confirmed:
        return tr("confirmed");
    case OutboxItem::State::Failed:
        return tr("failed");
    case OutboxItem::State::Conflict:
        return tr("conflict");
    case OutboxItem::State::Discarded:
        return tr("discarded");
    }
    return QString();
}

bool OutboxModel::isOutcomeUnknown(const OutboxItem &item) const
{
    return item.state == OutboxItem::State::Sending && !m_outcomeKnown.contains(item.id);
}

QString OutboxModel::unknownOutcomeText()
{
    return tr("unknown outcome");
}

QString OutboxModel::unknownOutcomeExplanation()
{
    return tr("Sent, but the answer was lost (or the program stopped while it was on its way): the server "
              "may or may not have applied it. It is checked against the server before anything is sent "
              "again. Check now asks the server without sending anything; then discard it or send it again.");
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxItem *item = at(index.row());
    if (!item)
        return QVariant();
    if (role == ItemIdRole)
        return item->id;
    if (role == StateRole)
        return int(item->state);
    if (role == OutcomeUnknownRole)
        return isOutcomeUnknown(*item);
    if (role == RegistrantIdRole)
        return item->registrantId;
    if (role == ProgramIdRole)
        return item->payload.value(QStringLiteral("program_id")).toInteger();
    if (role == Qt::ToolTipRole && index.column() == State && isOutcomeUnknown(*item))
        return unknownOutcomeExplanation();
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (item->state == OutboxItem::State::Failed || item->state == OutboxItem::State::Conflict
            || isOutcomeUnknown(*item))
            return QColor(0xb0, 0x20, 0x20);
        return QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return item->message;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Id:
        return item->id;
    case State:
        return isOutcomeUnknown(*item) ? unknownOutcomeText() : stateText(item->state);
    case Registrant: {
        const QString name = item->payload.value(QStringLiteral("registrant_name")).toString();
        const QString id = displayKey(RecordKind::Registrant, item->registrantId,
            item->payload.value(QStringLiteral("keys"))
                .toObject()
                .value(QStringLiteral("registrant"))
                .toString());
        return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
    }
    case Change:
        return describeChange(*item, m_programNames);
    case Tries:
        return item->attempts;
    case Message:
        return item->message;
    case Queued:
        return QLocale().toString(item->created.toLocalTime(), QLocale::ShortFormat);
    }
    return QVariant();
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Id:
        return tr("No.");
    case State:
        return tr("State");
    case Registrant:
        return tr("Registrant");
    case Change:
        return tr("Change");
    case Tries:
        return tr("Tries");
    case Message:
        return tr("Server's answer");
    case Queued:
        return tr("Queued at");
    }
    return QVariant();
}

void OutboxModel::setItems(QList<OutboxItem> items, const QSet<qint64> &outcomeKnown)
{
    beginResetModel();
    m_items = std::move(items);
    m_outcomeKnown = outcomeKnown;
    endResetModel();
}

const OutboxItem *OutboxModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

QList<ConflictField> OutboxModel::conflictFields(const OutboxItem &item)
{
    QList<ConflictField> out;
    const auto change = membershipChange(item);
    const auto theirs = membershipFrom(QJsonDocument(item.serverVersion).toJson());
    if (!change || !theirs)
        return out;
    const MembershipUpdate &u = change->update;
    const auto date
        = [](QDate d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); };
    const auto add = [&out](const QString &field, const QString &mine, const QString &server) {
        out << ConflictField {field, mine, server, mine != server};
    };
    const ProgramMembership before = change->original.value_or(ProgramMembership());
    add(tr("State"), MembershipTableModel::stateText(u.state.value_or(before.state)),
        MembershipTableModel::stateText(theirs->state));
    add(tr("Enrollment date"),
        date(u.enrollmentDate.isValid() ? u.enrollmentDate : before.enrollmentDate.utcDate()),
        date(theirs->enrollmentDate.utcDate()));
    add(tr("Exit date"), date(u.exitDate.isValid() ? u.exitDate : before.exitDate), date(theirs->exitDate));
    add(tr("Exit reason"), u.exitReason.isNull() ? before.exitReason : u.exitReason, theirs->exitReason);
    add(tr("Last changed on the server"), before.writeDate.isNull() ? QString() : before.writeDate.text(),
        theirs->writeDate.isNull() ? QString() : theirs->writeDate.text());
    return out;
}

} // namespace g2p
