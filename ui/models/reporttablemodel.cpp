#include "reporttablemodel.h"

#include <cmath>

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "core/reports/reporttitles.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

QVariant number(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(const core::EffectReport &report, const core::EffectReport *compared)
{
    beginResetModel();
    m_rows = core::reportRows(report, compared);
    m_compared = compared != nullptr;
    if (!compared) m_compareMode.reset();
    endResetModel();
}

void ReportTableModel::setDocument(const core::ReportDocument &document)
{
    m_compareMode = document.compareMode;
    setReport(document.report, document.compared ? &*document.compared : nullptr);
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_compared = false;
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

QString ReportTableModel::numberText(const core::ReportRow &row, std::optional<double> value)
{
    return indicatorIsRate(row.indicator) ? formatShare(value) : formatNumber(value);
}

QString ReportTableModel::valueText(const core::ReportRow &row)
{
    const QString text = numberText(row, row.value);
    return row.isSmall() ? text + QStringLiteral(" *") : text;
}

QString ReportTableModel::targetText(const core::ReportRow &row)
{
    if (!row.target) return QString();
    if (row.yearlyTarget) {
        return tr("%1 (pro rata)").arg(QLocale().toString(*row.target, 'f', 1));
    }
    return numberText(row, row.target);
}

QString ReportTableModel::changeText(const core::ReportRow &row)
{
    const std::optional<double> change = row.change();
    if (!change) return QString();
    if (indicatorIsRate(row.indicator)) {
        // Signed as shown: a change that rounds to 0,0 has no sign.
        const double points = std::round(*change * 1000.0) / 10.0;
        return tr("%1%2 pp", "percentage points")
            .arg(points > 0 ? QStringLiteral("+") : QString(),
                QLocale().toString(points == 0 ? 0.0 : points, 'f', 1));
    }
    return (*change > 0 ? QStringLiteral("+") : QString()) + formatNumber(change);
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
        if (row.isTargetOnly()) return QString();
        return valueText(row);
    case BasisColumn:
        if (!row.numerator || !row.denominator) return QString();
        return tr("%1 of %2").arg(*row.numerator).arg(*row.denominator);
    case ComparedColumn:
        if (!row.compared) return QString();
        return QString(numberText(row, row.compared->value)
            + (core::isSmallDenominator(row.compared->denominator) ? QStringLiteral(" *")
                                                                   : QString()));
    case ChangeColumn:
        return changeText(row);
    case BaselineColumn:
        return row.baseline ? numberText(row, row.baseline) : QString();
    case TargetColumn:
        return targetText(row);
    case StatusColumn: {
        const std::optional<bool> met = core::targetMet(row);
        if (!met) return QString();
        return *met ? tr("Met") : tr("Not met");
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReportTableModel::toolTip(const core::ReportRow &row, int column) const
{
    if ((column == ValueColumn && row.isSmall())
        || (column == ComparedColumn && row.compared
            && core::isSmallDenominator(row.compared->denominator)))
        return tr("* Few cases: the denominator is under 10, so one client more or less moves the "
                  "rate a lot.");
    if (column == ValueColumn && !row.value && row.denominator)
        return tr("– No data: nothing to measure in the period (the denominator is 0). It is "
                  "not 0 %.");
    if (column == TargetColumn && row.yearlyTarget)
        return tr("The yearly target %1 times the period's share of the year.")
            .arg(formatNumber(row.yearlyTarget));
    if (column == ComparedColumn && row.compared && row.compared->denominator)
        return tr("%1 of %2").arg(*row.compared->numerator).arg(*row.compared->denominator);
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
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ValueColumn && index.column() <= TargetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const std::optional<bool> met = core::targetMet(row);
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
        case ComparedColumn:
            return row.compared ? number(row.compared->value) : QVariant();
        case ChangeColumn:
            return number(row.change());
        case BaselineColumn:
            return number(row.baseline);
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
    case ComparedColumn:
        return m_compareMode ? core::compareColumnTitle(*m_compareMode) : tr("Compared");
    case ChangeColumn:
        return tr("Change");
    case BaselineColumn:
        return tr("Baseline");
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
