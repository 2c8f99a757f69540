#include "reporttablemodel.h"

#include <cmath>

#include <QBrush>
#include <QColor>

#include "core/domain/indicatorids.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

bool lowerIsBetter(const QString &indicator)
{
    return indicator == QLatin1StringView("no_show_rate")
        || indicator == QLatin1StringView("waiting_days_median")
        || indicator == QLatin1StringView("followup_overdue")
        || indicator == QLatin1StringView("medical_review_overdue");
}

// The extra row of a target set for a broken-down indicator as a whole.
bool isTargetOnly(const core::ReportRow &row)
{
    const core::IndicatorInfo *info = core::findIndicator(row.indicator);
    return row.breakdown.isEmpty() && info && info->breakdown != core::IndicatorBreakdown::None;
}

QVariant number(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(const core::EffectReport &report)
{
    beginResetModel();
    m_rows = core::reportRows(report);
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<bool> ReportTableModel::targetMet(const core::ReportRow &row)
{
    if (!row.value || !row.target) return std::nullopt;
    // Compare at the precision shown, so 50.0 % against a target of 50 % is met.
    const double scale = indicatorIsRate(row.indicator) ? 1000.0 : 10.0;
    const double value = std::round(*row.value * scale);
    const double target = std::round(*row.target * scale);
    return lowerIsBetter(row.indicator) ? value <= target : value >= target;
}

QString ReportTableModel::valueText(const core::ReportRow &row)
{
    return indicatorIsRate(row.indicator) ? formatShare(row.value) : formatNumber(row.value);
}

QString ReportTableModel::targetText(const core::ReportRow &row)
{
    if (!row.target) return QString();
    return indicatorIsRate(row.indicator) ? formatShare(row.target) : formatNumber(row.target);
}

QVariant ReportTableModel::displayData(const core::ReportRow &row, int column) const
{
    switch (Column(column)) {
    case IndicatorColumn:
        return indicatorTitle(row.indicator);
    case BreakdownColumn:
        return breakdownTitle(row.breakdown);
    case ValueColumn:
        // A row that only carries a target for a broken-down indicator shows no value.
        if (isTargetOnly(row)) return QString();
        return valueText(row);
    case BasisColumn:
        if (!row.numerator || !row.denominator) return QString();
        return tr("%1 of %2").arg(*row.numerator).arg(*row.denominator);
    case TargetColumn:
        return targetText(row);
    case StatusColumn: {
        const std::optional<bool> met = targetMet(row);
        if (!met) return QString();
        return *met ? tr("Met") : tr("Not met");
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ReportRow &row = m_rows.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ValueColumn && index.column() <= TargetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const std::optional<bool> met = targetMet(row);
            if (met) return QBrush(*met ? QColor(0x1b, 0x7a, 0x3d) : QColor(0xb0, 0x2a, 0x1f));
        }
        return {};
    case IndicatorIdRole:
        return row.indicator;
    case BreakdownKeyRole:
        return row.breakdown;
    case NumberRole:
        switch (index.column()) {
        case ValueColumn:
            return number(row.value);
        case BasisColumn:
            return row.numerator ? QVariant(*row.numerator) : QVariant();
        case TargetColumn:
            return number(row.target);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case IndicatorColumn:
        return tr("Indicator");
    case BreakdownColumn:
        return tr("Breakdown");
    case ValueColumn:
        return tr("Actual");
    case BasisColumn:
        return tr("Basis");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Target met");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mestring::ui
