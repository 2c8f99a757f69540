#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/reports/reportrows.h"

namespace mestring::ui {

/// The effect report as a table: one row per indicator and breakdown (core's reportRows, in
/// report order) with the actual value, what it is out of, the comparison period's value and
/// the change, and the baseline and target. A rate out of fewer than 10 is marked "*", a
/// count's pro-rata target "forholdsmæssigt". Only shows numbers; it computes nothing.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        BreakdownColumn,
        ValueColumn,
        BasisColumn, // numerator of denominator
        ComparedColumn, // the comparison period's value (hidden without a comparison)
        ChangeColumn,
        BaselineColumn,
        TargetColumn,
        StatusColumn, // target met or not
        ColumnCount
    };
    enum Role {
        IndicatorIdRole = Qt::UserRole,
        BreakdownKeyRole,
        /// The plain number of the column (value, numerator, compared value, change, baseline,
        /// target) or an invalid QVariant.
        NumberRole,
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    /// The rows of `report`, with those of `compared` beside them when given.
    void setReport(const core::EffectReport &report, const core::EffectReport *compared = nullptr);
    /// The rows of the document's report with its comparison beside them, the comparison's
    /// column named after it ("Sidste år").
    void setDocument(const core::ReportDocument &document);
    void clear();
    const core::ReportRow &rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    const std::vector<core::ReportRow> &rows() const { return m_rows; }
    bool isCompared() const { return m_compared; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row's value as shown ("47,5 %", "12", "–"), with "*" for a small denominator.
    static QString valueText(const core::ReportRow &row);
    /// A value of the row's indicator as shown: a share or a number; "–" for none.
    static QString numberText(const core::ReportRow &row, std::optional<double> value);
    /// The target as shown, "4,9 (forholdsmæssigt)" for a pro-rata one.
    static QString targetText(const core::ReportRow &row);
    /// The change from the comparison: "+3,2 pp" for a rate, "+2" for a count; empty for none.
    static QString changeText(const core::ReportRow &row);

private:
    QVariant displayData(const core::ReportRow &row, int column) const;
    QVariant toolTip(const core::ReportRow &row, int column) const;

    std::vector<core::ReportRow> m_rows;
    bool m_compared = false;
    std::optional<core::CompareMode> m_compareMode;
};

} // namespace mestring::ui
