// A table of registrants (individuals or groups) for a million rows: compact storage, sorting and
// filtering in our own code (QSortFilterProxyModel takes seconds at that size), rows fed in batches.
#pragma once

#include "chunkedvector.h"
#include "household.h"
#include "records.h"
#include "registrantfilter.h"
#include "textarena.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace g2p {

class RegistrantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Name,
        Gender,
        BirthDate,
        Registered,
        IdNumbers,
        Phone,
        Address,
        Programs,
        Head, // groups: the head of the household
        Members, // groups: how many members
        ColumnCount
    };
    enum Role
    {
        RegistrantIdRole = Qt::UserRole + 1,
        IsGroupRole,
        SortKeyRole,
        // The backend's own key of the registrant (recordkey.h); empty where the id is the key.
        RegistrantKeyRole
    };

    explicit RegistrantTableModel(QObject *parent = nullptr);
    ~RegistrantTableModel() override;
    // A registry's gender value in the officer's language ("Female" → "Femme"); a value it does not
    // know is shown as the registry wrote it. Filters and sorting keep the registry's value.
    static QString genderText(const QString &wire);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void clear();
    // Appends records; rows already shown stay where they are when nothing is sorted or filtered.
    void append(const QList<Individual> &individuals);
    // Groups without their members (a list's reading) take their head and size from `households`.
    void append(const QList<Group> &groups, const HouseholdSummaries &households = {});
    // Replaces the row of this registrant with fresh data (after a change), if present.
    void update(const Individual &individual);
    // A group without members and without a summary keeps the head and size its row had.
    void update(const Group &group, const HouseholdSummaries &households = {});
    // Many rows at once (a server's answer): one pass over the list instead of one per row.
    void update(const QList<Individual> &individuals);
    void update(const QList<Group> &groups, const HouseholdSummaries &households);

    // While a large result streams in: rows are shown as they come, and the sort and the filter
    // are applied once when this is turned off (instead of after every batch).
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

    // A list with more rows than the synchronous limit is filtered a few milliseconds at a
    // time while the event loop turns (a million rows took the window 40-60 ms a keystroke): the
    // rows shown change, and filterApplied() is emitted, when the whole list has been tested.
    // Smaller lists are filtered before setFilter() returns.
    void setFilter(const RegistrantFilter &filter);
    const RegistrantFilter &filter() const { return m_filter; }
    bool isFiltering() const { return m_scan != nullptr; }
    // Lists with more rows than `synchronousRows` are filtered in slices of `sliceNs`
    // (defaults: 100,000 rows, 6 ms).
    void setFilterSlicing(qsizetype synchronousRows, qint64 sliceNs)
    {
        m_syncFilterRows = synchronousRows;
        m_filterSliceNs = sliceNs;
    }
    void setProgramNames(const QHash<qint64, QString> &names);

    qint64 registrantId(int row) const;
    int rowOf(qint64 registrantId) const; // -1 when not shown
    qsizetype totalRows() const { return qsizetype(m_rows.size()); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Bytes of the model's own structures per stored row (not counting string contents).
    double structuralBytesPerRow() const;

Q_SIGNALS:
    void filterApplied(int shown, qsizetype total);

private:
    struct MembershipCell
    {
        qint32 programId;
        quint8 state;
    };
    // A text of a row, in m_text (a string per field cost a million rows ~300 MB).
    struct TextRef
    {
        quint32 offset = 0;
        quint32 length = 0; // at most 65,535 (keep() cuts there)
    };
    enum class Text : quint8
    {
        Name,
        IdNumbers,
        Phone,
        Address,
        Head
    };
    static constexpr int kTexts = 5;
    // 64 bytes: a row's texts are kept as offsets and 16-bit lengths side by side (five TextRefs
    // took 40 bytes, and a million rows over 400 MB once groups had a head).
    struct Row
    {
        qint64 id = 0;
        quint32 textOffset[kTexts] = {};
        quint16 textLength[kTexts] = {}; // Head: groups only, the member whose role is Head
        qint32 birth = 0; // individuals: Julian day of birth, 0 = unknown; groups: how many members
        qint32 registered = 0; // Julian day, 0 = unknown
        quint32 foldOffset = 0; // case-folded "name id-numbers" in m_foldText: what the text filter searches
        quint32 membershipOffset = 0;
        quint16 foldLength = 0;
        quint16 membershipCount = 0;
        quint8 gender = 0; // index into m_genders; 0 = none
        bool isGroup = false;

        TextRef ref(Text t) const { return {textOffset[int(t)], textLength[int(t)]}; }
        void set(Text t, TextRef r)
        {
            textOffset[int(t)] = r.offset;
            textLength[int(t)] = quint16(r.length);
        }
    };
    static_assert(sizeof(Row) == 64, "a million rows: every byte of a row is a megabyte");

    template<class R>
    void fillRow(Row &row, const R &registrant, bool isGroup);
    template<class R>
    Row makeRow(const R &registrant, bool isGroup);
    quint8 genderIndex(const QString &gender); // 0: none
    void rowsAdded(std::size_t first);
    void setHousehold(Row &row, const Group &group, const HouseholdSummaries &households);
    bool matches(const Row &r, const RegistrantFilter &f) const;
    QStringView folded(const Row &r) const { return QStringView(m_foldText.at(r.foldOffset), r.foldLength); }
    QStringView text(TextRef t) const
    {
        return t.length ? QStringView(m_text.at(t.offset), t.length) : QStringView();
    }
    QStringView text(const Row &r, Text t) const { return text(r.ref(t)); }
    TextRef keep(QStringView text);
    void rebuildView(bool refineOnly);
    struct FilterScan;
    void continueScan(qint64 budgetNs);
    void cancelScan();
    void showView(std::vector<qint32> &&visible, const RegistrantFilter &filter);
    void replaceRows(std::vector<Row> &&rows, const std::vector<char> &keepHousehold);
    void sortStorage();
    QString programsText(const Row &r) const;
    QVariant displayData(const Row &r, int column) const;

    ChunkedVector<Row> m_rows; // grows without moving the rows it holds
    std::vector<MembershipCell> m_memberships;
    QHash<qint64, QString> m_keys; // rows whose backend has keys of its own
    // All folded texts side by side: a filter or a sort reads them in one sequential sweep
    // instead of chasing a pointer per row.
    TextArena m_foldText;
    TextArena m_text; // names, id numbers, phones and addresses as they are shown
    std::vector<qint32> m_order; // all rows, in sort order
    std::vector<qint32> m_visible; // the rows shown, in sort order
    QStringList m_genders {QString()};
    QHash<qint64, QString> m_programNames;
    RegistrantFilter m_filter; // asked for
    RegistrantFilter m_shownFilter; // what m_visible shows (typing refines from it)
    std::unique_ptr<FilterScan> m_scan; // a filter being applied a slice at a time
    QTimer *m_scanTimer = nullptr;
    qsizetype m_syncFilterRows = 100000;
    qint64 m_filterSliceNs = 6'000'000; // how long a slice may keep the window's thread
    bool m_loading = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace g2p
