// decode_100k: decode an unpaged upstream search of 100,000 individuals (GET /individual) into
// records, with QJsonDocument (the baseline) and simdjson On-Demand (the chosen parser), on the
// same bytes. Each engine runs in its own child process so that its peak memory is its own.
//
//   decode_100k [--count N] [--runs R]
//
// Prints JSON lines: MB_per_s (best of R) and peak_MB (peak RSS above the RSS with the input
// loaded), plus peak_x_input (peak_MB / input MB) and input_MB for reference.
#include "benchutil.h"
#include "codec.h"
#include "registrantsjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>

using namespace g2p;

static int child(const QString &file, const QString &impl, int runs)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    QByteArray json;
    json.reserve(f.size() + 64); // room for simdjson's padding, as the client's buffers have
    json.append(f.readAll());
    const JsonEngine engine = impl == QLatin1String("simdjson") ? JsonEngine::Simdjson : JsonEngine::QtJson;
    double best = 0;
    qint64 peak = 0;
    for (int r = 0; r < runs; ++r) {
        malloc_trim(0);
        const qint64 before = bench::procStatus("VmRSS:");
        bench::resetPeak();
        QElapsedTimer t;
        t.start();
        QList<Individual> out;
        const DecodeError e = decodeList(json, out, engine);
        const double secs = t.nsecsElapsed() / 1e9;
        const qint64 hwm = bench::procStatus("VmHWM:");
        if (!e.isNull() || out.size() < 1) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(e.toString()));
            return 1;
        }
        best = std::max(best, json.size() / 1e6 / secs);
        peak = std::max(peak, hwm - before);
    }
    const double inputMb = json.size() / 1e6;
    bench::emit("decode_100k", impl, "MB_per_s", best);
    bench::emit("decode_100k", impl, "peak_MB", peak / 1e6);
    bench::emit("decode_100k", impl, "peak_x_input", peak / 1e6 / inputMb);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption count(
        QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QString(), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption childFile(QStringLiteral("child-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption childImpl(QStringLiteral("child-impl"), QString(), QStringLiteral("IMPL"));
    p.addOptions({count, runs, childFile, childImpl});
    p.process(app);
    if (p.isSet(childFile))
        return child(p.value(childFile), p.value(childImpl), p.value(runs).toInt());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("individuals.json"));
    {
        const QByteArray json = bench::individualsJson(p.value(count).toInt());
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(json);
        bench::emit("decode_100k", QStringLiteral("input"), "input_MB", json.size() / 1e6);
    }
    int status = 0;
    for (const QString &impl : {QStringLiteral("QJsonDocument"), QStringLiteral("simdjson")}) {
        QProcess c;
        c.setProcessChannelMode(QProcess::ForwardedChannels);
        c.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child-file"), file, QStringLiteral("--child-impl"), impl,
                QStringLiteral("--runs"), p.value(runs)});
        c.waitForFinished(-1);
        status |= c.exitCode();
    }
    return status;
}
