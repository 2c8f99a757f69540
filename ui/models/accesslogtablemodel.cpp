#include "accesslogtablemodel.h"
#include "core/domain/clock.h"

#include "ui/accessdetailtext.h"

namespace mestring::ui {

AccessLogTableModel::AccessLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccessLogTableModel::setLines(std::vector<core::AccessLogLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int AccessLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AccessLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const core::AccessLogLine &line = m_lines[std::size_t(index.row())];
    const core::AccessLogEntry &e = line.entry;
    if (role == Qt::ToolTipRole && index.column() == DetailColumn) return accessDetailText(line);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case TimeColumn:
        return core::Clock::centreTime(e.at).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case StaffColumn:
        return line.actorName;
    case KindColumn:
        return line.kindTitle;
    case ClientColumn:
        if (e.client.isEmpty()) return QString();
        // Only the log remembers a disposed client; never show its internal id.
        return line.clientName.isEmpty() ? tr("(disposed client)") : line.clientName;
    case DetailColumn:
        return accessDetailText(line);
    default:
        return {};
    }
}

QVariant AccessLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StaffColumn:
        return tr("Staff member");
    case KindColumn:
        return tr("Use");
    case ClientColumn:
        return tr("Client");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace mestring::ui
