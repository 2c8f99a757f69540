#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/services/waitinglistservice.h"

namespace mestring::ui {

/// One offer's waiting list in the order people asked: number in line, who (and how to reach
/// them), the day they asked, how long they have waited, the note; those taken off (when
/// shown) last, greyed, with the day and the reason.
class WaitingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        NameColumn,
        PhoneColumn,
        AskedColumn,
        WaitedColumn,
        NoteColumn,
        TakenOffColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole, WaitingRole };

    explicit WaitingListModel(QObject *parent = nullptr);

    void setItems(std::vector<core::WaitingListItem> items);
    const core::WaitingListItem &itemAt(int row) const { return m_items.at(std::size_t(row)); }
    int rowOf(const QString &entryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::WaitingListItem &item, int column) const;

    std::vector<core::WaitingListItem> m_items;
};

} // namespace mestring::ui
