// API v2 registrants: search by name and identifier, read by key, the individuals changed since a
// day (_lastUpdated), groups read again in full.
#include "spp2backend.h"
#include "spp2records.h"

#include <QJsonArray>

namespace g2p {

namespace {

constexpr int kPage = 100; // _count's ceiling
constexpr int kFoundLimit = 1000; // a name search reads at most this many
constexpr int kOverlap = 5; // rows a full page re-reads (offset paging under writes; deduplicated)

template<class R>
R recordFrom(const QJsonObject &o);
template<>
Individual recordFrom<Individual>(const QJsonObject &o)
{
    return spp2::individualFrom(o);
}
template<>
Group recordFrom<Group>(const QJsonObject &o)
{
    return spp2::groupFrom(o);
}

bool hasNext(const QJsonObject &body)
{
    const QJsonValue next = body.value(QLatin1String("links")).toObject().value(QLatin1String("next"));
    return next.isString() && !next.toString().isEmpty();
}

} // namespace

template<class R>
Call<QList<R>> *Spp2Backend::search(const QString &resource, const RegistrantQuery &query)
{
    auto *out = new Call<QList<R>>(this);
    if (query.id) {
        out->finishLater(ApiError(ApiError::Kind::Usage,
            tr("OpenSPP2's API v2 finds registrants by identifier or name, not by number.")));
        return out;
    }
    // One search per filter: a name, or the ID number in each identifier system known (the API has no
    // "this number in any ID type" search; a "system|value" text is searched as it is).
    QList<QList<QPair<QString, QString>>> filters;
    if (!query.idNumber.isEmpty()) {
        if (!query.idType.trimmed().isEmpty()) {
            filters << QList<QPair<QString, QString>> {{QStringLiteral("identifier"),
                spp2::idTypeSystem(query.idType) + QLatin1Char('|') + query.idNumber.trimmed()}};
        } else if (query.idNumber.contains(QLatin1Char('|'))) {
            filters << QList<QPair<QString, QString>> {{QStringLiteral("identifier"), query.idNumber}};
        } else {
            QSet<QString> systems = m_idSystems;
            systems.insert(spp2::idTypeSystem(QStringLiteral("national_id")));
            QStringList sorted(systems.begin(), systems.end());
            sorted.sort();
            for (const QString &s : sorted)
                filters << QList<QPair<QString, QString>> {
                    {QStringLiteral("identifier"), s + QLatin1Char('|') + query.idNumber.trimmed()}};
        }
    } else if (!query.name.isNull()) {
        filters << QList<QPair<QString, QString>> {{QStringLiteral("name"), query.name}};
    } else {
        filters << QList<QPair<QString, QString>> {};
    }
    const bool bounded = !query.isEmpty();
    struct State
    {
        QList<R> found;
        QSet<QString> keys;
        int pending = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->pending = int(filters.size());
    const QString what = tr("search registrants");
    auto pageRef = std::make_shared<std::function<void(QList<QPair<QString, QString>>, int)>>();
    *pageRef = [this, out, state, resource, what, bounded, pageRef](
                   QList<QPair<QString, QString>> filter, int offset) {
        QList<QPair<QString, QString>> q = filter;
        q << qMakePair(QStringLiteral("_count"), QString::number(kPage))
          << qMakePair(QStringLiteral("_offset"), QString::number(offset));
        auto *call = request("GET", QLatin1Char('/') + resource, q, {}, {}, true, what);
        connect(
            call, &PendingCall::finished, out, [this, out, state, call, filter, offset, bounded, pageRef] {
                if (out->isFinished() || state->failed)
                    return;
                // An identifier live on two registrants (409) or malformed (400) finds nobody here.
                if (!call->succeeded() && call->error().kind() != ApiError::Kind::Conflict
                    && call->error().kind() != ApiError::Kind::BadRequest) {
                    state->failed = true;
                    out->finish(call->error());
                    return;
                }
                const QJsonObject body = call->result().body.toObject();
                const QJsonArray data = body.value(QLatin1String("data")).toArray();
                for (const QJsonValue &v : data) {
                    R r = recordFrom<R>(v.toObject());
                    for (const RegistrantId &id : r.regIds)
                        m_idSystems.insert(spp2::idTypeSystem(id.idType));
                    if (!r.key.isEmpty() && !state->keys.contains(r.key)) {
                        state->keys.insert(r.key);
                        state->found << std::move(r);
                    }
                }
                if (call->succeeded() && hasNext(body) && !data.isEmpty()
                    && (!bounded || state->found.size() < kFoundLimit)) {
                    (*pageRef)(filter, offset + int(data.size()));
                    return;
                }
                if (--state->pending == 0) {
                    out->setResult(std::move(state->found));
                    out->finish();
                }
            });
    };
    for (const auto &f : filters)
        (*pageRef)(f, 0);
    return out;
}

Call<QList<Individual>> *Spp2Backend::findIndividuals(const RegistrantQuery &query)
{
    return search<Individual>(QStringLiteral("Individual"), query);
}

Call<QList<Group>> *Spp2Backend::findGroups(const RegistrantQuery &query)
{
    return search<Group>(QStringLiteral("Group"), query);
}

template<class R>
Call<R> *Spp2Backend::readOne(const QString &resource, const RecordRef &ref)
{
    auto *out = new Call<R>(this);
    if (ref.key.isEmpty()) {
        out->finishLater(ApiError(ApiError::Kind::Usage,
            tr("OpenSPP2's API v2 reads registrants by identifier; registrant %1 has none here.")
                .arg(ref.id)));
        return out;
    }
    auto *call
        = request("GET", QLatin1Char('/') + resource + QLatin1Char('/') + spp2::referenceIdentifier(ref.key),
            {}, {}, {}, true, tr("read a registrant"));
    step(out, call, [out](const Reply &r) {
        out->setResult(recordFrom<R>(r.body.toObject()));
        out->finish();
    });
    return out;
}

Call<Individual> *Spp2Backend::individual(const RecordRef &registrant)
{
    return readOne<Individual>(QStringLiteral("Individual"), registrant);
}

Call<Group> *Spp2Backend::group(const RecordRef &registrant)
{
    return readOne<Group>(QStringLiteral("Group"), registrant);
}

// Individuals: cursor "DAY|OFFSET|NEWEST|STARTED" — written on DAY or later (UTC; empty: all), in
// lastUpdated order from OFFSET; NEWEST is the latest day seen, STARTED the server's time at the
// walk's first page (UTC microseconds). The server compares whole days, so the next refresh starts
// the day before that of RegistryBackend::nextChangeStart() (STARTED less six minutes; without a
// Date header, the newest day seen): rows are read again, never missed (the local copy keeps one
// of each). Groups: the server has no such filter; each refresh reads them
// all again (cursor "|OFFSET|").
template<class R>
Call<ChangedPage<R>> *Spp2Backend::changed(const QString &resource, const ChangesQuery &query)
{
    auto *out = new Call<ChangedPage<R>>(this);
    const QStringList parts = query.cursor.split(QLatin1Char('|'));
    const bool byDay = resource == QLatin1String("Individual");
    const QString since = byDay ? parts.value(0) : QString();
    const int offset = parts.value(1).toInt();
    const QString newest = parts.value(2);
    const qint64 started = parts.value(3).toLongLong();
    const bool first = offset == 0 && parts.size() < 4; // (a cursor of an older version has no STARTED)
    const int count = qBound(kOverlap + 1, query.limit, kPage);
    QList<QPair<QString, QString>> q;
    if (byDay) {
        q << qMakePair(QStringLiteral("_sort"), QStringLiteral("lastUpdated"));
        if (!since.isEmpty())
            q << qMakePair(QStringLiteral("_lastUpdated"), QStringLiteral("ge") + since);
    }
    q << qMakePair(QStringLiteral("_count"), QString::number(count))
      << qMakePair(QStringLiteral("_offset"), QString::number(offset));
    auto *call
        = request("GET", QLatin1Char('/') + resource, q, {}, {}, true, tr("read the registry's changes"));
    step(out, call, [this, out, since, offset, newest, started, first, byDay](const Reply &r) {
        const qint64 walkStarted = first && !serverTime().isNull() ? serverTime().toUtcMicros() : started;
        const QJsonObject body = r.body.toObject();
        const QJsonArray data = body.value(QLatin1String("data")).toArray();
        ChangedPage<R> page;
        QString latest = newest;
        for (const QJsonValue &v : data) {
            R rec = recordFrom<R>(v.toObject());
            for (const RegistrantId &id : rec.regIds)
                m_idSystems.insert(spp2::idTypeSystem(id.idType));
            const QString day
                = rec.writeDate.isNull() ? QString() : rec.writeDate.utcDate().toString(Qt::ISODate);
            if (day > latest)
                latest = day;
            page.items << std::move(rec);
        }
        page.complete = !hasNext(body) || data.isEmpty();
        if (!page.complete) {
            // A full page: the next starts a few rows back (a row written meanwhile moves to the end
            // and shifts the rest forward).
            const int advance = data.size() > kOverlap ? int(data.size()) - kOverlap : int(data.size());
            page.cursor
                = QStringLiteral("%1|%2|%3|%4").arg(since).arg(offset + advance).arg(latest).arg(walkStarted);
        } else if (byDay) {
            const QDate day = walkStarted
                ? nextChangeStart(Timestamp::fromDate(QDate::fromString(since, Qt::ISODate)),
                    Timestamp::fromUtcMicros(walkStarted), Timestamp())
                      .utcDate()
                : QDate::fromString(latest, Qt::ISODate); // (no Date header: the newest day seen)
            page.cursor
                = (day.isValid() ? day.addDays(-1).toString(Qt::ISODate) : since) + QLatin1String("|0|");
        } else {
            page.cursor = QString(); // groups: all again next time
        }
        out->setResult(std::move(page));
        out->finish();
    });
    return out;
}

Call<ChangedPage<Individual>> *Spp2Backend::changedIndividuals(const ChangesQuery &query)
{
    return changed<Individual>(QStringLiteral("Individual"), query);
}

Call<ChangedPage<Group>> *Spp2Backend::changedGroups(const ChangesQuery &query)
{
    return changed<Group>(QStringLiteral("Group"), query);
}

Call<Individual> *Spp2Backend::createIndividual(const IndividualInput &)
{
    auto *out = new Call<Individual>(this);
    out->finishLater(ApiError(ApiError::Kind::Unsupported,
        tr("G2P Desk does not create registrants on OpenSPP2 servers yet: register them in OpenSPP.")));
    return out;
}

Call<Group> *Spp2Backend::createGroup(const GroupInput &)
{
    auto *out = new Call<Group>(this);
    out->finishLater(ApiError(ApiError::Kind::Unsupported,
        tr("G2P Desk does not create registrants on OpenSPP2 servers yet: register them in OpenSPP.")));
    return out;
}

} // namespace g2p
