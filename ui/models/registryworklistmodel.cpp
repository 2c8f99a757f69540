#include "registryworklistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/intaketitles.h"

namespace mestring::ui {

RegistryWorklistModel::RegistryWorklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegistryWorklistModel::setItems(std::vector<core::RegistryWorkItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int RegistryWorklistModel::rowOf(const QString &courseId, core::RegistryEvent event) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].courseId == courseId && m_items[i].event == event) return int(i);
    }
    return -1;
}

int RegistryWorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RegistryWorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistryWorklistModel::cellText(const core::RegistryWorkItem &item, int column)
{
    switch (column) {
    case StateColumn:
        return registryStateTitle(item.state);
    case DeadlineColumn:
        return formatDate(item.deadline);
    case RegisterColumn:
        return registerTitle(item.reg);
    case EventColumn:
        return registryEventTitle(item.event);
    case HappenedColumn:
        return formatDate(item.happened);
    case ClientColumn:
        return item.clientName;
    case CprColumn:
        return formatCpr(item.cpr);
    case LegalBasisColumn:
        return legalBasisTitle(item.legalBasis);
    case ResponsibleColumn:
        return item.responsibleName;
    case ReportedColumn:
        if (!item.report) return QString();
        return tr("%1 by %2").arg(formatDate(item.report->reportedOn),
            item.reportedByName.isEmpty() ? item.report->staff : item.reportedByName);
    }
    return {};
}

QString RegistryWorklistModel::columnTitle(int column)
{
    switch (column) {
    case StateColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case RegisterColumn:
        return tr("Register");
    case EventColumn:
        return tr("Event");
    case HappenedColumn:
        return tr("Date");
    case ClientColumn:
        return tr("Client");
    case CprColumn:
        return tr("CPR");
    case LegalBasisColumn:
        return tr("Legal basis");
    case ResponsibleColumn:
        return tr("Contact person");
    case ReportedColumn:
        return tr("Reported");
    }
    return {};
}

QVariant RegistryWorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RegistryWorkItem &item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(item, index.column());
    case CourseIdRole:
        return item.courseId;
    case ClientIdRole:
        return item.clientId;
    case StateRole:
        return int(item.state);
    case Qt::ForegroundRole:
        if (index.column() != StateColumn && index.column() != DeadlineColumn) return {};
        if (item.state == core::RegistryState::Overdue) return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (item.state == core::RegistryState::DueThisWeek)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (item.state == core::RegistryState::Reported) return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    case Qt::FontRole:
        if (index.column() == StateColumn && item.state == core::RegistryState::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant RegistryWorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return columnTitle(section);
}

} // namespace mestring::ui
