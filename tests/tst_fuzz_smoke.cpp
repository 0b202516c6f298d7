// A short, deterministic fuzz run of the decoder harness (the long run is scripts/fuzz.sh):
// the seeds, then thousands of mutations of them. Nothing may crash; valid seeds must decode.
#include "codec.h"
#include "decoder_harness.h"
#include "tabular_harness.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

class TstFuzzSmoke : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_seeds;
    QList<QByteArray> m_tableSeeds;

    static QByteArray mutate(QByteArray s, QRandomGenerator &rng)
    {
        static const char *tokens[] = {"null", "true", "1e400", "-0", "\"\"", "{}", "[]", "\"2024-13-01\"",
            "\\u0000", "\"\xff\"", "[[[[[[", "}}}", ",", ":", "\"id\""};
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !s.isEmpty(); ++e) {
            const qsizetype at = qsizetype(rng.bounded(quint32(s.size())));
            switch (rng.bounded(5)) {
            case 0:
                s[at] = char(rng.bounded(256));
                break;
            case 1:
                s.remove(at, 1 + qsizetype(rng.bounded(8)));
                break;
            case 2:
                s.insert(at, tokens[rng.bounded(15)]);
                break;
            case 3:
                s.truncate(at);
                break;
            default:
                s.insert(at, s.mid(qsizetype(rng.bounded(quint32(s.size()))), 20));
                break;
            }
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &dir :
            {QStringLiteral(G2P_CONTRACT_EXAMPLES), QStringLiteral(G2P_TEST_DATA "/fuzz-seeds")}) {
            for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files)) {
                QFile f(fi.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                m_seeds << f.readAll();
            }
        }
        QVERIFY(m_seeds.size() >= 30);
        for (const QFileInfo &fi :
            QDir(QStringLiteral(G2P_TEST_DATA "/tabular-seeds")).entryInfoList(QDir::Files)) {
            QFile f(fi.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_tableSeeds << f.readAll();
        }
        QVERIFY(m_tableSeeds.size() >= 3);
        g2p::detail::setChunkedDecoding(64, 48);
    }
    void cleanupTestCase() { g2p::detail::setChunkedDecoding(4 << 20, 1 << 20); }

    void seedsDecode()
    {
        for (const QByteArray &s : m_seeds)
            QVERIFY(g2p::fuzz::decodeEverything(
                        reinterpret_cast<const std::uint8_t *>(s.constData()), std::size_t(s.size()))
                > 0);
    }

    void tableSeedsRead()
    {
        for (const QByteArray &s : m_tableSeeds)
            QVERIFY(g2p::fuzz::readTables(
                        reinterpret_cast<const std::uint8_t *>(s.constData()), std::size_t(s.size()))
                >= 6);
    }

    void tableMutationsNeverCrash()
    {
        QRandomGenerator rng(1128);
        for (int i = 0; i < 1500; ++i) {
            const QByteArray m = mutate(m_tableSeeds[int(rng.bounded(quint32(m_tableSeeds.size())))], rng);
            g2p::fuzz::readTables(
                reinterpret_cast<const std::uint8_t *>(m.constData()), std::size_t(m.size()));
        }
    }

    void mutationsNeverCrash()
    {
        QRandomGenerator rng(20261128);
        const int rounds = qEnvironmentVariableIntValue("G2P_FUZZ_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("G2P_FUZZ_ROUNDS")
            : 4000;
        for (int i = 0; i < rounds; ++i) {
            const QByteArray m = mutate(m_seeds[int(rng.bounded(quint32(m_seeds.size())))], rng);
            g2p::fuzz::decodeEverything(
                reinterpret_cast<const std::uint8_t *>(m.constData()), std::size_t(m.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TstFuzzSmoke)
#include "tst_fuzz_smoke.moc"
