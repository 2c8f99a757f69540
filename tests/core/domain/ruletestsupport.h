#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/domain/dataset.h"
#include "core/domain/ruleissue.h"

// Builders of records that keep every rule, and assertions on rule issues, for the rule tests.
namespace mestring::test::rules {

using core::RuleIssue;
using core::RuleIssues;
using Severity = core::RuleIssue::Severity;

inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

inline QDate date(const char *iso)
{
    const QDate d = QDate::fromString(str(iso), Qt::ISODate);
    REQUIRE(d.isValid());
    return d;
}

inline QDateTime at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(str(iso), Qt::ISODateWithMs);
    REQUIRE(t.isValid());
    return t;
}

inline std::string describe(const RuleIssues &issues)
{
    std::string text = std::to_string(issues.size()) + " issue(s)";
    for (const RuleIssue &issue : issues) {
        text += "\n  " + issue.path.toStdString()
            + (issue.isError() ? " (error): " : " (warning): ") + issue.message.toStdString();
    }
    return text;
}

/// The paths of the issues, in order, for comparing with an expected list.
inline std::vector<std::string> paths(const RuleIssues &issues)
{
    std::vector<std::string> result;
    for (const RuleIssue &issue : issues)
        result.push_back(issue.path.toStdString());
    return result;
}

inline void requireNoIssues(const RuleIssues &issues)
{
    INFO(describe(issues));
    REQUIRE(issues.empty());
}

/// Exactly one issue, at `path`, with this severity and a message for the user.
inline void requireOnly(const RuleIssues &issues, const char *path, Severity severity)
{
    INFO(describe(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().path.toStdString() == path);
    CHECK(issues.front().severity == severity);
    CHECK_FALSE(issues.front().message.isEmpty());
}

inline void requireOnlyError(const RuleIssues &issues, const char *path)
{
    requireOnly(issues, path, Severity::Error);
}

inline void requireOnlyWarning(const RuleIssues &issues, const char *path)
{
    requireOnly(issues, path, Severity::Warning);
}

/// At least one issue at `path` with this severity (the dataset checker reports in bulk).
inline void requireIssueAt(const RuleIssues &issues, const char *path, Severity severity)
{
    INFO(describe(issues));
    bool found = false;
    for (const RuleIssue &issue : issues)
        found = found || (issue.path.toStdString() == path && issue.severity == severity);
    REQUIRE(found);
}

// ---- records that keep every rule ----------------------------------------------------------

inline core::StaffMember staffMember(const char *id, core::Role role)
{
    core::StaffMember member;
    member.id = str(id);
    member.name = str("Staff ") + member.id;
    member.role = role;
    return member;
}

inline core::Client namedClient(const char *id = "c1", const char *cpr = "0101800059")
{
    core::Client client;
    client.id = str(id);
    client.cpr = str(cpr);
    client.firstName = str("Jens");
    client.lastName = str("Hansen");
    return client;
}

inline core::Client anonymousClient(const char *id = "c2")
{
    core::Client client;
    client.id = str(id);
    client.alias = str("Ravn");
    client.anonymous = true;
    return client;
}

/// An open ambulant alcohol course under SUL § 141, started 8 days after the request.
inline core::Course alcoholCourse(const char *id = "k1", const char *client = "c1")
{
    core::Course course;
    course.id = str(id);
    course.client = str(client);
    course.kind = core::CourseKind::Alcohol;
    course.legalBasis = core::LegalBasis::Sul141;
    course.setting = core::Setting::Ambulant;
    course.primarySubstance = core::Substance::Alcohol;
    course.requestDate = date("2025-01-02");
    course.startDate = date("2025-01-10");
    course.phases = {{core::Phase::Intro, date("2025-01-10")}};
    return course;
}

/// An open ambulant drug course under SEL § 101.
inline core::Course drugCourse(const char *id = "k2", const char *client = "c1")
{
    core::Course course = alcoholCourse(id, client);
    course.kind = core::CourseKind::Drug;
    course.legalBasis = core::LegalBasis::Sel101;
    course.primarySubstance = core::Substance::Opioids;
    return course;
}

inline core::Goal activeGoal(const char *id = "g1", const char *course = "k1")
{
    core::Goal goal;
    goal.id = str(id);
    goal.course = str(course);
    goal.theme = core::Theme::Health;
    goal.text = str("Sleep through the night");
    goal.baselineScore = 3;
    goal.targetScore = 1;
    goal.scores = {{date("2025-04-10"), 2}};
    return goal;
}

inline core::Appointment appointment(const char *id, const char *course, const char *start,
    core::AppointmentType type, core::AppointmentStatus status)
{
    core::Appointment a;
    a.id = str(id);
    a.course = str(course);
    a.staff = str("s1");
    a.type = type;
    a.start = at(start);
    a.minutes = 45;
    a.status = status;
    return a;
}

inline core::Absence absence(const char *id, const char *client, const char *from, const char *to)
{
    core::Absence a;
    a.id = str(id);
    a.client = str(client);
    a.from = date(from);
    a.to = to ? date(to) : QDate();
    return a;
}

/// Methadone 60 mg daily under supervision from `start`, prescribed by doctor s9.
inline core::Prescription methadone(const char *id = "m1", const char *client = "c1",
    const char *start = "2025-01-20", const char *end = nullptr)
{
    core::Prescription p;
    p.id = str(id);
    p.client = str(client);
    p.drug = core::Drug::Methadone;
    p.category = core::DrugCategory::Substitution;
    p.doseMg = 60;
    p.mode = core::DispensingMode::Supervised;
    p.start = date(start);
    p.end = end ? date(end) : QDate();
    p.prescriber = str("s9");
    return p;
}

/// Disulfiram 800 mg on Mondays and Thursdays under supervision.
inline core::Prescription antabus(const char *id = "m2", const char *client = "c1",
    const char *start = "2025-01-20", const char *end = nullptr)
{
    core::Prescription p = methadone(id, client, start, end);
    p.drug = core::Drug::Disulfiram;
    p.category = core::DrugCategory::Antabus;
    p.doseMg = 800;
    p.schedule.kind = core::Schedule::Kind::Weekdays;
    p.schedule.weekdays = {1, 4};
    return p;
}

inline core::Dispensing dispensing(const char *id, const char *prescription, const char *day,
    core::DispensingStatus status = core::DispensingStatus::Taken, int days = 1)
{
    core::Dispensing d;
    d.id = str(id);
    d.prescription = str(prescription);
    d.date = date(day);
    d.doseMg = 60;
    d.status = status;
    d.days = days;
    d.staff = str("s3");
    return d;
}

inline core::JournalNote note(const char *id, const char *client, const char *writtenAt)
{
    core::JournalNote n;
    n.id = str(id);
    n.client = str(client);
    n.author = str("s1");
    n.writtenAt = at(writtenAt);
    n.text = str("Talked about the week.");
    return n;
}

} // namespace mestring::test::rules
