#include "demodata.h"

#include "registrystore.h"
#include "wiretime.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <array>

namespace g2p::sandbox {
namespace {

constexpr qint64 kMicrosPerDay = 86400000000LL;

const std::array<const char *, 24> kMaleLatin = {"John", "Peter", "Samuel", "Daniel", "Joseph", "David",
    "Michael", "Emmanuel", "Moses", "Isaac", "Abdi", "Juma", "Baraka", "Kofi", "Kwame", "Tunde", "Carlos",
    "Luis", "José", "André", "François", "Jürgen", "Søren", "Çağrı"};
const std::array<const char *, 24> kFemaleLatin = {"Mary", "Grace", "Esther", "Ruth", "Amina", "Fatuma",
    "Aisha", "Zawadi", "Neema", "Ama", "Ana", "María", "Lucía", "Inês", "Françoise", "Zoë", "Chloé", "Agnès",
    "Wanjiru", "Nia", "Élodie", "Brígida", "Mwajuma", "Halima"};
const std::array<const char *, 22> kFamilyLatin = {"Doe", "Okafor", "Mensah", "Otieno", "Mwangi", "Kamau",
    "Hassan", "Abdullahi", "Silva", "Santos", "García", "Rodríguez", "Müller", "Dubois", "Lefèvre", "Nguyễn",
    "Østergaard", "Çelik", "Kowalski", "Ibrahim", "Achterberg", "N'Diaye"};
const std::array<const char *, 10> kMaleArabic
    = {"محمد", "أحمد", "علي", "عمر", "يوسف", "خالد", "حسن", "إبراهيم", "سالم", "طارق"};
const std::array<const char *, 10> kFemaleArabic
    = {"فاطمة", "مريم", "زينب", "خديجة", "سارة", "ليلى", "نور", "هدى", "أمل", "رنا"};
const std::array<const char *, 10> kFamilyArabic
    = {"الحسن", "العلي", "منصور", "حداد", "الخطيب", "عبد الله", "يوسف", "النجار", "الزين", "سليمان"};
const std::array<const char *, 15> kPlaces = {"Nairobi", "Mombasa", "Addis Ababa", "Kampala", "Accra",
    "Lagos", "Dakar", "Bamako", "Maputo", "Lima", "Quito", "Cairo", "القاهرة", "عمّان", "Tunis"};
const std::array<const char *, 6> kExitReasons = {"Graduated", "Moved out of the area", "Deceased",
    "No longer eligible after review", "Voluntary withdrawal", "Household income above threshold"};
const std::array<const char *, 4> kOfficers = {"amina.officer", "j.mwangi", "f.haddad", "admin"};

struct Rng
{
    explicit Rng(quint64 seed) : g(seed) { }
    int below(int n) { return int(g.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return g.bounded(n); }
    bool chance(double p) { return g.generateDouble() < p; }
    template<class A>
    QString pick(const A &a)
    {
        return QString::fromUtf8(a[std::size_t(below(int(a.size())))]);
    }
    QRandomGenerator g;
};

qint64 dayMicros(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d) * kMicrosPerDay;
}

class Seeder
{
public:
    Seeder(RegistryStore &store, quint64 seed)
        : m_store(store)
        , m_rng(seed)
        , m_partner(store.prepare(QStringLiteral(
              "INSERT INTO partner (id, is_group, name, given_name, addl_name, family_name, gender, "
              "birthdate, "
              "birth_place, registration_date, email, address, kind, is_partial_group, active, create_date, "
              "write_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)")))
        , m_regId(store.prepare(QStringLiteral("INSERT INTO reg_id (partner_id, id_type, value, expiry_date, "
                                               "status) VALUES (?,?,?,?,'valid')")))
        , m_phone(store.prepare(QStringLiteral(
              "INSERT INTO phone (partner_id, phone_no, phone_sanitized, date_collected) VALUES (?,?,?,?)")))
        , m_groupMember(store.prepare(QStringLiteral(
              "INSERT INTO group_membership (group_id, individual_id, kinds, create_date, write_date) "
              "VALUES (?,?,?,?,?)")))
        , m_membership(store.prepare(QStringLiteral("INSERT INTO membership (id, partner_id, program_id, "
                                                    "state, enrollment_date, exit_date, exit_reason, "
                                                    "create_date, write_date) VALUES (?,?,?,?,?,?,?,?,?)")))
        , m_history(store.prepare(
              QStringLiteral("INSERT INTO history (membership_id, changed_at, changed_by, from_state, "
                             "to_state, enrollment_date, "
                             "exit_date, exit_reason, note, source) VALUES (?,?,?,?,?,?,?,?,?,?)")))
    {
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM partner"));
        if (q.next())
            m_nextPartner = q.value(0).toLongLong() + 1;
        q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM membership"));
        if (q.next())
            m_nextMembership = q.value(0).toLongLong() + 1;
        m_importClock = dayMicros(QDate(2026, 7, 1));
        q.exec(QStringLiteral("SELECT MAX(create_date) FROM partner"));
        if (q.next() && !q.value(0).isNull())
            m_importClock = qMax(m_importClock, q.value(0).toLongLong() + 1);
    }

    DemoDataStats run(qint64 individuals, const std::function<void(qint64, qint64)> &progress)
    {
        m_store.begin();
        createPrograms();
        while (m_stats.individuals < individuals) {
            if (m_rng.chance(0.25)) {
                addIndividual(QString(), false, -1);
            } else {
                const int size = std::min<qint64>(1 + m_rng.below(6), individuals - m_stats.individuals);
                addHousehold(size);
            }
            if (progress && (m_stats.individuals % 20000) < 6)
                progress(m_stats.individuals, individuals);
        }
        m_store.commit();
        m_store.rebuildSearchIndex();
        if (progress)
            progress(m_stats.individuals, individuals);
        return m_stats;
    }

private:
    struct Program
    {
        qint64 id;
        bool group;
        bool ended;
        double share;
    };

    void createPrograms()
    {
        const qint64 created = dayMicros(QDate(2022, 1, 10));
        struct Def
        {
            const char *name, *description, *target, *state;
            bool active;
            const char *ended;
            double share;
        };
        const Def defs[] = {
            {"Cash Transfer Program", "Monthly cash transfer for eligible individuals.", "individual",
                "active", true, nullptr, 0.45},
            {"Household Support Program", "Quarterly support to vulnerable households.", "group", "active",
                true, nullptr, 0.55},
            {"Drought Relief 2023", "One-off relief; closed.", "group", "ended", true, "2023-12-31", 0.3},
            {"School Feeding", "Daily meals for school children.", "individual", "active", true, nullptr,
                0.2},
            {"Elderly Pension", "Monthly pension from age 60.", "individual", "active", true, nullptr, 0.12},
            {"Livelihoods Pilot 2021", "Archived pilot.", "individual", "active", false, nullptr, 0.03},
        };
        for (const Def &d : defs) {
            ProgramRow p;
            p.name = QString::fromUtf8(d.name);
            p.description = QString::fromUtf8(d.description);
            p.targetType = QString::fromLatin1(d.target);
            p.state = QString::fromLatin1(d.state);
            p.active = d.active;
            p.dateEnded = d.ended ? QString::fromLatin1(d.ended) : QString();
            p.createDate = created;
            p.writeDate = d.ended ? dayMicros(QDate(2023, 12, 31)) + 16 * 3600000000LL : created;
            const qint64 id = m_store.insertProgram(p);
            m_programs.append(
                Program {id, p.targetType == QLatin1String("group"), d.ended != nullptr, d.share});
        }
    }

    // When a registrant entered this Odoo database: the registrations (2019–2026, on paper and in
    // an earlier system) were imported from 2026-07-01, one record every 10–30 ms. Odoo numbers
    // records in the order it creates them and stamps create_date and write_date with the creating
    // transaction's time, so ids grow with create_date as on a real server; a change list in
    // (write_date, id) order then reads an untouched registry by id. (Registrants created at random
    // times of 2019–2026 under increasing ids, as the demo data had them before, came out of every
    // change list in random id order — a registry where every record was edited since, at random.)
    // `jitter` is a random number of microseconds; only its last 20 ms are used.
    qint64 imported(qint64 jitter)
    {
        m_importClock += 10000 + jitter % 20000;
        return m_importClock;
    }

    QDate randomDate(QDate from, QDate to)
    {
        const qint64 span = from.daysTo(to);
        return span <= 0 ? from : from.addDays(m_rng.below(int(span) + 1));
    }

    qint64 addIndividual(const QString &family, bool arabic, int role)
    {
        const bool useArabic = family.isNull() ? m_rng.chance(0.25) : arabic;
        const bool female = role == 1 ? true : (role == 0 ? false : m_rng.chance(0.5));
        const QString given = useArabic ? m_rng.pick(female ? kFemaleArabic : kMaleArabic)
                                        : m_rng.pick(female ? kFemaleLatin : kMaleLatin);
        const QString fam
            = family.isNull() ? (useArabic ? m_rng.pick(kFamilyArabic) : m_rng.pick(kFamilyLatin)) : family;
        const QString name = useArabic ? QString(given + QLatin1Char(' ') + fam)
                                       : QString(fam.toUpper() + QStringLiteral(", ") + given.toUpper());
        const bool child = role == 2;
        const QDate today(2026, 11, 1);
        const QDate birth = child ? randomDate(today.addYears(-17), today.addYears(-1))
                                  : randomDate(today.addYears(-85), today.addYears(-18));
        const QDate registered = randomDate(QDate(2019, 1, 1), QDate(2026, 6, 30));
        const qint64 id = m_nextPartner++;
        const qint64 created = imported(qint64(m_rng.below(86400)) * 1000000 + m_rng.below(1000000));
        const QVariantList values {id, 0, name, given, QVariant(QMetaType::fromType<QString>()), fam,
            female ? QStringLiteral("Female") : QStringLiteral("Male"), formatIsoDate(birth),
            m_rng.pick(kPlaces), formatIsoDate(registered),
            m_rng.chance(0.1) ? QVariant(QStringLiteral("person%1@example.org").arg(id))
                              : QVariant(QMetaType::fromType<QString>()),
            QStringLiteral("Village %1, Plot %2").arg(1 + m_rng.below(400)).arg(1 + m_rng.below(90)),
            QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<int>()), created, created};
        exec(m_partner, values);
        exec(m_regId,
            {id, QStringLiteral("National ID"), QString::number(100000000 + id),
                formatIsoDate(registered.addYears(10))});
        if (m_rng.chance(0.3))
            exec(m_regId,
                {id, QStringLiteral("Passport"), QStringLiteral("P%1").arg(7000000 + id),
                    formatIsoDate(registered.addYears(5))});
        if (!child && m_rng.chance(0.6)) {
            const QString phone = QStringLiteral("+2547%1").arg(10000000 + (id * 7919) % 89999999);
            exec(m_phone, {id, phone, phone, formatIsoDate(registered)});
        }
        ++m_stats.individuals;
        const int age = birth.daysTo(today) / 365;
        for (const Program &p : m_programs) {
            if (p.group)
                continue;
            double share = p.share;
            if (p.id == m_programs[3].id)
                share = age < 18 ? 0.6 : 0.0; // school feeding
            if (p.id == m_programs[4].id)
                share = age >= 60 ? 0.7 : 0.0; // pension
            if (m_rng.chance(share))
                addMembership(id, p, registered);
        }
        return id;
    }

    void addHousehold(int size)
    {
        const bool arabic = m_rng.chance(0.25);
        const QString family = arabic ? m_rng.pick(kFamilyArabic) : m_rng.pick(kFamilyLatin);
        const QDate registered = randomDate(QDate(2019, 1, 1), QDate(2026, 6, 30));
        const qint64 gid = m_nextPartner++;
        const qint64 created = imported(qint64(m_rng.below(86400)) * 1000000);
        const QString name = arabic ? QString(QStringLiteral("أسرة ") + family)
                                    : QString(family.toUpper() + QStringLiteral(" HOUSEHOLD"));
        exec(m_partner,
            {gid, 1, name, QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>()),
                QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>()),
                QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>()),
                formatIsoDate(registered), QVariant(QMetaType::fromType<QString>()),
                QStringLiteral("Village %1, Plot %2").arg(1 + m_rng.below(400)).arg(1 + m_rng.below(90)),
                m_rng.chance(0.8) ? QStringLiteral("Household") : QStringLiteral("Family"),
                m_rng.chance(0.1) ? 1 : 0, created, created});
        exec(m_regId,
            {gid, QStringLiteral("Household ID"), QStringLiteral("HH-%1").arg(gid, 8, 10, QLatin1Char('0')),
                QVariant(QMetaType::fromType<QString>())});
        ++m_stats.groups;
        for (int i = 0; i < size; ++i) {
            const int role = i == 0 ? (m_rng.chance(0.5) ? 0 : 1) : (i == 1 && size > 2 ? 1 : 2);
            const qint64 member = addIndividual(family, arabic, role);
            const QString kinds = i == 0 ? QStringLiteral("Head")
                                         : (role == 1 ? QStringLiteral("Spouse") : QStringLiteral("Child"));
            exec(m_groupMember, {gid, member, kinds, created, created});
        }
        for (const Program &p : m_programs)
            if (p.group && m_rng.chance(p.share))
                addMembership(gid, p, registered);
    }

    void addMembership(qint64 partner, const Program &program, QDate registered)
    {
        const QDate latest(2026, 11, 1);
        const QDate endLimit = program.ended ? QDate(2023, 12, 31) : latest;
        QDate start = program.ended ? randomDate(QDate(2023, 1, 15), QDate(2023, 6, 30))
                                    : randomDate(qMax(registered, QDate(2022, 2, 1)), latest.addDays(-30));
        if (start > endLimit)
            start = endLimit;
        qint64 t = dayMicros(start) + qint64(8 + m_rng.below(9)) * 3600000000LL + m_rng.below64(3600000000LL);
        const qint64 id = m_nextMembership++;
        const qint64 created = t;
        QString state = QStringLiteral("draft");
        QVariant enrollment;
        QString exitDate, exitReason;
        history(
            id, t, QString(), state, enrollment, QString(), QString(), QString(), QStringLiteral("system"));
        const auto step = [&](const QString &to, const QString &source, const QString &note) {
            const qint64 next
                = t + qint64(1 + m_rng.below(120)) * kMicrosPerDay + m_rng.below64(3600000000LL);
            if (utcDateOf(next) > endLimit)
                return false;
            t = next;
            if (to == QLatin1String("enrolled"))
                enrollment = dayMicros(utcDateOf(t));
            if (to == QLatin1String("exited")) {
                exitDate = formatIsoDate(utcDateOf(t));
                exitReason = m_rng.pick(kExitReasons);
            }
            history(id, t, state, to, enrollment, exitDate, exitReason, note, source);
            state = to;
            return true;
        };
        const double r = m_rng.g.generateDouble();
        if (r < 0.12) {
            // stays draft
        } else if (r < 0.2) {
            step(QStringLiteral("not_eligible"), QStringLiteral("system"),
                QStringLiteral("Failed eligibility check"));
        } else if (r < 0.24) {
            step(QStringLiteral("duplicated"), QStringLiteral("system"),
                QStringLiteral("Same National ID as another registrant"));
        } else if (step(QStringLiteral("enrolled"),
                       m_rng.chance(0.5) ? QStringLiteral("batch_enroll") : QStringLiteral("ui"),
                       QString())) {
            const double s = m_rng.g.generateDouble();
            if (program.ended && s < 0.8) {
                t = dayMicros(QDate(2023, 12, 31)) + 15 * 3600000000LL;
                enrollment = enrollment.isNull() ? QVariant(dayMicros(start)) : enrollment;
                exitDate = QStringLiteral("2023-12-31");
                exitReason = QStringLiteral("Program ended");
                history(id, t, state, QStringLiteral("exited"), enrollment, exitDate, exitReason, QString(),
                    QStringLiteral("system"));
                state = QStringLiteral("exited");
            } else if (s < 0.2) {
                if (step(QStringLiteral("paused"), QStringLiteral("ui"),
                        QStringLiteral("Temporarily relocated"))
                    && m_rng.chance(0.4))
                    step(m_rng.chance(0.6) ? QStringLiteral("enrolled") : QStringLiteral("exited"),
                        QStringLiteral("ui"), QString());
            } else if (s < 0.4) {
                step(QStringLiteral("exited"), QStringLiteral("ui"), QString());
            } else if (s < 0.45) {
                step(QStringLiteral("not_eligible"), QStringLiteral("system"),
                    QStringLiteral("Re-assessment"));
            }
        }
        exec(m_membership,
            {id, partner, program.id, state,
                enrollment.isNull() ? QVariant(QMetaType::fromType<qint64>()) : enrollment,
                exitDate.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(exitDate),
                exitReason.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(exitReason),
                created, t});
        ++m_stats.memberships;
    }

    static QDate utcDateOf(qint64 micros) { return QDate(1970, 1, 1).addDays(micros / kMicrosPerDay); }

    void history(qint64 membership,
        qint64 at,
        const QString &from,
        const QString &to,
        const QVariant &enrollment,
        const QString &exitDate,
        const QString &exitReason,
        const QString &note,
        const QString &source)
    {
        const auto nul = [](const QString &s) {
            return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
        };
        exec(m_history,
            {membership, at, m_rng.pick(kOfficers), nul(from), to,
                enrollment.isNull() ? QVariant(QMetaType::fromType<qint64>()) : enrollment, nul(exitDate),
                nul(exitReason), nul(note), source});
        ++m_stats.historyEntries;
    }

    static void exec(QSqlQuery &q, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        q.exec();
    }

    RegistryStore &m_store;
    Rng m_rng;
    QSqlQuery m_partner, m_regId, m_phone, m_groupMember, m_membership, m_history;
    qint64 m_nextPartner = 1, m_nextMembership = 1;
    qint64 m_importClock = 0;
    QList<Program> m_programs;
    DemoDataStats m_stats;
};

} // namespace

DemoDataStats seedDemoData(RegistryStore &store,
    qint64 individuals,
    quint64 seed,
    const std::function<void(qint64, qint64)> &progress)
{
    Seeder s(store, seed);
    return s.run(individuals, progress);
}

} // namespace g2p::sandbox
