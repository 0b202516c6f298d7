// Enumerations of the contract and their wire names.
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace g2p {

enum class MembershipState : quint8
{
    Draft,
    Enrolled,
    Paused,
    Exited,
    NotEligible,
    Duplicated
};
enum class TargetType : quint8
{
    Individual,
    Group
};
enum class ProgramState : quint8
{
    Active,
    Ended
};
enum class HistorySource : quint8
{
    Api,
    BatchEnroll,
    Ui,
    System
};
enum class BatchItemStatus : quint8
{
    Created,
    Updated,
    Unchanged,
    Error
};
enum class IdStatus : quint8
{
    Valid,
    Invalid
};

template<class E>
struct EnumNames;

template<>
struct EnumNames<MembershipState>
{
    static constexpr std::array<std::string_view, 6> names {
        "draft", "enrolled", "paused", "exited", "not_eligible", "duplicated"};
};
template<>
struct EnumNames<TargetType>
{
    static constexpr std::array<std::string_view, 2> names {"individual", "group"};
};
template<>
struct EnumNames<ProgramState>
{
    static constexpr std::array<std::string_view, 2> names {"active", "ended"};
};
template<>
struct EnumNames<HistorySource>
{
    static constexpr std::array<std::string_view, 4> names {"api", "batch_enroll", "ui", "system"};
};
template<>
struct EnumNames<BatchItemStatus>
{
    static constexpr std::array<std::string_view, 4> names {"created", "updated", "unchanged", "error"};
};
template<>
struct EnumNames<IdStatus>
{
    static constexpr std::array<std::string_view, 2> names {"valid", "invalid"};
};

template<class E>
std::optional<E> enumFromWire(std::string_view text)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text)
            return E(i);
    return std::nullopt;
}

template<class E>
std::optional<E> enumFromWire(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return enumFromWire<E>(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

template<class E>
std::string_view enumToWireView(E value)
{
    return EnumNames<E>::names[std::size_t(value)];
}

template<class E>
QString enumToWire(E value)
{
    const auto v = enumToWireView(value);
    return QString::fromLatin1(v.data(), qsizetype(v.size()));
}

template<class E>
QString enumChoices()
{
    QString out;
    for (auto n : EnumNames<E>::names) {
        if (!out.isEmpty())
            out += QLatin1String(", ");
        out += QString::fromLatin1(n.data(), qsizetype(n.size()));
    }
    return out;
}

// The membership state machine (openapi.yaml, PATCH /program_membership/{_id}).
bool isTransitionAllowed(MembershipState from, MembershipState to);
QList<MembershipState> allowedTransitions(MembershipState from);

} // namespace g2p
