#include "registranttablemodel.h"

#include "accessibletext.h"
#include "backgroundtask.h"
#include "recordkey.h"

#include <QElapsedTimer>

#include <algorithm>
#include <thread>

namespace g2p {
namespace {

constexpr qint32 kNoDate = 0;

qint32 julian(QDate d)
{
    return d.isValid() ? qint32(d.toJulianDay()) : kNoDate;
}

// The first twelve UTF-16 units as three integers, for a fast first pass of string sorting:
// only rows that agree on all twelve are compared as strings.
struct PrefixKey
{
    quint64 k[3];
    qint32 row;
};

PrefixKey prefixKey(QStringView s, qint32 row)
{
    PrefixKey key {{0, 0, 0}, row};
    const QChar *c = s.data();
    const qsizetype n = s.size();
    for (int part = 0; part < 3; ++part) {
        quint64 v = 0;
        for (int i = 0; i < 4; ++i) {
            const qsizetype at = part * 4 + i;
            v = (v << 16) | (at < n ? c[at].unicode() : 0);
        }
        key.k[part] = v;
    }
    return key;
}

// Sorts the two halves on two threads, then merges: about half the time on a two-core machine.
template<class T, class Less>
void parallelSort(std::vector<T> &v, Less less)
{
    if (v.size() < 200000 || std::thread::hardware_concurrency() < 2) {
        std::sort(v.begin(), v.end(), less);
        return;
    }
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::thread other([&] { std::sort(v.begin(), mid, less); });
    std::sort(mid, v.end(), less);
    other.join();
    std::inplace_merge(v.begin(), mid, v.end(), less);
}

} // namespace

// A filter being applied: rows are tested in storage order (sequential memory), then the hits
// are listed in sort order. When typing narrows what is shown, only the rows shown are tested, and
// their hits listed in the order shown.
struct RegistrantTableModel::FilterScan
{
    RegistrantFilter asked; // as set (shown as the view's filter when done)
    RegistrantFilter folded; // its text case-folded
    bool textOnly = false;
    bool refine = false;
    std::vector<qint32> candidates; // refine: the rows shown when it started, in sort order
    std::vector<char> hit; // by stored row (refine: 1 = to test, until tested)
    std::size_t tested = 0; // stored rows tested so far
    std::size_t listed = 0; // entries of m_order (refine: of candidates) gone through
    std::vector<qint32> visible;
};

RegistrantTableModel::RegistrantTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_scanTimer(new QTimer(this))
{
    m_scanTimer->setSingleShot(true);
    m_scanTimer->setInterval(0);
    connect(m_scanTimer, &QTimer::timeout, this, [this] {
        if (m_scan)
            continueScan(m_filterSliceNs);
    });
}

RegistrantTableModel::~RegistrantTableModel() = default;

QString RegistrantTableModel::genderText(const QString &wire)
{
    if (wire.compare(QLatin1String("female"), Qt::CaseInsensitive) == 0)
        return tr("Female");
    if (wire.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0)
        return tr("Male");
    if (wire.compare(QLatin1String("other"), Qt::CaseInsensitive) == 0)
        return tr("Other");
    return wire;
}

int RegistrantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RegistrantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case BirthDate:
        return tr("Birth date");
    case Registered:
        return tr("Registered");
    case IdNumbers:
        return tr("ID numbers");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case Programs:
        return tr("Programs");
    case Head:
        return tr("Head");
    case Members:
        return tr("Members");
    default:
        return QVariant();
    }
}

QString RegistrantTableModel::programsText(const Row &r) const
{
    QString out;
    for (quint32 i = r.membershipOffset; i < r.membershipOffset + r.membershipCount; ++i) {
        const MembershipCell &c = m_memberships[i];
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        const QString name = m_programNames.value(c.programId, QStringLiteral("#%1").arg(c.programId));
        out += QStringLiteral("%1 (%2)").arg(name, enumToWire(MembershipState(c.state)));
    }
    return out;
}

QVariant RegistrantTableModel::displayData(const Row &r, int column) const
{
    switch (column) {
    case Id: // the server's identifier in short where it has its own (API v2), else the number
        if (const auto key = m_keys.constFind(r.id); key != m_keys.cend())
            return displayKey(RecordKind::Registrant, r.id, *key);
        return r.id;
    case Name:
        return text(r, Text::Name).toString();
    case Gender:
        return genderText(m_genders.value(r.gender));
    case BirthDate:
        return !r.isGroup && r.birth ? QDate::fromJulianDay(r.birth) : QVariant();
    case Registered:
        return r.registered ? QDate::fromJulianDay(r.registered) : QVariant();
    case IdNumbers:
        return text(r, Text::IdNumbers).toString();
    case Phone:
        return text(r, Text::Phone).toString();
    case Address:
        return text(r, Text::Address).toString();
    case Programs:
        return programsText(r);
    case Head:
        return text(r, Text::Head).toString();
    case Members:
        return r.isGroup ? QVariant(r.birth) : QVariant();
    default:
        return QVariant();
    }
}

QVariant RegistrantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return QVariant();
    const Row &r = m_rows[std::size_t(m_visible[std::size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::AccessibleTextRole:
        return accessibleText(displayData(r, index.column()));
    case RegistrantKeyRole:
        return m_keys.value(r.id);
    case Qt::ToolTipRole:
        return index.column() == Programs || index.column() == Address || index.column() == Name
                || (index.column() == Id && m_keys.contains(r.id)) // identifiers are long
            ? displayData(r, index.column())
            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant();
    case RegistrantIdRole:
        return r.id;
    case IsGroupRole:
        return r.isGroup;
    default:
        return QVariant();
    }
}

RegistrantTableModel::TextRef RegistrantTableModel::keep(QStringView text)
{
    // (A text longer than 65,535 characters is cut there: no name or address is.)
    TextRef t;
    t.length = quint32(qMin<qsizetype>(text.size(), 65535));
    if (t.length == 0)
        return t;
    QChar *out = m_text.allocate(t.length, &t.offset);
    std::copy_n(text.data(), t.length, out);
    return t;
}

template<class R>
void RegistrantTableModel::fillRow(Row &row, const R &reg, bool isGroup)
{
    row.id = reg.id;
    if (!reg.key.isEmpty()) // only backends with keys of their own: nothing is kept otherwise
        m_keys.insert(reg.id, reg.key);
    row.isGroup = isGroup;
    QString idNumbers;
    for (const RegistrantId &i : reg.regIds) {
        if (i.value.isEmpty())
            continue;
        if (idNumbers.isEmpty())
            idNumbers = i.value; // shared, no copy
        else
            idNumbers += QStringLiteral(", ") + i.value;
    }
    row.set(Text::Name, keep(reg.name));
    row.set(Text::IdNumbers, keep(idNumbers));
    // "name id-numbers", case-folded straight into the text arena (no string made per row). Folding
    // is one to one (a surrogate pair folds to a pair), so the length is known before writing.
    const qsizetype length = qMin<qsizetype>(reg.name.size() + 1 + idNumbers.size(), 65535);
    QChar *out = m_foldText.allocate(length, &row.foldOffset);
    qsizetype k = 0;
    const auto fold = [&](const QString &text) {
        for (qsizetype i = 0; i < text.size() && k < length; ++i) {
            const QChar c = text[i];
            if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()
                && k + 1 < length) {
                const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, text[i + 1]));
                out[k++] = QChar(QChar::highSurrogate(folded));
                out[k++] = QChar(QChar::lowSurrogate(folded));
                ++i;
            } else {
                out[k++] = c.toCaseFolded();
            }
        }
    };
    fold(reg.name);
    if (k < length)
        out[k++] = QLatin1Char(' ');
    fold(idNumbers);
    row.foldLength = quint16(k);
    if (!reg.phones.isEmpty())
        row.set(Text::Phone, keep(reg.phones.first().phoneNo));
    row.set(Text::Address, keep(reg.address));
    row.registered = julian(reg.registrationDate);
    row.membershipOffset = quint32(m_memberships.size());
    for (const MembershipSummary &m : reg.programMemberships) {
        if (!m.programId || !m.state)
            continue;
        m_memberships.push_back(MembershipCell {qint32(*m.programId), quint8(*m.state)});
        ++row.membershipCount;
    }
}

template<class R>
RegistrantTableModel::Row RegistrantTableModel::makeRow(const R &reg, bool isGroup)
{
    Row row;
    fillRow(row, reg, isGroup);
    return row;
}

quint8 RegistrantTableModel::genderIndex(const QString &gender)
{
    if (gender.isEmpty())
        return 0;
    qsizetype g = m_genders.indexOf(gender);
    if (g < 0 && m_genders.size() < 255) {
        m_genders << gender;
        g = m_genders.size() - 1;
    }
    return quint8(qMax<qsizetype>(g, 0));
}

void RegistrantTableModel::append(const QList<Individual> &individuals)
{
    const std::size_t first = m_rows.size();
    for (const Individual &i : individuals) { // built where they stay: nothing is moved
        Row &r = m_rows.emplace_back();
        fillRow(r, i, false);
        r.birth = julian(i.birthdate);
        r.gender = genderIndex(i.gender);
    }
    rowsAdded(first);
}

void RegistrantTableModel::setHousehold(Row &row, const Group &group, const HouseholdSummaries &households)
{
    const auto kept = households.constFind(group.id);
    const HouseholdSummary s
        = group.members.isEmpty() && kept != households.cend() ? *kept : householdSummary(group);
    row.birth = s.size;
    row.set(Text::Head, keep(s.head));
}

void RegistrantTableModel::append(const QList<Group> &groups, const HouseholdSummaries &households)
{
    const std::size_t first = m_rows.size();
    for (const Group &g : groups) {
        Row &r = m_rows.emplace_back();
        fillRow(r, g, true);
        setHousehold(r, g, households);
    }
    rowsAdded(first);
}

// Rows [first, end) were added to the storage (not yet to the view: rowCount() counts the view).
void RegistrantTableModel::rowsAdded(std::size_t first)
{
    if (first == m_rows.size())
        return;
    const bool plain = m_loading || (m_sortColumn < 0 && m_filter.isEmpty());
    if (plain) {
        beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + (m_rows.size() - first) - 1));
        for (qint32 i = qint32(first); i < qint32(m_rows.size()); ++i) {
            m_order.push_back(i);
            m_visible.push_back(i);
        }
        m_shownFilter = {}; // every row is shown
        endInsertRows();
        Q_EMIT filterApplied(int(m_visible.size()), totalRows());
        return;
    }
    // Sorted or filtered: place the new rows, then show the result.
    sortStorage();
    rebuildView(false);
}

// Rows whose id is listed take the new rows' place (the filter is not applied to them again: a
// row edited out of the filter stays in sight until the next filter). One pass over the list.
void RegistrantTableModel::replaceRows(std::vector<Row> &&rows, const std::vector<char> &keepHousehold)
{
    if (rows.empty() || m_rows.empty())
        return;
    QHash<qint64, std::size_t> fresh;
    fresh.reserve(qsizetype(rows.size()));
    for (std::size_t k = 0; k < rows.size(); ++k)
        fresh.insert(rows[k].id, k);
    std::vector<qint32> replaced;
    for (std::size_t i = 0; i < m_rows.size() && replaced.size() < rows.size(); ++i) {
        const auto it = fresh.constFind(m_rows[i].id);
        if (it == fresh.constEnd())
            continue;
        Row &row = rows[*it];
        if (keepHousehold[*it]) {
            row.birth = m_rows[i].birth;
            row.set(Text::Head, m_rows[i].ref(Text::Head));
        }
        m_rows[i] = std::move(row);
        replaced.push_back(qint32(i));
    }
    if (replaced.empty() || m_visible.empty())
        return;
    if (replaced.size() > 1) { // many: the view repaints what it shows of them
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
        return;
    }
    for (std::size_t v = 0; v < m_visible.size(); ++v)
        if (m_visible[v] == replaced.front())
            Q_EMIT dataChanged(index(int(v), 0), index(int(v), ColumnCount - 1));
}

void RegistrantTableModel::update(const Individual &individual)
{
    update(QList<Individual> {individual});
}

void RegistrantTableModel::update(const Group &group, const HouseholdSummaries &households)
{
    update(QList<Group> {group}, households);
}

void RegistrantTableModel::update(const QList<Individual> &individuals)
{
    std::vector<Row> rows;
    rows.reserve(std::size_t(individuals.size()));
    for (const Individual &individual : individuals) {
        Row r = makeRow(individual, false);
        r.birth = julian(individual.birthdate);
        r.gender = genderIndex(individual.gender);
        rows.push_back(std::move(r));
    }
    const std::vector<char> keep(rows.size(), 0);
    replaceRows(std::move(rows), keep);
}

void RegistrantTableModel::update(const QList<Group> &groups, const HouseholdSummaries &households)
{
    std::vector<Row> rows;
    std::vector<char> keep;
    rows.reserve(std::size_t(groups.size()));
    for (const Group &group : groups) {
        Row r = makeRow(group, true);
        const bool known = !group.members.isEmpty() || households.contains(group.id);
        if (known)
            setHousehold(r, group, households);
        rows.push_back(std::move(r));
        keep.push_back(char(!known));
    }
    replaceRows(std::move(rows), keep);
}

void RegistrantTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (loading)
        cancelScan(); // rows are shown as they come; the filter is applied when loading ends
    if (!loading && (m_sortColumn >= 0 || !m_filter.isEmpty())) {
        sortStorage();
        rebuildView(false);
    }
}

void RegistrantTableModel::clear()
{
    cancelScan();
    beginResetModel();
    // Freeing a million rows (when they held four strings each) kept the window still for over half
    // a second when a search replaced the whole list. Large lists are still freed on a pool thread.
    if (m_rows.size() > 20000)
        freeInBackground(std::move(m_rows), std::move(m_keys), std::move(m_memberships),
            std::move(m_foldText), std::move(m_text), std::move(m_order), std::move(m_visible));
    m_rows = {};
    m_keys = {};
    m_memberships = {};
    m_foldText = {};
    m_text = {};
    m_order = {};
    m_visible = {};
    m_shownFilter = {};
    endResetModel();
    Q_EMIT filterApplied(0, 0);
}

void RegistrantTableModel::setProgramNames(const QHash<qint64, QString> &names)
{
    m_programNames = names;
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, Programs), index(int(m_visible.size()) - 1, Programs));
}

bool RegistrantTableModel::matches(const Row &r, const RegistrantFilter &f) const
{
    if (!f.text.isEmpty() && !folded(r).contains(QStringView(f.text)))
        return false;
    if (!f.gender.isEmpty() && m_genders.value(r.gender) != f.gender)
        return false;
    if (f.registeredFrom.isValid()
        && (r.registered == kNoDate || r.registered < f.registeredFrom.toJulianDay()))
        return false;
    if (f.registeredTo.isValid() && (r.registered == kNoDate || r.registered > f.registeredTo.toJulianDay()))
        return false;
    if (f.programId || f.state) {
        bool any = false;
        for (quint32 i = r.membershipOffset; i < r.membershipOffset + r.membershipCount && !any; ++i) {
            const MembershipCell &c = m_memberships[i];
            any = (!f.programId || c.programId == *f.programId) && (!f.state || c.state == quint8(*f.state));
        }
        if (!any)
            return false;
    }
    return true;
}

void RegistrantTableModel::setFilter(const RegistrantFilter &filter)
{
    if (m_loading) {
        m_filter = filter; // applied when loading ends
        return;
    }
    const QString shownText = m_shownFilter.text.toCaseFolded();
    const QString newText = filter.text.toCaseFolded();
    // Typing narrows: a longer text over the same other criteria only searches the rows shown.
    const bool refine = filter.sameExceptText(m_shownFilter) && newText.contains(shownText);
    m_filter = filter;
    rebuildView(refine);
}

void RegistrantTableModel::rebuildView(bool refineOnly)
{
    cancelScan();
    if (m_filter.isEmpty()) {
        showView(std::vector<qint32>(m_order), m_filter);
        return;
    }
    auto scan = std::make_unique<FilterScan>();
    scan->asked = m_filter;
    scan->folded = m_filter;
    scan->folded.text = m_filter.text.toCaseFolded();
    scan->textOnly = scan->folded.sameExceptText(RegistrantFilter());
    scan->refine = refineOnly;
    scan->hit.assign(m_rows.size(), 0);
    if (refineOnly) {
        scan->candidates = m_visible; // in sort order: the hits are listed from them
        for (qint32 i : m_visible)
            scan->hit[std::size_t(i)] = 1;
    }
    scan->visible.reserve(refineOnly ? m_visible.size() : m_rows.size() / 4);
    m_scan = std::move(scan);
    if (qsizetype(m_rows.size()) <= m_syncFilterRows) // a refine passes over every row too
        continueScan(-1);
    else
        m_scanTimer->start(); // the first slice too: the keystroke is drawn first
}

// Tests rows until the budget is spent (-1: no limit), then lets the event loop turn.
void RegistrantTableModel::continueScan(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    const auto timeUp = [&] { return budgetNs >= 0 && clock.nsecsElapsed() >= budgetNs; };
    constexpr std::size_t step = 4096; // rows between looks at the clock
    FilterScan &s = *m_scan;
    // Rows are tested in storage order (sequential memory: testing the rows shown in sort order
    // took a million rows four times as long), then the hits listed in sort order. The loops work
    // on locals, not on the scan's members.
    const auto run = [&](auto &&matching) {
        const std::size_t n = m_rows.size();
        char *hit = s.hit.data(); // refining: 1 marks the rows to test
        std::size_t at = s.tested;
        while (at < n) {
            const std::size_t end = std::min(at + step, n);
            if (s.refine) {
                for (; at < end; ++at)
                    if (hit[at])
                        hit[at] = char(matching(m_rows[at]));
            } else {
                for (; at < end; ++at)
                    hit[at] = char(matching(m_rows[at]));
            }
            if (timeUp()) {
                s.tested = at;
                return false;
            }
        }
        s.tested = at;
        const std::vector<qint32> &source = s.refine ? s.candidates : m_order;
        const qint32 *order = source.data();
        const std::size_t total = source.size();
        std::size_t listed = s.listed;
        while (listed < total) {
            const std::size_t end = std::min(listed + 16 * step, total);
            for (; listed < end; ++listed)
                if (hit[std::size_t(order[listed])])
                    s.visible.push_back(order[listed]);
            if (listed < total && timeUp()) {
                s.listed = listed;
                return false;
            }
        }
        s.listed = listed;
        return true;
    };
    const QStringView needle(s.folded.text);
    const bool done = s.textOnly ? run([this, needle](const Row &r) { return folded(r).contains(needle); })
                                 : run([this, &s](const Row &r) { return matches(r, s.folded); });
    if (!done) {
        m_scanTimer->start();
        return;
    }
    const std::unique_ptr<FilterScan> finished = std::move(m_scan);
    showView(std::move(finished->visible), finished->asked);
}

void RegistrantTableModel::cancelScan()
{
    m_scan.reset();
    m_scanTimer->stop();
}

void RegistrantTableModel::showView(std::vector<qint32> &&visible, const RegistrantFilter &filter)
{
    beginResetModel();
    m_visible = std::move(visible);
    m_shownFilter = filter;
    endResetModel();
    Q_EMIT filterApplied(int(m_visible.size()), totalRows());
}

void RegistrantTableModel::sortStorage()
{
    const std::size_t n = m_rows.size();
    m_order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_order[i] = qint32(i);
    if (m_sortColumn < 0)
        return;
    // Strings: sort by a 12-character prefix first, then compare only what is left of the ties.
    const auto byString = [this](auto textOf) {
        std::vector<PrefixKey> keys(m_rows.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            keys[i] = prefixKey(textOf(m_rows[i]), qint32(i));
        const auto less = [this, &textOf](const PrefixKey &a, const PrefixKey &b) {
            for (int p = 0; p < 3; ++p)
                if (a.k[p] != b.k[p])
                    return a.k[p] < b.k[p];
            const QStringView sa = textOf(m_rows[std::size_t(a.row)]);
            const QStringView sb = textOf(m_rows[std::size_t(b.row)]);
            if (sa.size() > 12 || sb.size() > 12) {
                const int c
                    = sa.mid(qMin<qsizetype>(12, sa.size())).compare(sb.mid(qMin<qsizetype>(12, sb.size())));
                if (c != 0)
                    return c < 0;
            }
            return a.row < b.row;
        };
        parallelSort(keys, less);
        for (std::size_t i = 0; i < keys.size(); ++i)
            m_order[i] = keys[i].row;
    };
    const auto byNumber = [this](auto keyOf) {
        std::stable_sort(m_order.begin(), m_order.end(), [&](qint32 a, qint32 b) {
            return keyOf(m_rows[std::size_t(a)]) < keyOf(m_rows[std::size_t(b)]);
        });
    };
    switch (m_sortColumn) {
    case Id:
        if (m_keys.isEmpty())
            byNumber([](const Row &r) { return r.id; });
        else { // identifiers: in their text's order (their local ids are hashes)
            std::vector<QString> text(m_rows.size());
            for (std::size_t i = 0; i < m_rows.size(); ++i)
                text[i] = displayKey(RecordKind::Registrant, m_rows[i].id, m_keys.value(m_rows[i].id));
            std::stable_sort(m_order.begin(), m_order.end(),
                [&text](qint32 a, qint32 b) { return text[std::size_t(a)] < text[std::size_t(b)]; });
        }
        break;
    case Name:
        byString([this](const Row &r) { return folded(r); });
        break;
    case Gender: {
        QList<int> rank(m_genders.size());
        QStringList sorted = m_genders;
        sorted.sort(Qt::CaseInsensitive);
        for (int i = 0; i < m_genders.size(); ++i)
            rank[i] = int(sorted.indexOf(m_genders[i]));
        byNumber([&rank](const Row &r) { return rank[r.gender]; });
        break;
    }
    case BirthDate:
        byNumber([](const Row &r) { return r.isGroup ? 0 : r.birth; });
        break;
    case Registered:
        byNumber([](const Row &r) { return r.registered; });
        break;
    case IdNumbers:
        byString([this](const Row &r) { return text(r, Text::IdNumbers); });
        break;
    case Phone:
        byString([this](const Row &r) { return text(r, Text::Phone); });
        break;
    case Address:
        byString([this](const Row &r) { return text(r, Text::Address); });
        break;
    case Programs:
        byNumber([](const Row &r) { return r.membershipCount; });
        break;
    case Head:
        byString([this](const Row &r) { return text(r, Text::Head); });
        break;
    case Members:
        byNumber([](const Row &r) { return r.isGroup ? r.birth : -1; });
        break;
    default:
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
}

void RegistrantTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<qint32> storageOf;
    storageOf.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        storageOf.push_back(m_visible[std::size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    sortStorage();
    // The same rows, in the new order.
    std::vector<char> shown(m_rows.size(), 0);
    for (qint32 i : m_visible)
        shown[std::size_t(i)] = 1;
    std::vector<qint32> visible;
    visible.reserve(m_visible.size());
    for (qint32 i : m_order)
        if (shown[std::size_t(i)])
            visible.push_back(i);
    m_visible = std::move(visible);
    if (!persistent.isEmpty()) {
        std::vector<qint32> rowOf(m_rows.size(), -1);
        for (std::size_t r = 0; r < m_visible.size(); ++r)
            rowOf[std::size_t(m_visible[r])] = qint32(r);
        QModelIndexList to;
        to.reserve(persistent.size());
        for (qsizetype k = 0; k < persistent.size(); ++k)
            to.append(index(rowOf[std::size_t(storageOf[std::size_t(k)])], persistent[k].column()));
        changePersistentIndexList(persistent, to);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_scan) // a filter being applied lists its rows in sort order: start it again
        rebuildView(m_scan->refine);
}

qint64 RegistrantTableModel::registrantId(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? m_rows[std::size_t(m_visible[std::size_t(row)])].id : 0;
}

int RegistrantTableModel::rowOf(qint64 registrantId) const
{
    for (std::size_t v = 0; v < m_visible.size(); ++v)
        if (m_rows[std::size_t(m_visible[v])].id == registrantId)
            return int(v);
    return -1;
}

double RegistrantTableModel::structuralBytesPerRow() const
{
    if (m_rows.empty())
        return 0;
    const double n = double(m_rows.size());
    return (double(m_rows.allocatedBytes()) + double(m_memberships.capacity() * sizeof(MembershipCell))
               + double(m_order.capacity() * sizeof(qint32)) + double(m_visible.capacity() * sizeof(qint32)))
        / n;
}

} // namespace g2p
