// Strict JSON codec for the records in records.h.
//
// Decoding checks every field it knows (type, null, required, date format, enum value) and reports
// the first problem with its JSON path, e.g.
//   program_membership_ids[3].enrollment_date: expected YYYY-MM-DD, got "2024-13-01"
// Unknown keys are ignored, except in the request bodies the contract closes
// (additionalProperties: false). Both the Odoo 17 and the base_rest spellings are accepted.
//
// Encoding writes the keys a record was decoded with, every key the schema requires (null when
// empty) and every other key that holds a value; records decoded from base_rest keep its names.
#pragma once

#include "records.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace g2p {

struct DecodeError
{
    QString path; // e.g. "items[2].membership.write_date"; empty for the whole document
    QString message; // e.g. `expected YYYY-MM-DD, got "2024-13-01"`
    bool isNull() const { return message.isNull(); }
    QString toString() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
};

enum class JsonEngine
{
    Simdjson, // default: simdjson On-Demand, chosen by the decode_100k benchmark
    QtJson // QJsonDocument, kept as the measured baseline and for small documents
};

// Decode one JSON object (T) or a JSON array of objects (QList<T>).
template<class T>
DecodeError decode(const QByteArray &json, T &out, JsonEngine engine = JsonEngine::Simdjson);
template<class T>
DecodeError decodeList(const QByteArray &json, QList<T> &out, JsonEngine engine = JsonEngine::Simdjson);
// A bare array of strings (GET /get_individual_ids).
DecodeError decodeStringList(const QByteArray &json, QStringList &out);

template<class T>
QJsonObject encode(const T &record);
template<class T>
QJsonArray encodeList(const QList<T> &records);
// encode() as compact JSON text, written without building the object (the same keys and values).
template<class T>
QByteArray encodeText(const T &record);

// `s` as a JSON string (quoted, escaped as RFC 8259 requires), appended to `out`.
void appendJsonString(QByteArray &out, const QString &s);
// The same from text that is UTF-8 already (as SQLite hands it over): bytes from 0x80 are copied.
void appendJsonStringUtf8(QByteArray &out, QByteArrayView utf8);

QByteArray toCompactJson(const QJsonObject &o);
QByteArray toCompactJson(const QJsonArray &a);

namespace detail {
// Lists larger than `thresholdBytes` are decoded `chunkBytes` at a time (defaults 4 MiB and 1 MiB).
// For tests and fuzzing, which need the chunked path on small inputs.
void setChunkedDecoding(qsizetype thresholdBytes, qsizetype chunkBytes);
} // namespace detail

} // namespace g2p
