#include "breakdowntablemodel.h"

#include "core/reports/reporttitles.h"
#include "ui/models/reporttablemodel.h"

namespace mestring::ui {

BreakdownTableModel::BreakdownTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BreakdownTableModel::setBreakdown(
    const core::ReportDocument &document, const core::ReportBreakdown &breakdown)
{
    beginResetModel();
    m_dimension = breakdown.dimension;
    m_groups = breakdown.groups;
    m_rows = core::breakdownRows(document, breakdown);
    endResetModel();
}

const core::ReportGroup *BreakdownTableModel::groupAt(int column) const
{
    const int group = column - FirstGroupColumn;
    if (group < 0 || group >= int(m_groups.size())) return nullptr;
    return &m_groups[std::size_t(group)];
}

const core::ReportRow *BreakdownTableModel::cell(int row, int column) const
{
    if (column == CentreColumn) return &m_rows.centre.at(std::size_t(row));
    const int group = column - FirstGroupColumn;
    if (group < 0 || group >= int(m_rows.groups.size())) return nullptr;
    return &m_rows.groups[std::size_t(group)].at(std::size_t(row));
}

int BreakdownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.centre.size());
}

int BreakdownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstGroupColumn + int(m_groups.size());
}

QVariant BreakdownTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ReportRow &first = m_rows.centre.at(std::size_t(index.row()));
    const core::ReportRow *row = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == IndicatorColumn) return core::indicatorTitle(first.indicator);
        if (index.column() == BreakdownColumn) return core::breakdownTitle(first.breakdown);
        return row ? ReportTableModel::valueText(*row) : QVariant();
    case Qt::ToolTipRole: {
        if (!row) return {};
        QStringList lines;
        if (row->denominator) lines << tr("%1 of %2").arg(*row->numerator).arg(*row->denominator);
        if (row->compared) {
            lines << tr("Compared: %1")
                         .arg(ReportTableModel::numberText(*row, row->compared->value));
        }
        if (row->isSmall()) lines << tr("* Few cases: the denominator is under 10.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() >= CentreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case IndicatorIdRole:
        return first.indicator;
    case BreakdownKeyRole:
        return first.breakdown;
    case GroupKeyRole:
        if (const core::ReportGroup *group = groupAt(index.column())) return group->key;
        return {};
    case NumberRole:
        return row && row->value ? QVariant(*row->value) : QVariant();
    default:
        return {};
    }
}

QVariant BreakdownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case BreakdownColumn:
        return tr("Breakdown");
    case CentreColumn:
        return tr("The whole centre");
    default:
        break;
    }
    if (const core::ReportGroup *group = groupAt(section))
        return core::groupTitle(m_dimension, group->key, group->name);
    return {};
}

} // namespace mestring::ui
