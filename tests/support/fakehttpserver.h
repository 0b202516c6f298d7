// A one-route HTTP server that answers every request with a fixed reply: for malformed-reply tests.
// Replies queued with first() are given before it, in order (a 429, then the answer).
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

namespace g2p::test {

class FakeHttpServer : public QTcpServer
{
public:
    FakeHttpServer(int status, QByteArray body, QByteArray extraHeaders = QByteArray())
        : m_status(status), m_body(std::move(body)), m_extra(std::move(extraHeaders))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffer[s] += s->readAll();
                    if (!m_buffer[s].contains("\r\n\r\n"))
                        return;
                    m_buffer.remove(s);
                    ++requests;
                    const Scripted r
                        = m_script.isEmpty() ? Scripted {m_status, m_body, m_extra} : m_script.takeFirst();
                    s->write("HTTP/1.1 " + QByteArray::number(r.status)
                        + " X\r\nContent-Type: application/json\r\n" + r.headers
                        + "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/api/v1/registry").arg(serverPort());
    }
    int requests = 0;
    void first(int status, QByteArray body, QByteArray headers = QByteArray())
    {
        m_script.append({status, std::move(body), std::move(headers)});
    }

private:
    struct Scripted
    {
        int status;
        QByteArray body, headers;
    };
    QList<Scripted> m_script;
    int m_status;
    QByteArray m_body;
    QByteArray m_extra;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace g2p::test
