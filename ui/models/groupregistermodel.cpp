#include "groupregistermodel.h"

#include <algorithm>

#include <QColor>
#include <QLocale>

#include "core/domain/groupstanding.h"
#include "core/domain/nameorder.h"
#include "ui/formatting.h"
#include "ui/grouptitles.h"

namespace mestring::ui {

GroupRegisterModel::GroupRegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupRegisterModel::setGroup(const core::GroupDetails &details)
{
    beginResetModel();
    m_details = details;
    m_rows.clear();
    for (const core::GroupMember &member : details.group.members) {
        const core::GroupPerson *person = details.person(member.course);
        // One row per client, however many of their courses were members (or rejoined).
        const QString client = person ? person->client : QString();
        auto row = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) {
            return r.courses.contains(member.course) || (!client.isEmpty() && r.client == client);
        });
        if (row == m_rows.end()) {
            m_rows.push_back({client, person ? person->name : QString(),
                person ? person->birthDate : QDate(), {}});
            row = std::prev(m_rows.end());
        }
        if (!row->courses.contains(member.course)) row->courses << member.course;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [](const Row &a, const Row &b) { return core::nameLess(a.name, b.name); });
    m_sessions = details.group.sessions;
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
        [](const core::GroupSession &a, const core::GroupSession &b) {
            return a.date != b.date ? a.date < b.date : a.start < b.start;
        });
    endResetModel();
}

const core::GroupAttendance *GroupRegisterModel::attendanceOf(
    const QString &course, const QString &session) const
{
    for (const core::GroupAttendance &a : m_details.group.attendance) {
        if (a.course == course && a.session == session) return &a;
    }
    return nullptr;
}

QString GroupRegisterModel::courseAt(int row, int column) const
{
    const QStringList &courses = m_rows.at(std::size_t(row)).courses;
    const core::GroupSession &session = sessionAt(column);
    for (const QString &course : courses) {
        if (core::isGroupMemberOn(m_details.group, course, session.date)) return course;
    }
    for (const QString &course : courses) {
        if (attendanceOf(course, session.id)) return course;
    }
    return courses.value(0);
}

int GroupRegisterModel::rowOfCourse(const QString &courseId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].courses.contains(courseId)) return int(row);
    }
    return -1;
}

std::optional<core::AttendanceStatus> GroupRegisterModel::statusAt(int row, int column) const
{
    const core::GroupAttendance *a = attendanceOf(courseAt(row, column), sessionAt(column).id);
    return a ? std::optional(a->status) : std::nullopt;
}

void GroupRegisterModel::setStatus(int row, int column, core::AttendanceStatus status)
{
    const QString course = courseAt(row, column);
    const QString session = sessionAt(column).id;
    auto &attendance = m_details.group.attendance;
    const auto existing = std::find_if(attendance.begin(), attendance.end(),
        [&](const core::GroupAttendance &a) { return a.course == course && a.session == session; });
    if (existing != attendance.end())
        existing->status = status;
    else
        attendance.push_back({session, course, status});
    const QModelIndex cell = index(row, column);
    Q_EMIT dataChanged(cell, cell);
}

int GroupRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant GroupRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::GroupSession &session = sessionAt(index.column());
    const QString course = courseAt(index.row(), index.column());
    const bool member = core::isGroupMemberOn(m_details.group, course, session.date);
    const std::optional<core::AttendanceStatus> status = statusAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (status) return attendanceStatusLetter(*status);
        return member ? QString() : QStringLiteral("\u2013");
    case Qt::BackgroundRole:
        if (status) return attendanceStatusColor(*status);
        return member ? QVariant() : QVariant(QColor(0xee, 0xee, 0xee));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const QString what = status ? attendanceStatusTitle(*status)
            : member                ? tr("not registered")
                                    : tr("not a member that day");
        return tr("%1, %2: %3").arg(nameAt(index.row()), formatDate(session.date), what);
    }
    case Qt::AccessibleTextRole:
        return status ? attendanceStatusTitle(*status) : QString();
    case StatusRole:
        return status ? core::enumCode(*status) : QString();
    case MemberOnDayRole:
        return member;
    case CourseIdRole:
        return course;
    case SessionIdRole:
        return session.id;
    default:
        return {};
    }
}

QVariant GroupRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount()) return {};
        if (role == Qt::DisplayRole) return nameAt(section);
        if (role == Qt::ToolTipRole) return formatDate(m_rows[std::size_t(section)].birthDate);
        return {};
    }
    if (section < 0 || section >= columnCount()) return {};
    const core::GroupSession &session = sessionAt(section);
    if (role == Qt::DisplayRole) {
        return tr("%1 %2\n%3")
            .arg(QLocale().dayName(session.date.dayOfWeek(), QLocale::ShortFormat),
                session.date.toString(QStringLiteral("dd-MM")),
                session.start.toString(QStringLiteral("HH:mm")));
    }
    if (role == Qt::ToolTipRole) {
        return session.topic.isEmpty() ? formatDate(session.date)
                                       : tr("%1: %2").arg(formatDate(session.date), session.topic);
    }
    return {};
}

} // namespace mestring::ui
