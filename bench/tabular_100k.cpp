// tabular_100k: reading an enrolment sheet of 100,000 rows. CSV through our reader (encoding
// detection, quoting) next to a naive split on line breaks and commas (fast and wrong on quoted
// fields: the baseline), and XLSX through our reader. Metric: rows_per_s (best of three). Then the
// resident memory that reading a 1,000,000-row CSV file adds: read a chunk at a time (ours) and,
// as the baseline, the whole file read into memory first (peak_rss_added_MB).
#include "benchutil.h"
#include "csvreader.h"
#include "tablewriter.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace g2p;

template<class F>
static double bestRowsPerSecond(int rows, F run)
{
    double best = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const qsizetype got = run();
        const double secs = t.nsecsElapsed() / 1e9;
        if (got < rows)
            std::fprintf(stderr, "read only %lld rows\n", static_cast<long long>(got));
        best = std::max(best, rows / secs);
    }
    return best;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    TableRows table;
    table.reserve(rows);
    for (int i = 0; i < rows; ++i)
        table.append({qint64(100000 + i), QDate(2024, 1, 1).addDays(i % 300),
            i % 7 ? QStringLiteral("SANTOS, INÊS") : QStringLiteral("DOE, \"JJ\", JOHN"),
            QStringLiteral("July intake")});
    const QStringList headers {QStringLiteral("registrant_id"), QStringLiteral("enrollment_date"),
        QStringLiteral("name"), QStringLiteral("note")};
    const QByteArray csv = toCsv(headers, table);
    bench::emit("tabular_100k", QStringLiteral("g2p_csv"), "rows_per_s",
        bestRowsPerSecond(rows, [&] { return readCsv(csv).rows.size() - 1; }));
    bench::emit("tabular_100k", QStringLiteral("naive_split"), "rows_per_s", bestRowsPerSecond(rows, [&] {
        qsizetype n = 0;
        const QString text = QString::fromUtf8(csv);
        for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            n += line.split(QLatin1Char(',')).isEmpty() ? 0 : 1;
        return n - 1;
    }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.xlsx"));
    QString error;
    if (!writeXlsxFile(path, QStringLiteral("Enrolments"), headers, table, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray xlsx = f.readAll();
    bench::emit("tabular_100k", QStringLiteral("g2p_xlsx"), "rows_per_s",
        bestRowsPerSecond(rows, [&] { return readXlsx(xlsx).rows.size() - 1; }));
    // Memory: a 1,000,000-row file (about 50 MB) read from disk; the chunked read first, since
    // the peak only grows.
    const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile out(csvPath); // written line by line: nothing big stays in memory
        out.open(QIODevice::WriteOnly);
        out.write("registrant_id,enrollment_date,name,note\r\n");
        for (int i = 0; i < 1000000; ++i)
            out.write(QByteArray::number(100000 + i) + ",2024-03-01,\"SANTOS, IN\xC3\x8AS\",July intake\r\n");
    }
    const auto peakMb = [] {
        rusage u {};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_maxrss / 1024.0;
    };
    const double before = peakMb();
    qsizetype n = 0;
    {
        QFile in(csvPath);
        in.open(QIODevice::ReadOnly);
        n = readCsv(&in).rows.size();
    }
    const double chunked = peakMb();
    {
        QFile in(csvPath);
        in.open(QIODevice::ReadOnly);
        const QByteArray whole = in.readAll();
        n = std::min(n, readCsv(whole).rows.size());
    }
    const double whole = peakMb();
    if (n < 1000000)
        std::fprintf(stderr, "read only %lld rows\n", static_cast<long long>(n));
    bench::emit("tabular_100k", QStringLiteral("g2p_csv_file"), "peak_rss_added_MB", chunked - before);
    bench::emit("tabular_100k", QStringLiteral("whole_file_first"), "peak_rss_added_MB", whole - before);
    return 0;
}
