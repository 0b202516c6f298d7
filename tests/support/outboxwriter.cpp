// A child for tst_store's crash test: enqueues changes into an outbox as fast as it can and
// prints each id once its commit returned, until it is killed.
//   outbox_writer PATH
#include "outbox.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    g2p::Outbox outbox;
    if (!outbox.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(outbox.error()));
        return 1;
    }
    for (qint64 i = 0;; ++i) {
        const qint64 id = outbox.enqueue(QStringLiteral("patch_membership"),
            {{QStringLiteral("membership_id"), i}, {QStringLiteral("state"), QStringLiteral("exited")}}, i);
        if (!id)
            return 1;
        if (i % 3 == 0)
            outbox.markSending(id);
        std::printf("%lld\n", id);
        std::fflush(stdout);
    }
}
