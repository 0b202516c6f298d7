// What g2p-desk-cli prints reaches a terminal: a registrant's name or a server's message holding
// escape sequences could retitle the window, hide text or fake output. Every byte written to
// stdout and stderr goes through this device, which replaces control characters (C0 but tab and
// newline, DEL, C1) and bidirectional overrides with '?'. JSON output is unaffected (JSON escapes
// control characters itself).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

namespace g2p::cli {

class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE *stream);
    // The bytes as they may reach a terminal (exposed for tests).
    static QByteArray clean(const QByteArray &utf8);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    QByteArray m_pending; // an incomplete UTF-8 sequence held for the next write
};

} // namespace g2p::cli
