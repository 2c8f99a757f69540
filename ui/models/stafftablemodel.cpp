#include "stafftablemodel.h"

#include <QPalette>

#include "core/services/permissions.h"

namespace mestring::ui {

StaffTableModel::StaffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffTableModel::setStaff(std::vector<core::StaffMember> staff)
{
    beginResetModel();
    m_staff = std::move(staff);
    endResetModel();
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StaffMember &member = m_staff[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.name;
        case UsernameColumn:
            // No username: the member is named in records but cannot log in.
            return member.username.isEmpty() ? tr("(cannot log in)") : member.username;
        case RoleColumn:
            return core::roleTitle(member.role);
        case StatusColumn:
            return member.active ? tr("Active") : tr("Inactive");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Former staff stay listed (records name them) but step back visually.
        if (!member.active) return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case StaffIdRole:
        return member.id;
    case ActiveRole:
        return member.active;
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace mestring::ui
