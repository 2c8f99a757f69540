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
/// attendances for group_attendance_rate, its goals for goal_mastery_rate. A member of a count
/// (new_courses, followup_overdue ...) adds to both.
struct IndicatorMember
{
    QString id;
    qint64 numerator = 0;
    qint64 denominator = 0;
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
    virtual void add(std::string_view indicator, QStringView breakdown, const QString &id,
        qint64 numerator, qint64 denominator)
        = 0;
};

/// Gathers the members of one indicator and breakdown (an empty breakdown: the indicator as a
/// whole), adding up what one member is told more than once.
class MemberCollector : public MemberSink
{
public:
    MemberCollector(QString indicator, QString breakdown);
    void add(std::string_view indicator, QStringView breakdown, const QString &id, qint64 numerator,
        qint64 denominator) override;
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
    QDate start;
    QDate end;
    qint64 numerator = 0;
    qint64 denominator = 0;
};

class Database;

/// The rows of `members` with their clients' names and courses, in name order
/// (core/domain/nameorder.h). Reads client data: the caller checks the permission and writes
/// the access log. Throws StorageError.
std::vector<MemberRow> memberRows(const Database &db, const IndicatorMembers &members);

/// Whether the courses or clients behind the indicator can be listed: every rate and count,
/// not the medians (waiting_days_median, antabus_episodes).
bool hasMembers(QStringView indicator);
MemberUnit memberUnit(QStringView indicator);

} // namespace mestring::core
