#include "registrantsjson.h"

#include <QRandomGenerator>

namespace g2p::bench {
namespace {

void put(QByteArray &)
{ }
template<class First, class... Rest>
void put(QByteArray &out, const First &first, const Rest &...rest)
{
    out.append(first);
    put(out, rest...);
}

QByteArray num(qint64 v, int width = 0)
{
    return QByteArray::number(v).rightJustified(width, '0');
}

} // namespace

QByteArray individualsJson(int count, unsigned seed)
{
    static const char *given[]
        = {"John", "Amina", "José", "Françoise", "محمد", "فاطمة", "Zoë", "Kwame", "Nguyễn", "Søren"};
    static const char *family[]
        = {"Doe", "Okafor", "García", "Müller", "الحسن", "منصور", "Lefèvre", "Otieno"};
    static const char *places[] = {"Nairobi", "Addis Ababa", "القاهرة", "Lima", "Dakar"};
    QRandomGenerator rng(seed);
    QByteArray out;
    out.reserve(qsizetype(count) * 720);
    out.append('[');
    for (int i = 0; i < count; ++i) {
        if (i)
            out.append(',');
        const QByteArray g = given[rng.bounded(10)];
        const QByteArray f = family[rng.bounded(8)];
        const qint64 id = 1000 + i;
        const int y = 1940 + int(rng.bounded(80));
        put(out, "{\"id\":", num(id), ",\"name\":\"", f.toUpper(), ", ", g.toUpper(), "\",");
        put(out, "\"reg_ids\":[{\"id\":", num(id * 2), ",\"id_type_as_str\":\"National ID\",\"value\":\"",
            num(100000000 + id), "\",\"expiry_date\":\"2031-01-31\"}],");
        put(out, "\"is_group\":false,\"registration_date\":\"2024-06-23\",");
        if (rng.bounded(10) < 6)
            put(out, "\"phone_number_ids\":[{\"id\":", num(id * 3), ",\"phone_no\":\"+2547",
                num(10000000 + id), "\",\"phone_sanitized\":\"+2547", num(10000000 + id),
                "\",\"date_collected\":\"2024-06-23\"}],");
        else
            put(out, "\"phone_number_ids\":[],");
        put(out, "\"email\":null,\"address\":\"Village ", num(rng.bounded(400)), ", Plot 4\",");
        put(out,
            "\"create_date\":\"2024-06-18T13:54:00.631383+00:00\",\"write_date\":\"2024-06-24T10:51:13."
            "943845+00:00\",");
        put(out, "\"given_name\":\"", g, "\",\"addl_name\":null,\"family_name\":\"", f, "\",");
        put(out, "\"gender\":\"", rng.bounded(2) ? "Male" : "Female", "\",");
        put(out, "\"birthdate\":\"", num(y), "-", num(1 + rng.bounded(12), 2), "-",
            num(1 + rng.bounded(28), 2), "\",\"age\":\"", num(2026 - y), "\",");
        put(out, "\"birth_place\":\"", places[rng.bounded(5)], "\",");
        put(out,
            "\"program_membership_ids\":[{\"program_id\":3,\"state\":\"enrolled\",\"enrollment_date\":"
            "\"2024-07-01T00:00:00+00:00\",\"exit_date\":null}],\"bank_ids\":[]}");
    }
    out.append(']');
    return out;
}

} // namespace g2p::bench
