#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/staffmember.h"

namespace mestring::ui {

/// Staff accounts for the administration page (a few dozen rows, loaded whole).
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, RoleColumn, StatusColumn, ColumnCount };
    enum Role {
        StaffIdRole = Qt::UserRole,
        ActiveRole,
    };

    explicit StaffTableModel(QObject *parent = nullptr);

    void setStaff(std::vector<core::StaffMember> staff);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::StaffMember> m_staff;
};

} // namespace mestring::ui
