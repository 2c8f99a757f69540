#include "membertablemodel.h"

#include <algorithm>

#include "ui/formatting.h"

namespace mestring::ui {

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setRows(const QString &indicator, std::vector<core::MemberRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_columns = core::memberColumns(indicator);
    m_weighted = core::isWeightedIndicator(indicator);
    endResetModel();
}

int MemberTableModel::columnOf(core::MemberColumn column) const
{
    const auto found = std::find(m_columns.begin(), m_columns.end(), column);
    return found == m_columns.end() ? -1 : int(found - m_columns.begin());
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::MemberRow &row = m_rows.at(std::size_t(index.row()));
    const core::MemberColumn column = m_columns.at(std::size_t(index.column()));
    const QVariant value = core::memberCell(row, column, m_weighted);
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::QDate) return formatDate(value.toDate());
        return value;
    case Qt::TextAlignmentRole:
        if (value.typeId() == QMetaType::LongLong) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return value;
    case ClientIdRole:
        return row.clientId;
    case CourseIdRole:
        return row.courseId;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(m_columns.size()))
        return {};
    return core::memberColumnTitle(m_columns[std::size_t(section)], m_weighted);
}

} // namespace mestring::ui
