#include "grouptablemodel.h"

#include <algorithm>

#include <QLocale>
#include <QPalette>

#include "core/domain/groupstanding.h"
#include "core/domain/nameorder.h"
#include "core/services/groupservice.h"
#include "ui/formatting.h"
#include "ui/grouptitles.h"

namespace mestring::ui {

GroupTableModel::GroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupTableModel::setGroups(std::vector<core::GroupCourse> groups,
    const QHash<QString, QString> &staffNames, const QDate &today)
{
    beginResetModel();
    // Groups still running first, by their next session; finished ones after, newest first.
    std::stable_sort(
        groups.begin(), groups.end(), [&](const core::GroupCourse &a, const core::GroupCourse &b) {
            const core::GroupSession *na = core::nextGroupSession(a, today);
            const core::GroupSession *nb = core::nextGroupSession(b, today);
            if (bool(na) != bool(nb)) return bool(na);
            if (na && na->date != nb->date) return na->date < nb->date;
            return core::nameLess(a.name, b.name);
        });
    m_groups = std::move(groups);
    m_staffNames = staffNames;
    m_today = today;
    endResetModel();
}

int GroupTableModel::rowOf(const QString &groupId) const
{
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].id == groupId) return int(i);
    }
    return -1;
}

QString GroupTableModel::leadersText(const core::GroupCourse &group) const
{
    QStringList names;
    for (const QString &id : group.leaders)
        names << m_staffNames.value(id, id);
    return names.join(QStringLiteral(", "));
}

QString GroupTableModel::membersText(const core::GroupCourse &group, const QDate &today)
{
    const int occupied = core::GroupService::occupiedOn(group, today);
    if (!group.capacity) return QString::number(occupied);
    return tr("%1 of %2").arg(occupied).arg(*group.capacity);
}

QString GroupTableModel::nextSessionText(const core::GroupCourse &group, const QDate &today)
{
    const core::GroupSession *next = core::nextGroupSession(group, today);
    if (!next) return tr("none planned");
    return tr("%1 %2 %3")
        .arg(QLocale().dayName(next->date.dayOfWeek(), QLocale::ShortFormat),
            formatDate(next->date), next->start.toString(QStringLiteral("HH:mm")));
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::GroupCourse &group = m_groups[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return group.name;
        case TypeColumn:
            return groupTypeTitle(group.type);
        case LeadersColumn:
            return leadersText(group);
        case MembersColumn:
            return membersText(group, m_today);
        case WaitingColumn:
            return group.waiting.empty() ? QString() : QString::number(group.waiting.size());
        case NextSessionColumn:
            return nextSessionText(group, m_today);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // A finished group stays listed (its register is history) but steps back.
        if (!core::nextGroupSession(group, m_today))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return group.rolling ? tr("Rolling enrolment: members join along the way")
                                 : tr("Closed group: members join before the start");
        return {};
    case GroupIdRole:
        return group.id;
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Group");
    case TypeColumn:
        return tr("Type");
    case LeadersColumn:
        return tr("Leaders");
    case MembersColumn:
        return tr("Members");
    case WaitingColumn:
        return tr("Waiting");
    case NextSessionColumn:
        return tr("Next session");
    default:
        return {};
    }
}

} // namespace mestring::ui
