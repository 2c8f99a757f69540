#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/reports/reportdocument.h"
#include "core/reports/reportrows.h"

namespace mestring::ui {

/// One breakdown of the effect report as a table: a row per indicator and breakdown key that
/// splits under the dimension, the whole centre's value, then a column per group with the
/// value on that group's records alone. A small denominator is marked "*"; the tooltip says
/// what the value is out of and, when compared, what it was.
class BreakdownTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, BreakdownColumn, CentreColumn, FirstGroupColumn };
    enum Role {
        IndicatorIdRole = Qt::UserRole,
        BreakdownKeyRole,
        /// The group's key for a group's column; invalid for the other columns.
        GroupKeyRole,
        NumberRole, // the value as a plain number
    };

    explicit BreakdownTableModel(QObject *parent = nullptr);

    void setBreakdown(const core::ReportDocument &document, const core::ReportBreakdown &breakdown);
    core::ReportDimension dimension() const { return m_dimension; }
    /// The group of column `column` (FirstGroupColumn and after), or nullptr.
    const core::ReportGroup *groupAt(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::ReportRow *cell(int row, int column) const;

    core::ReportDimension m_dimension = core::ReportDimension::Municipality;
    std::vector<core::ReportGroup> m_groups;
    core::BreakdownRows m_rows;
};

} // namespace mestring::ui
