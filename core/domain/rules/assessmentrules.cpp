#include "assessmentrules.h"

#include <QCoreApplication>

#include "issuehelpers.h"

namespace mestring::core {

namespace {

void checkRequired(const Assessment &assessment, RuleIssues &issues)
{
    if (assessment.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The assessment has no id.")));
    }
    if (assessment.course.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("course"),
            QCoreApplication::translate("mestring",
                "The assessment belongs to no course. Choose the "
                "course.")));
    }
    if (!assessment.date.isValid()) {
        issues.push_back(dataError(QStringLiteral("date"),
            QCoreApplication::translate("mestring",
                "The assessment has no date. Enter the day it was "
                "made.")));
    }
}

bool outside(const std::optional<int> &value, int min, int max)
{
    return value && (*value < min || *value > max);
}

} // namespace

RuleIssues checkAssessment(const Assessment &assessment)
{
    RuleIssues issues;
    checkRequired(assessment, issues);
    for (LifeArea area : enumValues<LifeArea>()) {
        if (!outside(assessment.area(area), 0, 4)) continue;
        issues.push_back(dataError(enumCode(area),
            QCoreApplication::translate("mestring",
                "Life-area severity goes from 0 (no problem) to 4 "
                "(extreme problem). Enter a value from 0 to 4, or leave "
                "it empty when not asked.")));
    }
    if (outside(assessment.qualityOfLife, 0, 20)) {
        issues.push_back(dataError(QStringLiteral("quality_of_life"),
            QCoreApplication::translate("mestring",
                "Quality of life (TOP) goes from 0 to 20. Enter a value "
                "from 0 to 20.")));
    }
    if (outside(assessment.daysUsedLast28, 0, 28)) {
        issues.push_back(dataError(QStringLiteral("days_used_last_28"),
            QCoreApplication::translate("mestring",
                "Days of use in the last 28 days must be from 0 to "
                "28.")));
    }
    if (assessment.drinksPerWeek && *assessment.drinksPerWeek < 0) {
        issues.push_back(dataError(QStringLiteral("drinks_per_week"),
            QCoreApplication::translate("mestring",
                "Drinks per week cannot be negative. Enter 0 or "
                "more.")));
    }
    return issues;
}

} // namespace mestring::core
