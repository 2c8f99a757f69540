#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QDateTime>

#include "core/services/staffservice.h"

namespace mestring::ui {

/// Staff accounts for the administration page, with the state of each login (a few dozen
/// rows, loaded whole).
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, RoleColumn, TeamColumn, StatusColumn, ColumnCount };
    enum Role {
        StaffIdRole = Qt::UserRole,
        ActiveRole,
    };

    explicit StaffTableModel(QObject *parent = nullptr);

    /// `now` decides whether a lock has run out.
    void setAccounts(std::vector<core::StaffAccount> accounts, const QDateTime &now);
    const core::StaffAccount &accountAt(int row) const { return m_accounts[std::size_t(row)]; }
    int rowOf(const QString &staffId) const;
    /// The teams in use, sorted, for the team field of the staff dialog.
    QStringList teams() const;
    /// What a manager needs to know about a login: active, locked until when, to change the
    /// password, no password, deactivated.
    static QString statusText(const core::StaffAccount &account, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::StaffAccount> m_accounts;
    QDateTime m_now;
};

} // namespace mestring::ui
