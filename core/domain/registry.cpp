#include "registry.h"

#include <QCoreApplication>

namespace mestring::core {

namespace {

QDate lastOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1).addDays(-1);
}

} // namespace

std::optional<Register> registerOf(const Course &course, bool anonymousClient)
{
    if (anonymousClient || course.legalBasis == LegalBasis::Sel101a) return std::nullopt;
    return course.kind == CourseKind::Alcohol ? Register::Nab : Register::Smdb;
}

RegistryDeadlineRule deadlineRuleOf(const Course &course)
{
    if (course.kind == CourseKind::Alcohol) return RegistryDeadlineRule::EndOfNextMonth;
    return course.legalBasis == LegalBasis::Sul142 ? RegistryDeadlineRule::MonthAfterStart
                                                   : RegistryDeadlineRule::MonthEndPlus15;
}

QDate registryEventDate(const Course &course, RegistryEvent event)
{
    switch (event) {
    case RegistryEvent::Request:
        return course.requestDate;
    case RegistryEvent::Start:
        return course.startDate;
    case RegistryEvent::Discharge:
        return course.endDate;
    }
    return {};
}

QDate registryDeadline(const Course &course, RegistryEvent event)
{
    const QDate happened = registryEventDate(course, event);
    if (!happened.isValid()) return {};
    switch (deadlineRuleOf(course)) {
    case RegistryDeadlineRule::MonthEndPlus15:
        return lastOfMonth(happened).addDays(15);
    case RegistryDeadlineRule::EndOfNextMonth:
        return lastOfMonth(QDate(happened.year(), happened.month(), 1).addMonths(1));
    case RegistryDeadlineRule::MonthAfterStart: {
        // Counted from the start of treatment, or from the event when it came later (a
        // discharge). A request is not due before treatment starts, unless it was withdrawn.
        const QDate from
            = course.startDate.isValid() ? std::max(happened, course.startDate) : course.endDate;
        // addMonths keeps the day, or the month's last day when it has fewer (31 January
        // gives 28 or 29 February).
        return from.isValid() ? from.addMonths(1) : QDate();
    }
    }
    return {};
}

std::vector<RegistryDue> registryEvents(const Course &course)
{
    std::vector<RegistryDue> events;
    for (RegistryEvent event : enumValues<RegistryEvent>()) {
        const QDate happened = registryEventDate(course, event);
        if (happened.isValid())
            events.push_back({event, happened, registryDeadline(course, event)});
    }
    return events;
}

std::optional<Course> registryMergedWith(
    const std::vector<Course> &clientCourses, const Course &course)
{
    const QDate begins = course.startDate.isValid() ? course.startDate : course.requestDate;
    if (!begins.isValid() || course.legalBasis == LegalBasis::Sel101a) return std::nullopt;
    std::optional<Course> previous;
    for (const Course &other : clientCourses) {
        if (other.id == course.id || other.kind != course.kind || !other.endDate.isValid()
            || other.legalBasis == LegalBasis::Sel101a)
            continue;
        if (other.endDate > begins || other.endDate.daysTo(begins) > registryMergeDays) continue;
        if (!previous || other.endDate > previous->endDate) previous = other;
    }
    return previous;
}

} // namespace mestring::core

namespace mestring::core {

std::optional<RuleIssue> registryMergeNotice(
    const std::vector<Course> &clientCourses, const Course &course, bool anonymousClient)
{
    if (!registerOf(course, anonymousClient)) return std::nullopt;
    const std::optional<Course> previous = registryMergedWith(clientCourses, course);
    if (!previous) return std::nullopt;
    const bool started = course.startDate.isValid();
    const QDate begins = started ? course.startDate : course.requestDate;
    return RuleIssue {RuleIssue::Severity::Warning,
        started ? QStringLiteral("start_date") : QStringLiteral("request_date"),
        QCoreApplication::translate("mestring",
            "The client's previous course of this kind ended on %1, %2 day(s) before. The "
            "register merges a course that starts %3 days or fewer after the previous one with "
            "it: report it as a continuation of that course.")
            .arg(previous->endDate.toString(QStringLiteral("dd-MM-yyyy")))
            .arg(previous->endDate.daysTo(begins))
            .arg(registryMergeDays)};
}

} // namespace mestring::core
