// Odoo's JSON-RPC envelope (../shared/contract/backends/odoo17-jsonrpc.md, 1.1–1.5): the call as
// sent, and every reply shape the document lists read into a result or the right error kind.
#include "odoojsonrpc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace g2p;

class TstOdooJsonRpc : public QObject
{
    Q_OBJECT

    static QByteArray errorReply(qint64 id, int code, const QString &name, const QString &message)
    {
        const QJsonObject data {{QStringLiteral("name"), name},
            {QStringLiteral("debug"),
                QStringLiteral("Traceback (most recent call last):\n  secret internals")},
            {QStringLiteral("message"), message}, {QStringLiteral("arguments"), QJsonArray {message}},
            {QStringLiteral("context"), QJsonObject()}};
        const QJsonObject error {{QStringLiteral("code"), code},
            {QStringLiteral("message"), QStringLiteral("Odoo Server Error")}, {QStringLiteral("data"), data}};
        return QJsonDocument(QJsonObject {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("id"), id}, {QStringLiteral("error"), error}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void executeKwEnvelope()
    {
        const QByteArray body = odoo::executeKw(7, QStringLiteral("db"), 2, QStringLiteral("KEY"),
            QStringLiteral("g2p.program_membership"), QStringLiteral("search_read"),
            QJsonArray {QJsonArray {
                QJsonArray {QStringLiteral("state"), QStringLiteral("="), QStringLiteral("enrolled")}}},
            QJsonObject {{QStringLiteral("fields"), QJsonArray {QStringLiteral("state")}},
                {QStringLiteral("limit"), 5}});
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QCOMPARE(o.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("call"));
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 7);
        const QJsonObject params = o.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("service")).toString(), QStringLiteral("object"));
        QCOMPARE(params.value(QStringLiteral("method")).toString(), QStringLiteral("execute_kw"));
        const QJsonArray args = params.value(QStringLiteral("args")).toArray();
        QCOMPARE(args.size(), 7);
        QCOMPARE(args.at(1).toInt(), 2);
        QCOMPARE(args.at(3).toString(), QStringLiteral("g2p.program_membership"));
        QCOMPARE(args.at(6).toObject().value(QStringLiteral("limit")).toInt(), 5);
    }

    void successAndNone()
    {
        const auto r = odoo::readReply(
            R"({"jsonrpc":"2.0","id":3,"result":[{"id":1,"state":"enrolled"}]})", 3, QString());
        QVERIFY(r.error.isNull());
        QCOMPARE(r.result.toArray().size(), 1);
        // A method returning None: neither result nor error, a success with null.
        const auto none = odoo::readReply(R"({"jsonrpc":"2.0","id":4})", 4, QString());
        QVERIFY(none.error.isNull());
        QVERIFY(none.result.isNull());
        // common.login with a wrong password answers false, not an error.
        const auto refused = odoo::readReply(R"({"jsonrpc":"2.0","id":5,"result":false})", 5, QString());
        QVERIFY(refused.error.isNull());
        QCOMPARE(refused.result.toBool(true), false);
    }

    void errorsByName_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("access denied")
            << 200 << "odoo.exceptions.AccessDenied" << int(ApiError::Kind::Unauthorized);
        QTest::newRow("session expired")
            << 100 << "odoo.http.SessionExpiredException" << int(ApiError::Kind::Unauthorized);
        QTest::newRow("access error")
            << 200 << "odoo.exceptions.AccessError" << int(ApiError::Kind::Forbidden);
        QTest::newRow("missing") << 200 << "odoo.exceptions.MissingError" << int(ApiError::Kind::NotFound);
        QTest::newRow("not found") << 404 << "werkzeug.exceptions.NotFound" << int(ApiError::Kind::NotFound);
        QTest::newRow("unique constraint")
            << 200 << "odoo.exceptions.ValidationError" << int(ApiError::Kind::Validation);
        QTest::newRow("user error") << 200 << "odoo.exceptions.UserError" << int(ApiError::Kind::Validation);
        QTest::newRow("bad field") << 200 << "builtins.ValueError" << int(ApiError::Kind::Server);
        QTest::newRow("unknown method") << 200 << "builtins.AttributeError" << int(ApiError::Kind::Server);
    }

    void errorsByName()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(int, kind);
        // The kind comes from the name, whatever the words (which are translated on the server).
        const QString words = QStringLiteral("L'opération ne peut pas être effectuée");
        const auto r = odoo::readReply(
            errorReply(9, code, name, words), 9, QStringLiteral("write g2p.program_membership"));
        QCOMPARE(int(r.error.kind()), kind);
        QCOMPARE(r.error.code(), name);
        QCOMPARE(r.error.message(), words);
        QVERIFY2(!r.error.toString().contains(QStringLiteral("Traceback")),
            "the server's traceback is never shown");
        QVERIFY(r.result.isUndefined() || r.result.isNull());
    }

    void notAnAnswerToThisCall()
    {
        QCOMPARE(odoo::readReply("Invalid JSON data", 1, QString()).error.kind(), ApiError::Kind::Protocol);
        QCOMPARE(odoo::readReply("[1,2]", 1, QString()).error.kind(), ApiError::Kind::Protocol);
        QCOMPARE(
            odoo::readReply(R"({"id":1,"result":1})", 1, QString()).error.kind(), ApiError::Kind::Protocol);
        QCOMPARE(odoo::readReply(R"({"jsonrpc":"2.0","id":2,"result":1})", 1, QString()).error.kind(),
            ApiError::Kind::Protocol);
        // An error envelope with no data still says something.
        const auto bare = odoo::readReply(
            R"({"jsonrpc":"2.0","id":1,"error":{"code":200,"message":"Odoo Server Error"}})", 1, QString());
        QCOMPARE(bare.error.kind(), ApiError::Kind::Server);
        QCOMPARE(bare.error.message(), QStringLiteral("Odoo Server Error"));
    }
};

QTEST_GUILESS_MAIN(TstOdooJsonRpc)
#include "tst_odoo_jsonrpc.moc"
