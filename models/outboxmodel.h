// The outbox as a table for the outbox view: every change made from this desktop that is not yet
// confirmed (or all of them), with its state, tries and the server's words; and, for a conflict,
// the officer's version beside the server's, field by field.
#pragma once

#include "outbox.h"

#include <QAbstractTableModel>
#include <QSet>

namespace g2p {

struct ConflictField
{
    QString field, mine, theirs;
    bool differs = false;
};

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        State,
        Registrant,
        Change,
        Tries,
        Message,
        Queued,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        StateRole,
        OutcomeUnknownRole, // sent, and not on its way in this program now: the answer was lost
        RegistrantIdRole, // whom the change is about
        ProgramIdRole // in which program (0 when the change names none)
    };

    explicit OutboxModel(QObject *parent = nullptr);
    // Names for the programs of changes that carry none.
    void setProgramNames(const QHash<qint64, QString> &names);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `outcomeKnown`: the "sending" items this program is sending right now or knows the server
    // never had; every other "sending" item has an unknown outcome (its answer was lost, or a
    // program stopped while it was sent).
    void setItems(QList<OutboxItem> items, const QSet<qint64> &outcomeKnown = {});
    bool isOutcomeUnknown(const OutboxItem &item) const;
    static QString unknownOutcomeText();
    static QString unknownOutcomeExplanation();
    const OutboxItem *at(int row) const;
    static QString stateText(OutboxItem::State s);
    // A conflict's two versions: what this desktop asked for, what the server has now.
    static QList<ConflictField> conflictFields(const OutboxItem &item);

private:
    QHash<qint64, QString> m_programNames;
    QList<OutboxItem> m_items;
    QSet<qint64> m_outcomeKnown;
};

} // namespace g2p
