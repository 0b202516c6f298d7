// API v2 programs and memberships: lists (100 a page at most, following links.next), a change as
// read → check → PUT with If-Match, and enrolment as one POST a membership, a bounded window at a time.
#include "membershipchange.h"
#include "spp2backend.h"
#include "spp2records.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace g2p {

namespace {

constexpr int kPage = 100;

// The server or the way to it failed for now: sending again later may succeed.
bool isTransient(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Server || e.kind() == ApiError::Kind::Network
        || e.kind() == ApiError::Kind::Timeout || e.kind() == ApiError::Kind::RateLimited;
}

bool hasNext(const QJsonObject &body)
{
    const QJsonValue next = body.value(QLatin1String("links")).toObject().value(QLatin1String("next"));
    return next.isString() && !next.toString().isEmpty();
}

QString nextLastId(const QJsonObject &body)
{
    static const QRegularExpression re(QStringLiteral("[?&]_lastId=(\\d+)"));
    const auto m
        = re.match(body.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

QByteArray versionOf(const Spp2Backend::Reply &r)
{
    if (!r.etag.isEmpty())
        return r.etag;
    const QString v = r.body.toObject()
                          .value(QLatin1String("meta"))
                          .toObject()
                          .value(QLatin1String("versionId"))
                          .toString();
    return v.isEmpty() ? QByteArray() : QByteArray('"' + v.toUtf8() + '"');
}

// The membership as read has every value a PUT body sent (its status and the dates it gave).
bool holdsWhatWasSent(const QJsonObject &read, const QJsonObject &sent)
{
    for (const char *k : {"status", "enrollmentDate", "exitDate"})
        if (sent.contains(QLatin1String(k)) && read.value(QLatin1String(k)) != sent.value(QLatin1String(k)))
            return false;
    return true;
}

// An older server (spp_api_v2_programs 19.0.1.0.0) ignores ?program= and answers the beneficiary's
// first membership in any program: never taken for the one asked.
ApiError otherProgram(const ProgramMembership &m)
{
    ApiError e(ApiError::Kind::Unsupported,
        Spp2Backend::tr(
            "The server answered %1's membership in %2 for another program: it is an older API v2 that "
            "cannot address one membership of a registrant in several programs. Ask for "
            "spp_api_v2_programs 19.0.1.1.0 or later; nothing was changed.")
            .arg(m.registrantName, m.programName));
    return e;
}

QString labelOf(const ProgramMembership &m)
{
    if (m.registrantName.isEmpty() || m.programName.isEmpty())
        return m.key;
    return Spp2Backend::tr("of %1 in %2").arg(m.registrantName, m.programName);
}

} // namespace

Call<Page<Program>> *Spp2Backend::programs(const ProgramFilter &filter, int limit, int offset)
{
    // A handful of programs: every page is read (the server pages by database id, _lastId), then
    // filtered and cut here, so a filter the server ignores is still applied.
    auto *out = new Call<Page<Program>>(this);
    auto all = std::make_shared<QList<Program>>();
    auto next = std::make_shared<std::function<void(QString)>>();
    *next = [this, out, all, next, filter, limit, offset](const QString &lastId) {
        QList<QPair<QString, QString>> q {{QStringLiteral("_count"), QString::number(kPage)}};
        if (!lastId.isEmpty())
            q << qMakePair(QStringLiteral("_lastId"), lastId);
        auto *call = request("GET", QStringLiteral("/Program"), q, {}, {}, true, tr("list programs"));
        step(out, call, [out, all, next, filter, limit, offset](const Reply &r) {
            const QJsonObject body = r.body.toObject();
            const QJsonArray data = body.value(QLatin1String("data")).toArray();
            for (const QJsonValue &v : data)
                all->append(spp2::programFrom(v.toObject()));
            const QString more = nextLastId(body);
            if (!more.isEmpty() && !data.isEmpty() && all->size() < 100000) {
                (*next)(more);
                return;
            }
            Page<Program> page;
            QList<Program> kept;
            for (const Program &p : std::as_const(*all)) {
                if (filter.id && p.id != *filter.id)
                    continue;
                if (!filter.name.isEmpty() && !p.name.contains(filter.name, Qt::CaseInsensitive))
                    continue;
                if (filter.targetType && p.targetType != *filter.targetType)
                    continue;
                if (filter.state && p.state != *filter.state)
                    continue;
                kept << p;
            }
            page.total = kept.size();
            page.limit = limit;
            page.offset = offset;
            page.items = kept.mid(offset, limit);
            out->setResult(std::move(page));
            out->finish();
        });
    };
    (*next)(QString());
    return out;
}

Call<Program> *Spp2Backend::program(const RecordRef &ref)
{
    auto *out = new Call<Program>(this);
    if (ref.key.isEmpty()) {
        out->finishLater(
            ApiError(ApiError::Kind::Usage, tr("Program %1 has no identifier here.").arg(ref.id)));
        return out;
    }
    auto *call = request("GET", QStringLiteral("/Program/") + spp2::referenceIdentifier(ref.key), {}, {}, {},
        true, tr("read a program"));
    step(out, call, [out](const Reply &r) {
        out->setResult(spp2::programFrom(r.body.toObject()));
        out->finish();
    });
    return out;
}

Call<Page<ProgramMembership>> *Spp2Backend::memberships(const MembershipFilter &filter, int limit, int offset)
{
    auto *out = new Call<Page<ProgramMembership>>(this);
    QList<QPair<QString, QString>> q;
    if (filter.registrantId) {
        if (filter.registrantId->key.isEmpty()) {
            out->finishLater(ApiError(ApiError::Kind::Usage, tr("This registrant has no identifier here.")));
            return out;
        }
        q << qMakePair(QStringLiteral("beneficiary"), filter.registrantId->key);
    }
    if (filter.programId) {
        if (filter.programId->key.isEmpty()) {
            out->finishLater(ApiError(ApiError::Kind::Usage, tr("This program has no identifier here.")));
            return out;
        }
        q << qMakePair(QStringLiteral("program"), filter.programId->key);
    }
    if (filter.state)
        q << qMakePair(QStringLiteral("status"), enumToWire(*filter.state));
    // No date filter on the server (filter.changedSince): every membership is read.
    auto page = std::make_shared<Page<ProgramMembership>>();
    page->limit = limit;
    page->offset = offset;
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, out, page, next, q, limit, offset](int at) {
        QList<QPair<QString, QString>> query = q;
        const int count = qBound(1, limit - int(page->items.size()), kPage);
        query << qMakePair(QStringLiteral("_count"), QString::number(count))
              << qMakePair(QStringLiteral("_offset"), QString::number(at));
        auto *call = request(
            "GET", QStringLiteral("/ProgramMembership"), query, {}, {}, true, tr("list program memberships"));
        step(out, call, [out, page, next, limit, offset, at](const Reply &r) {
            const QJsonObject body = r.body.toObject();
            const QJsonArray data = body.value(QLatin1String("data")).toArray();
            for (const QJsonValue &v : data)
                page->items << spp2::membershipFrom(v.toObject());
            const qint64 total
                = body.value(QLatin1String("meta")).toObject().value(QLatin1String("total")).toInteger(-1);
            // links.next decides, not the total (a consent-filtered client's total is its page).
            const bool more = hasNext(body) && !data.isEmpty();
            if (more && page->items.size() < limit) {
                (*next)(at + int(data.size()));
                return;
            }
            page->more = more;
            page->total = more ? qMax(total, qint64(offset + page->items.size() + 1))
                               : qint64(offset + page->items.size());
            out->setResult(std::move(*page));
            out->finish();
        });
    };
    (*next)(offset);
    return out;
}

Call<ProgramMembership> *Spp2Backend::membership(const RecordRef &ref)
{
    auto *out = new Call<ProgramMembership>(this);
    QString reg, prog;
    if (!spp2::splitMembershipKey(ref.key, &reg, &prog)) {
        out->finishLater(
            ApiError(ApiError::Kind::Usage, tr("Membership %1 has no identifier here.").arg(ref.id)));
        return out;
    }
    auto *call = request("GET", QStringLiteral("/ProgramMembership/") + spp2::referenceIdentifier(reg),
        {{QStringLiteral("program"), prog}}, {}, {}, true, tr("read a membership"));
    step(out, call, [out, prog](const Reply &r) {
        const ProgramMembership m = spp2::membershipFrom(r.body.toObject());
        if (m.programKey != prog) {
            out->finish(otherProgram(m));
            return;
        }
        out->setResult(m);
        out->finish();
    });
    return out;
}

void Spp2Backend::putChange(Call<ProgramMembership> *out,
    const QString &regKey,
    const QString &programKey,
    const QJsonObject &body,
    const QByteArray &ifMatch,
    const QString &what)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isEmpty() && !m_ifMatchBroken)
        headers.append({"If-Match", ifMatch});
    const QString path = QStringLiteral("/ProgramMembership/") + spp2::referenceIdentifier(regKey);
    const QList<QPair<QString, QString>> q {{QStringLiteral("program"), programKey}};
    // A PUT writes the same values again when repeated: safe to send again after a lost answer.
    auto *put = request("PUT", path, q, body, headers, true, what);
    step(
        out, put,
        [out](const Reply &r) {
            out->setResult(spp2::membershipFrom(r.body.toObject()));
            out->finish();
        },
        [this, out, regKey, programKey, body, ifMatch, what, path, q](const ApiError &e) {
            if (e.kind() != ApiError::Kind::Conflict || ifMatch.isEmpty() || m_ifMatchBroken)
                return false;
            // Changed meanwhile, or an older server that refuses every If-Match (it compared another
            // format): read again; the same version means the latter, and the write goes without.
            auto *again = request("GET", path, q, {}, {}, true, what);
            connect(again, &PendingCall::finished, out,
                [this, out, again, regKey, programKey, body, ifMatch, what, e] {
                    if (out->isFinished())
                        return;
                    if (again->succeeded() && holdsWhatWasSent(again->result().body.toObject(), body)) {
                        // Our own write, landed while its answer was lost and sent again with the
                        // version read before it: done.
                        out->setResult(spp2::membershipFrom(again->result().body.toObject()));
                        out->finish();
                        return;
                    }
                    if (again->succeeded() && versionOf(again->result()) == ifMatch) {
                        m_ifMatchBroken = true;
                        putChange(out, regKey, programKey, body, QByteArray(), what);
                        return;
                    }
                    out->finish(codedError(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-021"),
                        tr("The membership was changed on the server since it was read; nothing was "
                           "written.")));
                });
            return true;
        });
}

// Read → check (version, the transition table, dates) → PUT with If-Match on the version read. The
// server refuses no transition and drops exitReason: the rules are applied here, and the reason is
// kept by the desktop's own timeline only.
Call<ProgramMembership> *Spp2Backend::changeMembership(const RecordRef &ref, const MembershipUpdate &u)
{
    auto *out = new Call<ProgramMembership>(this);
    QString reg, prog;
    if (!spp2::splitMembershipKey(ref.key, &reg, &prog)) {
        out->finishLater(
            ApiError(ApiError::Kind::Usage, tr("Membership %1 has no identifier here.").arg(ref.id)));
        return out;
    }
    const QString what = tr("change program memberships");
    auto *now = request("GET", QStringLiteral("/ProgramMembership/") + spp2::referenceIdentifier(reg),
        {{QStringLiteral("program"), prog}}, {}, {}, true, what);
    step(out, now, [this, out, u, reg, prog, what](const Reply &r) {
        const QJsonObject read = r.body.toObject();
        const ProgramMembership m = spp2::membershipFrom(read);
        if (m.programKey != prog) {
            out->finish(otherProgram(m));
            return;
        }
        if (!u.writeDate.isNull() && !m.writeDate.isNull() && !u.writeDate.sameInstant(m.writeDate)) {
            out->finish(codedError(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-021"),
                tr("The membership %1 was changed on the server at %2 (UTC) since it was read at %3; nothing "
                   "was "
                   "written.")
                    .arg(labelOf(m), m.writeDate.text(), u.writeDate.text())));
            return;
        }
        const ChangePlan plan = planChange(m, u, labelOf(m));
        if (!plan.error.isNull()) {
            out->finish(plan.error);
            return;
        }
        QJsonObject body = spp2::membershipBody(read);
        body.insert(QStringLiteral("status"), enumToWire(plan.target));
        bool differs = plan.stateChanges;
        if (plan.exitDate.isValid() && plan.exitDate != m.exitDate) {
            body.insert(QStringLiteral("exitDate"), plan.exitDate.toString(Qt::ISODate));
            differs = true;
        }
        // The enrolment date is always sent back: an older server stamps today on a write that makes
        // the state enrolled unless the date is given.
        if (u.enrollmentDate.isValid()) {
            differs = differs || m.enrollmentDate.isNull() || m.enrollmentDate.utcDate() != u.enrollmentDate;
            body.insert(QStringLiteral("enrollmentDate"), u.enrollmentDate.toString(Qt::ISODate));
        }
        if (plan.exited && !u.exitReason.trimmed().isEmpty())
            body.insert(
                QStringLiteral("exitReason"), QJsonObject {{QStringLiteral("text"), u.exitReason.trimmed()}});
        if (!differs) {
            out->setResult(m); // nothing to change (a change sent again after a lost answer)
            out->finish();
            return;
        }
        putChange(out, reg, prog, body, versionOf(r), what);
    });
    return out;
}

// One enrolment POST's place in the backend's window; given back once, when its item settles or
// when the run holding it goes away (its call deleted before an answer came).
struct EnrolSlot
{
    QPointer<Spp2Backend> backend;
    explicit EnrolSlot(Spp2Backend *b) : backend(b) { ++b->m_enrolInFlight; }
    EnrolSlot(const EnrolSlot &) = delete;
    EnrolSlot &operator=(const EnrolSlot &) = delete;
    ~EnrolSlot()
    {
        if (backend)
            backend->enrolSlotFreed();
    }
};

struct EnrolRun
{
    BatchEnrollRequest request;
    MembershipState target = MembershipState::Enrolled;
    bool wantsGroup = false;
    BatchEnrollResponse response;
    int next = 0; // the next item to start
    int running = 0;
    QHash<int, std::shared_ptr<EnrolSlot>> slots; // items on the wire
    QSet<int> resent; // items sent again after a lost answer (once each)
    ApiError transient; // a row that could not be settled for now
    QPointer<Call<BatchEnrollResponse>> out; // null once the caller deleted it
};

// One POST a membership (the server's $batch takes individuals and groups only), kEnrolWindow at a
// time. A 422 (a membership of this registrant in this program exists) or a lost answer reads the
// membership before anything else is sent: already there in the state asked = unchanged; in another
// state = changed as a single change would; absent after a lost answer = sent once more.
Call<BatchEnrollResponse> *Spp2Backend::enrol(const BatchEnrollRequest &request)
{
    auto *out = new Call<BatchEnrollResponse>(this);
    auto run = std::make_shared<EnrolRun>();
    run->request = request;
    run->target = request.state.value_or(MembershipState::Enrolled);
    run->out = out;
    run->response.programId = request.programId;
    run->response.total = request.items.size();
    const QDate today = utcToday();
    for (int i = 0; i < request.items.size(); ++i) {
        BatchItemResult r;
        r.index = i;
        r.registrantId = request.items[i].registrantId;
        r.status = BatchItemStatus::Unchanged;
        const QDate d = request.items[i].enrollmentDate.isValid() ? request.items[i].enrollmentDate
                                                                  : request.enrollmentDate;
        if (request.items[i].registrantKey.isEmpty())
            failItem(r, QStringLiteral("G2P-REQ-013"),
                tr("Registrant %1 has no identifier here.").arg(r.registrantId));
        else if (d.isValid() && d > today)
            failItem(r, QStringLiteral("G2P-REQ-011"),
                tr("The enrollment date %1 is after today (%2, UTC).")
                    .arg(d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        run->response.items << r;
    }
    auto *prog = program(RecordRef(request.programId, request.programKey));
    step(out, prog, [this, out, run](const Program &p) {
        if (run->target == MembershipState::Enrolled && !p.acceptsEnrollment()) {
            out->finish(codedError(ApiError::Kind::Conflict, QStringLiteral("G2P-REQ-019"),
                tr("%1 has ended: nobody can be enrolled in it.").arg(p.name)));
            return;
        }
        run->wantsGroup = p.targetType == TargetType::Group;
        // The server does not check the program's target type: checked here.
        for (BatchItemResult &r : run->response.items) {
            if (r.status == BatchItemStatus::Error)
                continue;
            const bool isGroup = spp2::isGroupReference(run->request.items[r.index].registrantKey);
            if (isGroup != run->wantsGroup)
                failItem(r, QStringLiteral("G2P-REQ-017"),
                    run->wantsGroup ? tr("%1 is an individual; the program enrols groups.")
                                          .arg(run->request.items[r.index].registrantKey)
                                    : tr("%1 is a group; the program enrols individuals.")
                                          .arg(run->request.items[r.index].registrantKey));
        }
        m_enrolRuns.append(run);
        fillEnrolWindow();
        finishEnrolIfDone(run); // nothing to send (every row refused here)
    });
    out->setAbortHandler([run] { run->next = int(run->request.items.size()); });
    return out;
}

void Spp2Backend::enrolSlotFreed()
{
    --m_enrolInFlight;
    // Not from here (this may run while a call is being deleted): on the next turn of the event loop.
    if (!m_enrolRuns.isEmpty())
        QTimer::singleShot(0, this, [this] { fillEnrolWindow(); });
}

// Every free place in the window goes to the runs with rows still to send, in turn, so that calls
// started together share it and a finished call's places pass to the others.
void Spp2Backend::fillEnrolWindow()
{
    while (m_enrolInFlight < kEnrolWindow && !m_enrolRuns.isEmpty()) {
        const std::shared_ptr<EnrolRun> run = m_enrolRuns.takeFirst().lock();
        if (!run || !run->out || run->out->isFinished())
            continue;
        while (run->next < run->request.items.size()
            && run->response.items[run->next].status == BatchItemStatus::Error)
            ++run->next;
        if (run->next >= run->request.items.size())
            continue; // everything sent: it finishes when its last answer comes
        const int index = run->next++;
        ++run->running;
        run->slots.insert(index, std::make_shared<EnrolSlot>(this));
        m_enrolRuns.append(run);
        sendEnrolment(run, index);
    }
}

void Spp2Backend::finishEnrolIfDone(const std::shared_ptr<EnrolRun> &run)
{
    Call<BatchEnrollResponse> *out = run->out;
    if (!out || out->isFinished() || run->running > 0)
        return;
    for (int i = run->next; i < run->request.items.size(); ++i)
        if (run->response.items[i].status != BatchItemStatus::Error)
            return; // rows still to send
    // A row that could not be settled (the server unavailable, the connection lost twice) fails the
    // whole call: the outbox sends every row again later, and each is read back before anything is
    // created twice.
    if (!run->transient.isNull()) {
        out->finish(run->transient);
        return;
    }
    for (const BatchItemResult &r : std::as_const(run->response.items))
        (r.status == BatchItemStatus::Error ? run->response.failed : run->response.succeeded) += 1;
    out->setResult(run->response);
    out->finish();
}

void Spp2Backend::sendEnrolment(const std::shared_ptr<EnrolRun> &run, int index)
{
    if (!run->out || run->out->isFinished())
        return;
    Call<BatchEnrollResponse> *out = run->out;
    const BatchEnrollItem &item = run->request.items[index];
    const QDate day = item.enrollmentDate.isValid() ? item.enrollmentDate : run->request.enrollmentDate;
    const QString regKey = item.registrantKey;
    const QString programKey = run->request.programKey;
    const auto done = [this, run](int settled) {
        --run->running;
        run->slots.remove(settled); // its place in the window is free again
        finishEnrolIfDone(run);
        fillEnrolWindow();
    };
    // What is there now: after a 422 or a lost answer.
    const auto settle
        = [this, run, index, regKey, programKey, day, done](const ApiError &cause, bool mayResend) {
              auto *look = membership(RecordRef(0, spp2::membershipKey(regKey, programKey)));
              connect(look, &PendingCall::finished, run->out,
                  [this, run, look, index, regKey, programKey, day, done, cause, mayResend] {
                      BatchItemResult &r = run->response.items[index];
                      if (!look->succeeded()) {
                          if (look->error().kind() == ApiError::Kind::NotFound && mayResend
                              && !run->resent.contains(index)) {
                              run->resent.insert(index);
                              sendEnrolment(run, index); // the lost POST never landed: once more
                              return;
                          }
                          if (mayResend || isTransient(look->error()))
                              run->transient = mayResend ? cause : look->error();
                          else
                              failItem(r, cause.code(), cause.message());
                          done(index);
                          return;
                      }
                      const ProgramMembership m = look->result();
                      r.membership = m;
                      const bool dateDiffers = run->target == MembershipState::Enrolled && day.isValid()
                          && (m.enrollmentDate.isNull() || m.enrollmentDate.utcDate() != day);
                      if (m.state == run->target && !dateDiffers) {
                          r.status = mayResend ? BatchItemStatus::Created : BatchItemStatus::Unchanged;
                          done(index);
                          return;
                      }
                      if (m.state != run->target && !isTransitionAllowed(m.state, run->target)) {
                          failItem(r, QStringLiteral("G2P-REQ-016"),
                              tr("%1 is %2 in this program; the membership cannot become %3.")
                                  .arg(m.registrantName.isEmpty() ? regKey : m.registrantName,
                                      enumToWire(m.state), enumToWire(run->target)));
                          done(index);
                          return;
                      }
                      MembershipUpdate u;
                      u.state = run->target;
                      u.enrollmentDate = day;
                      u.writeDate = m.writeDate;
                      auto *change = changeMembership(refOf(m), u);
                      connect(change, &PendingCall::finished, run->out, [run, change, index, done] {
                          BatchItemResult &res = run->response.items[index];
                          if (change->succeeded()) {
                              res.status = BatchItemStatus::Updated;
                              res.membership = change->result();
                          } else if (isTransient(change->error())) {
                              run->transient = change->error();
                          } else {
                              failItem(res, change->error().code(), change->error().message());
                          }
                          done(index);
                      });
                  });
          };
    QJsonObject body {{QStringLiteral("type"), QStringLiteral("ProgramMembership")},
        {QStringLiteral("program"), QJsonObject {{QStringLiteral("reference"), programKey}}},
        {QStringLiteral("beneficiary"), QJsonObject {{QStringLiteral("reference"), regKey}}},
        {QStringLiteral("status"), enumToWire(run->target)}};
    if (day.isValid() && run->target == MembershipState::Enrolled)
        body.insert(QStringLiteral("enrollmentDate"), day.toString(Qt::ISODate));
    auto *post
        = request("POST", QStringLiteral("/ProgramMembership"), {}, body, {}, false, tr("enrol registrants"));
    connect(post, &PendingCall::finished, out, [run, post, index, done, settle] {
        BatchItemResult &r = run->response.items[index];
        if (post->succeeded()) {
            r.status = BatchItemStatus::Created;
            r.membership = spp2::membershipFrom(post->result().body.toObject());
            done(index);
            return;
        }
        const ApiError &e = post->error();
        switch (e.kind()) {
        case ApiError::Kind::Validation:
        case ApiError::Kind::BadRequest:
            // "Failed to create program membership: ..." — most often one exists already.
            settle(e, false);
            return;
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Server:
            settle(e, true); // the answer was lost: it may have been created
            return;
        default:
            failItem(r, e.code().isEmpty() ? QString::number(e.httpStatus()) : e.code(), e.message());
            done(index);
            return;
        }
    });
}

} // namespace g2p
