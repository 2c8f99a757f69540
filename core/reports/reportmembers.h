#pragma once

#include <string_view>
#include <vector>

#include <optional>

#include <QDate>
#include <QHash>
#include <QString>

#include "core/domain/enums.h"

namespace mestring::core {

/// What stands behind an indicator's numbers: courses, or clients for the indicators that
/// count clients (active_clients, families_reached and the medication indicators).
enum class MemberUnit { Course, Client };

/// One course or client behind a number, with how much it adds to the numerator and the
/// denominator: 1 and 1 (or 0 and 1) for most; a course's appointments for no_show_rate, its
/// attendances for group_attendance_rate, its goals for goal_mastery_rate, its SRS ratings for
/// fit_low_alliance_share. A member of a count
/// (new_courses, followup_overdue ...) adds to both. A course behind waiting_days_median has
/// the days it waited as its numerator (the median is the middle of them).
struct IndicatorMember
{
    QString id;
    qint64 numerator = 0;
    qint64 denominator = 0;
    /// The days the member stands for when it is one of several of the same client: an
    /// antabus episode's first and last day. Invalid otherwise.
    QDate first;
    QDate last;
};

/// The members behind one indicator and breakdown, in the order the query met them.
struct IndicatorMembers
{
    MemberUnit unit = MemberUnit::Course;
    std::vector<IndicatorMember> members;

    qint64 numerator() const;
    qint64 denominator() const;
};

/// Told about every course or client behind each number while the queries of
/// indicatorqueries.h run, so a list and the count it explains come from the same rows.
/// Counts of courses and clients are told with numerator = denominator.
class MemberSink
{
public:
    virtual ~MemberSink() = default;
    virtual void add(
        std::string_view indicator, QStringView breakdown, const IndicatorMember &member)
        = 0;
};

/// Gathers the members of one indicator and breakdown (an empty breakdown: the indicator as a
/// whole), adding up what one member (one id, or one id and first day) is told more than once.
class MemberCollector : public MemberSink
{
public:
    MemberCollector(QString indicator, QString breakdown);
    void add(
        std::string_view indicator, QStringView breakdown, const IndicatorMember &member) override;
    IndicatorMembers take(MemberUnit unit);

private:
    QString m_indicator;
    QString m_breakdown;
    QHash<QString, std::size_t> m_index;
    std::vector<IndicatorMember> m_members;
};

/// A member as the drill-down list shows it: the client and the course (for a client, the
/// client's latest course), with what the member adds to the numbers.
struct MemberRow
{
    QString clientId;
    QString clientName;
    QString courseId; // empty for a client without courses
    std::optional<CourseKind> kind;
    QString responsible; // the course's responsible staff member's name
    QDate requested; // the day treatment was asked for
    QDate start;
    QDate end;
    QString delayReason; // why treatment started after day 14
    QDate first; // an antabus episode's first and last day
    QDate last;
    qint64 numerator = 0;
    qint64 denominator = 0;

    /// Days from the request to the start (treatment guarantee, the median wait).
    std::optional<qint64> daysWaited() const
    {
        if (!requested.isValid() || !start.isValid()) return std::nullopt;
        return requested.daysTo(start);
    }
    /// An episode's length, its first and last day included.
    std::optional<qint64> episodeDays() const
    {
        if (!first.isValid() || !last.isValid()) return std::nullopt;
        return first.daysTo(last) + 1;
    }
};

class Database;

/// The rows of `members` with their clients' names and courses, in name order
/// (core/domain/nameorder.h). Reads client data: the caller checks the permission and writes
/// the access log. Throws StorageError.
std::vector<MemberRow> memberRows(const Database &db, const IndicatorMembers &members);

/// Whether the courses or clients behind the indicator can be listed: every indicator of the
/// report (the median wait lists the courses with the days they waited, the antabus episodes
/// list each episode).
bool hasMembers(QStringView indicator);
MemberUnit memberUnit(QStringView indicator);

} // namespace mestring::core
