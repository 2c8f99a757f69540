#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/reports/reportrows.h"

namespace mestring::ui {

/// The effect report as a table: one row per indicator and breakdown (core's reportRows, in
/// report order) with the actual value against the target. Only shows numbers; it computes
/// nothing.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        BreakdownColumn,
        ValueColumn,
        BasisColumn, // numerator of denominator
        TargetColumn,
        StatusColumn, // target met or not
        ColumnCount
    };
    enum Role {
        IndicatorIdRole = Qt::UserRole,
        BreakdownKeyRole,
        /// The plain number of the column (value, numerator, target) or an invalid QVariant.
        NumberRole,
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const core::EffectReport &report);
    void clear();
    const core::ReportRow &rowAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether the row's value meets its target; nullopt without value or target. Lower is
    /// better for no-shows, waiting days and overdue counts.
    static std::optional<bool> targetMet(const core::ReportRow &row);
    /// The row's value as shown ("47,5 %", "12", "–").
    static QString valueText(const core::ReportRow &row);
    static QString targetText(const core::ReportRow &row);

private:
    QVariant displayData(const core::ReportRow &row, int column) const;

    std::vector<core::ReportRow> m_rows;
};

} // namespace mestring::ui
