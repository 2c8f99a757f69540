#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include "core/domain/groupcourse.h"

namespace mestring::ui {

/// The centre's group courses for the Grupper page (a few dozen rows, loaded whole): name,
/// type, leaders, members of capacity, waiting and the next session.
class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        LeadersColumn,
        MembersColumn,
        WaitingColumn,
        NextSessionColumn,
        ColumnCount
    };
    enum Role { GroupIdRole = Qt::UserRole };

    explicit GroupTableModel(QObject *parent = nullptr);

    void setGroups(std::vector<core::GroupCourse> groups, const QHash<QString, QString> &staffNames,
        const QDate &today);
    const core::GroupCourse &groupAt(int row) const { return m_groups.at(std::size_t(row)); }
    /// The row of a group; -1 when it is not listed.
    int rowOf(const QString &groupId) const;

    /// "Anne Holm, Bo Lind": the leaders by name (an unknown id is shown as it is).
    QString leadersText(const core::GroupCourse &group) const;
    /// "6 of 8", or "6" when the group has no capacity.
    static QString membersText(const core::GroupCourse &group, const QDate &today);
    /// "Tue 04-03-2025 10:00", or "none planned".
    static QString nextSessionText(const core::GroupCourse &group, const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::GroupCourse> m_groups;
    QHash<QString, QString> m_staffNames;
    QDate m_today;
};

} // namespace mestring::ui
