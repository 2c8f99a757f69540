#include "assessmenttablemodel.h"

#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

bool isAreaColumn(int column)
{
    return column >= AssessmentTableModel::AlcoholColumn
        && column <= AssessmentTableModel::PhysicalHealthColumn;
}

core::LifeArea areaOf(int column)
{
    return core::LifeArea(column - AssessmentTableModel::AlcoholColumn);
}

QString numberOrDash(std::optional<int> value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

} // namespace

AssessmentTableModel::AssessmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssessmentTableModel::setAssessments(std::vector<core::Assessment> assessments)
{
    beginResetModel();
    m_assessments = std::move(assessments);
    endResetModel();
}

int AssessmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assessments.size());
}

int AssessmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Assessment &assessment = m_assessments[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(assessment, index.column());
    case Qt::ToolTipRole:
        return toolTip(assessment, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= AlcoholColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case AssessmentIdRole:
        return assessment.id;
    default:
        return {};
    }
}

QVariant AssessmentTableModel::displayData(const core::Assessment &assessment, int column) const
{
    if (isAreaColumn(column)) return numberOrDash(assessment.area(areaOf(column)));
    switch (column) {
    case DateColumn:
        return formatDate(assessment.date);
    case TypeColumn:
        return assessmentTypeTitle(assessment.type);
    case QualityOfLifeColumn:
        return numberOrDash(assessment.qualityOfLife);
    case DaysUsedColumn:
        return numberOrDash(assessment.daysUsedLast28);
    case DrinksColumn:
        return numberOrDash(assessment.drinksPerWeek);
    }
    return {};
}

QVariant AssessmentTableModel::toolTip(const core::Assessment &assessment, int column) const
{
    if (isAreaColumn(column)) {
        return tr("%1: %2").arg(
            lifeAreaTitle(areaOf(column)), severityTitle(assessment.area(areaOf(column))));
    }
    const auto notAsked = [](std::optional<int> value, const QString &text) {
        return value ? text.arg(*value) : tr("Not asked");
    };
    switch (column) {
    case QualityOfLifeColumn:
        return notAsked(
            assessment.qualityOfLife, tr("Quality of life %1 of 20 (higher is better)"));
    case DaysUsedColumn:
        return notAsked(assessment.daysUsedLast28, tr("%1 of the last 28 days"));
    case DrinksColumn:
        return notAsked(assessment.drinksPerWeek, tr("%1 drinks a week"));
    }
    return displayData(assessment, column);
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && isAreaColumn(section))
        return tr("%1: 0 none to 4 extreme; lower is better; – not asked")
            .arg(lifeAreaTitle(areaOf(section)));
    if (role != Qt::DisplayRole) return {};
    // Two-line headers keep thirteen columns readable side by side at 1366 pixels.
    if (isAreaColumn(section)) {
        QString title = lifeAreaTitle(areaOf(section));
        const qsizetype space = title.indexOf(QLatin1Char(' '));
        if (space > 0) title[space] = QLatin1Char('\n');
        return title;
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case QualityOfLifeColumn:
        return tr("Quality of life");
    case DaysUsedColumn:
        return tr("Days used\nof 28");
    case DrinksColumn:
        return tr("Drinks\nper week");
    }
    return {};
}

} // namespace mestring::ui
