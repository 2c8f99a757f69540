#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QDate>

#include "core/services/groupservice.h"

namespace mestring::ui {

/// A group's attendance register: one row per person who has been a member, one column per
/// session in date order. A cell holds the recorded status as its letter (M, U, A) on the
/// status colour; a day the person was not a member shows a dash on grey.
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

    QString courseAt(int row) const { return m_rows.at(std::size_t(row)).course; }
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
    core::GroupDetails m_details;
    std::vector<core::GroupPerson> m_rows;
    std::vector<core::GroupSession> m_sessions;
};

} // namespace mestring::ui
