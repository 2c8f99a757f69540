#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// A status score on the VUM scale 0-4 (support need; lower means more mastery).
struct GoalScore
{
    QDate date;
    int score = 0;

    friend bool operator==(const GoalScore &, const GoalScore &) = default;
};

struct SubGoal
{
    QString text;
    QDate deadline;
    QDate doneDate;

    friend bool operator==(const SubGoal &, const SubGoal &) = default;
};

/// A SMART goal of a course's plan.
struct Goal
{
    QString id;
    QString course;
    Theme theme = Theme::SelfManagement;
    QString text;
    QString measure;
    QDate deadline;
    std::optional<int> baselineScore;
    std::optional<int> targetScore;
    GoalStatus status = GoalStatus::Active;
    QDate closedDate;
    std::vector<GoalScore> scores; // ordered by date
    std::vector<SubGoal> subgoals; // in the plan's order
    /// The stored save this record was read at (core/storage/rowversion.h): a save from an
    /// older one is refused (EditConflict).
    int version = 1;

    friend bool operator==(const Goal &, const Goal &) = default;
};

} // namespace mestring::core
