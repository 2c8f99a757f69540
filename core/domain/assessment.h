#pragma once

#include <array>
#include <optional>

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// A status assessment (statusmåling). Life-area severities are 0-4, null when not asked.
struct Assessment
{
    QString id;
    QString course;
    QDate date;
    AssessmentType type = AssessmentType::Intake;
    std::array<std::optional<int>, enumCount<LifeArea>()> areas{};
    std::optional<int> qualityOfLife; // TOP rating 0-20, higher is better
    std::optional<int> daysUsedLast28;
    std::optional<int> drinksPerWeek;

    std::optional<int> area(LifeArea a) const { return areas[std::size_t(a)]; }
    void setArea(LifeArea a, std::optional<int> v) { areas[std::size_t(a)] = v; }

    friend bool operator==(const Assessment &, const Assessment &) = default;
};

} // namespace mestring::core
