#include "waitinglistmodel.h"

#include <QBrush>
#include <QPalette>

#include "ui/formatting.h"
#include "ui/intaketitles.h"

namespace mestring::ui {

WaitingListModel::WaitingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WaitingListModel::setItems(std::vector<core::WaitingListItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int WaitingListModel::rowOf(const QString &entryId) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].entry.id == entryId) return int(i);
    }
    return -1;
}

int WaitingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WaitingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingListModel::display(const core::WaitingListItem &item, int column) const
{
    const core::WaitingListEntry &e = item.entry;
    switch (column) {
    case PositionColumn:
        return item.position > 0 ? QVariant(item.position) : QVariant(QString());
    case NameColumn:
        return e.client.isEmpty() ? item.name : tr("%1 (client)").arg(item.name);
    case PhoneColumn:
        return item.phone;
    case AskedColumn:
        return formatDate(e.askedOn);
    case WaitedColumn:
        return tr("%n day(s)", nullptr, item.waitingDays);
    case NoteColumn:
        return e.note;
    case TakenOffColumn:
        if (e.isWaiting()) return QString();
        return tr("%1: %2").arg(formatDate(e.takenOff),
            e.takenOffReason ? takenOffReasonTitle(*e.takenOffReason) : QString());
    }
    return {};
}

QVariant WaitingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::WaitingListItem &item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(item, index.column());
    case EntryIdRole:
        return item.entry.id;
    case WaitingRole:
        return item.entry.isWaiting();
    case Qt::ForegroundRole:
        if (!item.entry.isWaiting()) return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    }
    return {};
}

QVariant WaitingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case NameColumn:
        return tr("Who");
    case PhoneColumn:
        return tr("Client's phone");
    case AskedColumn:
        return tr("Asked on");
    case WaitedColumn:
        return tr("Waited");
    case NoteColumn:
        return tr("Note");
    case TakenOffColumn:
        return tr("Taken off");
    }
    return {};
}

} // namespace mestring::ui
