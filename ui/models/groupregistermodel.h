#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QDate>

#include "core/services/groupservice.h"

namespace mestring::ui {

/// A group's attendance register: one row per person who has been a member, one column per
/// session in date order. A cell holds the recorded status as its letter (M, U, A) on the
/// status colour; a day the person was not a member shows a dash on grey. A client who took
/// part through more than one treatment course (an alcohol and a drug course, or a new course
/// after leaving) is still one row: each session's cell belongs to the course that was a
/// member that day.
class GroupRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole, // the status code ("attended", ...); empty when none
        MemberOnDayRole, // whether the person was a member on the session's date
        CourseIdRole,
        SessionIdRole,
    };

    explicit GroupRegisterModel(QObject *parent = nullptr);

    void setGroup(const core::GroupDetails &details);
    const core::GroupDetails &details() const { return m_details; }

    /// The course through which the row's person took part in the session of `column`: the
    /// one that was a member that day, else the one with a status recorded, else the first.
    QString courseAt(int row, int column) const;
    /// The row of the person taking part through `courseId`; -1 when none.
    int rowOfCourse(const QString &courseId) const;
    QString nameAt(int row) const { return m_rows.at(std::size_t(row)).name; }
    const core::GroupSession &sessionAt(int column) const
    {
        return m_sessions.at(std::size_t(column));
    }
    std::optional<core::AttendanceStatus> statusAt(int row, int column) const;
    /// Stores a status the service accepted, so the grid updates without reading again.
    void setStatus(int row, int column, core::AttendanceStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString client;
        QString name;
        QDate birthDate;
        QStringList courses; // in the order they joined
    };
    const core::GroupAttendance *attendanceOf(const QString &course, const QString &session) const;

    core::GroupDetails m_details;
    std::vector<Row> m_rows;
    std::vector<core::GroupSession> m_sessions;
};

} // namespace mestring::ui
