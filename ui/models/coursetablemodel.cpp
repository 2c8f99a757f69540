#include "coursetablemodel.h"

#include <algorithm>

#include <QFont>

#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

CourseTableModel::CourseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CourseTableModel::setCourses(
    std::vector<core::Course> courses, QHash<QString, QString> staffNames)
{
    // Newest first: the current course is what staff look for; a request without a start
    // date counts from its request date.
    std::stable_sort(courses.begin(), courses.end(), [](const auto &a, const auto &b) {
        const QDate da = a.startDate.isValid() ? a.startDate : a.requestDate;
        const QDate db = b.startDate.isValid() ? b.startDate : b.requestDate;
        return da > db;
    });
    beginResetModel();
    m_courses = std::move(courses);
    m_staffNames = std::move(staffNames);
    endResetModel();
}

int CourseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CourseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Course &course = m_courses[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(course, index.column());
    case Qt::FontRole:
        if (course.isOpen()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CourseIdRole:
        return course.id;
    case OpenRole:
        return course.isOpen();
    default:
        return {};
    }
}

QVariant CourseTableModel::displayData(const core::Course &course, int column) const
{
    switch (column) {
    case KindColumn:
        // "Drugs (cannabis)"; an alcohol course about alcohol needs no second word.
        if (course.kind == core::CourseKind::Alcohol
            && course.primarySubstance == core::Substance::Alcohol)
            return courseKindTitle(course.kind);
        return tr("%1 (%2)").arg(
            courseKindTitle(course.kind), substanceTitle(course.primarySubstance));
    case LegalBasisColumn:
        return legalBasisTitle(course.legalBasis);
    case SettingColumn:
        return settingTitle(course.setting);
    case PhaseColumn:
        if (const auto phase = course.currentPhase()) return phaseTitle(*phase);
        return course.startDate.isValid() ? QString() : tr("Request");
    case ResponsibleColumn:
        return m_staffNames.value(course.responsible);
    case RequestColumn:
        return formatDate(course.requestDate);
    case StartColumn:
        return formatDate(course.startDate);
    case EndColumn:
        return formatDate(course.endDate);
    case EndReasonColumn:
        if (!course.endReason) return QString();
        if (course.outcome)
            return tr("%1; %2").arg(
                endReasonTitle(*course.endReason), outcomeTitle(*course.outcome).toLower());
        return endReasonTitle(*course.endReason);
    default:
        return {};
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Course");
    case LegalBasisColumn:
        return tr("Legal basis");
    case SettingColumn:
        return tr("Setting");
    case PhaseColumn:
        return tr("Phase");
    case ResponsibleColumn:
        return tr("Contact person");
    case RequestColumn:
        return tr("Requested");
    case StartColumn:
        return tr("Started");
    case EndColumn:
        return tr("Ended");
    case EndReasonColumn:
        return tr("End reason and outcome");
    default:
        return {};
    }
}

} // namespace mestring::ui
