#include "goalrules.h"

#include <QCoreApplication>
#include <QSet>

#include "textlimits.h"
#include "issuehelpers.h"

namespace mestring::core {

namespace {

bool isVumScore(int score)
{
    return score >= 0 && score <= 4;
}

QString vumMessage()
{
    return QCoreApplication::translate("mestring",
        "Scores are support need on the VUM scale from 0 (none) "
        "to 4 (complete). Enter a score from 0 to 4.");
}

void checkRequired(const Goal &goal, RuleIssues &issues)
{
    if (goal.id.isEmpty()) {
        issues.push_back(dataError(
            QStringLiteral("id"), QCoreApplication::translate("mestring", "The goal has no id.")));
    }
    if (goal.course.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("course"),
            QCoreApplication::translate(
                "mestring", "The goal belongs to no course. Choose the course.")));
    }
    if (goal.text.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("text"),
            QCoreApplication::translate("mestring",
                "The goal has no text. Describe what the client wants "
                "to achieve.")));
    }
}

void checkClosing(const Goal &goal, RuleIssues &issues)
{
    const bool active = goal.status == GoalStatus::Active;
    if (active && goal.closedDate.isValid()) {
        issues.push_back(dataError(QStringLiteral("closed_date"),
            QCoreApplication::translate("mestring",
                "An active goal cannot have a closed date. Remove the date, "
                "or choose how the goal ended.")));
    } else if (!active && !goal.closedDate.isValid()) {
        issues.push_back(dataError(QStringLiteral("closed_date"),
            QCoreApplication::translate("mestring",
                "The goal is closed but has no closed date. Enter the "
                "day it was closed.")));
    }
}

void checkScores(const Goal &goal, RuleIssues &issues)
{
    if (goal.baselineScore && !isVumScore(*goal.baselineScore))
        issues.push_back(dataError(QStringLiteral("baseline_score"), vumMessage()));
    if (goal.targetScore && !isVumScore(*goal.targetScore))
        issues.push_back(dataError(QStringLiteral("target_score"), vumMessage()));

    QSet<QDate> dates;
    for (std::size_t i = 0; i < goal.scores.size(); ++i) {
        const GoalScore &score = goal.scores[i];
        const auto path = [i](const char *field) {
            return elementPath(QLatin1StringView("scores"), qsizetype(i), QLatin1StringView(field));
        };
        if (!isVumScore(score.score)) issues.push_back(dataError(path("score"), vumMessage()));
        if (!score.date.isValid()) {
            issues.push_back(dataError(path("date"),
                QCoreApplication::translate("mestring",
                    "The status score has no date. Enter "
                    "the day it was scored.")));
        } else if (dates.contains(score.date)) {
            issues.push_back(dataError(path("date"),
                QCoreApplication::translate("mestring",
                    "The goal already has a status score "
                    "on this date. Keep one score per "
                    "date.")));
        } else {
            dates.insert(score.date);
        }
    }
}

void checkSubGoals(const Goal &goal, RuleIssues &issues)
{
    for (std::size_t i = 0; i < goal.subgoals.size(); ++i) {
        if (!goal.subgoals[i].text.trimmed().isEmpty()) continue;
        issues.push_back(dataError(
            elementPath(QLatin1StringView("subgoals"), qsizetype(i), QLatin1StringView("text")),
            QCoreApplication::translate(
                "mestring", "The sub-goal has no text. Describe the step.")));
    }
}

} // namespace

RuleIssues checkGoal(const Goal &goal)
{
    RuleIssues issues;
    checkRequired(goal, issues);
    checkClosing(goal, issues);
    checkScores(goal, issues);
    checkSubGoals(goal, issues);
    checkTextLength(issues, QStringLiteral("text"), goal.text, textlimit::goalText);
    checkTextLength(issues, QStringLiteral("measure"), goal.measure, textlimit::goalMeasure);
    for (std::size_t i = 0; i < goal.subgoals.size(); ++i) {
        checkTextLength(issues,
            elementPath(QLatin1StringView("subgoals"), qsizetype(i), QLatin1StringView("text")),
            goal.subgoals[i].text, textlimit::subGoalText);
    }
    return issues;
}

RuleIssues checkActiveGoalLimit(const Goal &goal, std::span<const Goal> courseGoals)
{
    if (goal.status != GoalStatus::Active) return {};
    int otherActive = 0;
    for (const Goal &other : courseGoals) {
        if (other.id != goal.id && other.course == goal.course
            && other.status == GoalStatus::Active) {
            ++otherActive;
        }
    }
    if (otherActive < maxActiveGoals) return {};
    return {dataError(QStringLiteral("status"),
        QCoreApplication::translate("mestring",
            "The course already has 3 active goals, the "
            "most a plan may have. Close a goal before "
            "adding or reopening another."))};
}

} // namespace mestring::core
