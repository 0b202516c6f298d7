// table_1m: a registrant table of 1,000,000 rows. Our model (impl g2p) next to
// QSortFilterProxyModel over the same rows, in the same run: fill, sort by name, filter by a
// typed substring (per keystroke), and memory per row.
//   table_1m [--rows N] [--proxy-keystrokes K]
#include "benchutil.h"
#include "registranttablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>

#include <malloc.h>

using namespace g2p;

static QList<Individual> batch(int first, int count, QRandomGenerator &rng)
{
    static const char *given[] = {"JOHN", "AMINA", "JOSÉ", "FRANÇOISE", "محمد", "فاطمة", "ZOË", "KWAME",
        "INÊS", "SØREN", "GRACE", "BARAKA"};
    static const char *family[] = {"DOE", "OKAFOR", "GARCÍA", "MÜLLER", "الحسن", "منصور", "LEFÈVRE", "OTIENO",
        "SANTOS", "SILVA", "KAMAU", "MENSAH"};
    QList<Individual> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Individual ind;
        ind.id = first + i + 1;
        ind.name = QString::fromUtf8(family[rng.bounded(12)]) + QStringLiteral(", ")
            + QString::fromUtf8(given[rng.bounded(12)]);
        ind.gender = rng.bounded(2) ? QStringLiteral("Male") : QStringLiteral("Female");
        ind.birthdate = QDate(1940, 1, 1).addDays(rng.bounded(30000));
        ind.registrationDate = QDate(2019, 1, 1).addDays(rng.bounded(2700));
        RegistrantId rid;
        rid.value = QString::number(100000000 + ind.id);
        ind.regIds.append(rid);
        if (rng.bounded(10) < 6) {
            Phone ph;
            ph.phoneNo = QStringLiteral("+2547%1").arg(10000000 + ind.id);
            ind.phones.append(ph);
        }
        ind.address = QStringLiteral("Village %1").arg(rng.bounded(400));
        MembershipSummary m;
        m.programId = 1 + rng.bounded(5);
        m.state = MembershipState(rng.bounded(6));
        ind.programMemberships.append(m);
        out.append(ind);
    }
    return out;
}

// Fills `model` with the same rows every time (same seed); returns the milliseconds spent in the model.
static double fill(RegistrantTableModel &model, int rows)
{
    QRandomGenerator rng(11);
    double ms = 0;
    constexpr int step = 20000;
    for (int first = 0; first < rows; first += step) {
        const QList<Individual> b = batch(first, std::min(step, rows - first), rng);
        QElapsedTimer t;
        t.start();
        model.append(b);
        ms += t.nsecsElapsed() / 1e6;
    }
    return ms;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption rowsOpt(
        QStringLiteral("rows"), QString(), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption proxyKeys(
        QStringLiteral("proxy-keystrokes"), QString(), QStringLiteral("K"), QStringLiteral("2"));
    p.addOptions({rowsOpt, proxyKeys});
    p.process(app);
    const int rows = p.value(rowsOpt).toInt();
    const QStringList typing = {QStringLiteral("s"), QStringLiteral("sa"), QStringLiteral("san"),
        QStringLiteral("sant"), QStringLiteral("santo"), QStringLiteral("santos")};

    // --- ours
    {
        RegistrantTableModel model;
        const double fillMs = fill(model, rows);
        bench::emit("table_1m", QStringLiteral("g2p"), "fill_ms", fillMs);
        bench::emit("table_1m", QStringLiteral("g2p"), "bytes_per_row", model.structuralBytesPerRow());
        QElapsedTimer t;
        t.start();
        model.sort(RegistrantTableModel::Name, Qt::AscendingOrder);
        bench::emit("table_1m", QStringLiteral("g2p"), "sort_ms", t.nsecsElapsed() / 1e6);
        // A large list is filtered a slice at a time while the event loop turns: filter_ms is a
        // keystroke until its rows are shown, filter_block_ms the longest the thread was held.
        double worst = 0, block = 0;
        QElapsedTimer held;
        for (const QString &text : typing) {
            RegistrantFilter f;
            f.text = text;
            t.restart();
            held.start();
            model.setFilter(f);
            block = std::max(block, held.nsecsElapsed() / 1e6);
            while (model.isFiltering()) {
                held.restart();
                QCoreApplication::processEvents();
                block = std::max(block, held.nsecsElapsed() / 1e6);
            }
            worst = std::max(worst, t.nsecsElapsed() / 1e6);
        }
        bench::emit("table_1m", QStringLiteral("g2p"), "filter_ms", worst);
        bench::emit("table_1m", QStringLiteral("g2p"), "filter_block_ms", block);
        RegistrantFilter none;
        model.setFilter(none);
    }
    malloc_trim(0);

    // --- QSortFilterProxyModel over an unsorted model of the same rows
    {
        RegistrantTableModel source;
        fill(source, rows);
        malloc_trim(0);
        const qint64 before = bench::procStatus("VmRSS:");
        QSortFilterProxyModel proxy;
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(RegistrantTableModel::Name);
        QElapsedTimer t;
        t.start();
        proxy.setSourceModel(&source);
        (void)proxy.rowCount();
        (void)proxy.index(rows - 1, 0);
        bench::emit("table_1m", QStringLiteral("QSortFilterProxyModel"), "fill_ms", t.nsecsElapsed() / 1e6);
        t.restart();
        proxy.sort(RegistrantTableModel::Name, Qt::AscendingOrder);
        bench::emit("table_1m", QStringLiteral("QSortFilterProxyModel"), "sort_ms", t.nsecsElapsed() / 1e6);
        bench::emit("table_1m", QStringLiteral("QSortFilterProxyModel"), "bytes_per_row",
            double(bench::procStatus("VmRSS:") - before) / rows);
        double worst = 0;
        const int keys = std::min<int>(p.value(proxyKeys).toInt(), int(typing.size()));
        for (int k = 0; k < keys; ++k) {
            t.restart();
            proxy.setFilterFixedString(typing[k]);
            worst = std::max(worst, t.nsecsElapsed() / 1e6);
        }
        bench::emit("table_1m", QStringLiteral("QSortFilterProxyModel"), "filter_ms", worst);
    }
    return 0;
}
