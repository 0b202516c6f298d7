// How a backend names a record, and the desktop's number for it.
//
// A backend whose records are database integers (the REST contract, Odoo's external API) names them
// by that integer: key "42", local id 42. A backend with identifiers of its own (OpenSPP2's API v2:
// "{system}|{value}" for registrants and programs; a membership is its beneficiary and program)
// names them by those: the desktop gives each such key a local id derived from it — stable across
// runs and machines, and negative, so it never meets a database integer — and keeps the key beside the
// id wherever it keeps the record (the local copy, the outbox, the grid). The id is what lists,
// models and indexes use; the key is what is sent to the server.
#pragma once

#include <QString>
#include <QStringView>

namespace g2p {

enum class RecordKind : quint8
{
    Registrant,
    Program,
    Membership
};

// The local id of `key`: the number itself for a decimal key above 0, otherwise a negative number
// derived from the kind and the key (62 bits of SHA-256: a collision in a registry of a million
// records has a chance below one in 10^6 · 10^6 / 2^63).
qint64 localIdOf(RecordKind kind, QStringView key);
// The key of a record known by a database integer only ("42"); empty for ids derived from keys,
// whose key must be kept beside them.
QString numericKey(qint64 id);
// `key` when the record has one of its own, else its database integer as text.
inline QString keyOr(const QString &key, qint64 id)
{
    return key.isEmpty() ? numericKey(id) : key;
}

// How a person reads a record's name: its number, or its key in short ("national_id|X" for an
// API v2 individual, "urn:openspp:program|cash" for a program).
QString displayKey(RecordKind kind, qint64 id, const QString &key);

// A record as a caller addresses it: its local id, and the backend's key when it is not that id.
// Made from an id alone where the backend's keys are its ids.
struct RecordRef
{
    qint64 id = 0;
    QString key;
    RecordRef() = default;
    RecordRef(qint64 localId) : id(localId) { } // NOLINT: an id is a reference on integer backends
    RecordRef(qint64 localId, QString backendKey) : id(localId), key(std::move(backendKey)) { }
    // What the backend is sent: the key, or the id as text.
    QString wireKey() const { return keyOr(key, id); }
    bool isNull() const { return id == 0 && key.isEmpty(); }
};

} // namespace g2p
