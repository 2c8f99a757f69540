#include "stafftablemodel.h"

#include <QPalette>

#include "core/domain/clock.h"
#include "core/services/permissions.h"

namespace mestring::ui {

StaffTableModel::StaffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffTableModel::setAccounts(std::vector<core::StaffAccount> accounts, const QDateTime &now)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    m_now = now;
    endResetModel();
}

int StaffTableModel::rowOf(const QString &staffId) const
{
    for (std::size_t row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].member.id == staffId) return int(row);
    }
    return -1;
}

QStringList StaffTableModel::teams() const
{
    QStringList teams;
    for (const core::StaffAccount &account : m_accounts) {
        if (!account.member.team.isEmpty() && !teams.contains(account.member.team))
            teams << account.member.team;
    }
    std::sort(teams.begin(), teams.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return teams;
}

QString StaffTableModel::statusText(const core::StaffAccount &account, const QDateTime &now)
{
    const core::AccountStatus &status = account.status;
    if (!account.member.active) return tr("Deactivated");
    if (account.member.username.isEmpty() || !status.hasPassword)
        return tr("No password yet: cannot log in");
    if (status.isLockedAt(now)) {
        return tr("Locked until %1 after wrong passwords")
            .arg(core::Clock::centreTime(status.lockedUntil).toString(QStringLiteral("HH:mm")));
    }
    if (status.mustChange) return tr("Chooses a new password at the next login");
    return tr("Active");
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StaffAccount &account = m_accounts[std::size_t(index.row())];
    const core::StaffMember &member = account.member;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.name;
        case UsernameColumn:
            // No username: the member is named in records but cannot log in.
            return member.username.isEmpty() ? tr("(none)") : member.username;
        case RoleColumn:
            return core::roleTitle(member.role);
        case TeamColumn:
            return member.team;
        case StatusColumn:
            return statusText(account, m_now);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Former staff stay listed (records name them) but step back visually.
        if (!member.active) return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == StatusColumn && account.status.isLockedAt(m_now))
            return QBrush(QColor(0xa4, 0x16, 0x1a));
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
    case TeamColumn:
        return tr("Team");
    case StatusColumn:
        return tr("Login");
    default:
        return {};
    }
}

} // namespace mestring::ui
