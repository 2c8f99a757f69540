#include "dispensinghistorymodel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>

#include "dispensinglistmodel.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

DispensingHistoryModel::DispensingHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DispensingHistoryModel::setEntries(
    std::vector<Entry> entries, const QHash<QString, QString> &staffNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const Entry &a, const Entry &b) { return a.dispensing.date > b.dispensing.date; });
    m_staffNames = staffNames;
    endResetModel();
}

int DispensingHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DispensingHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispensingHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    const core::Dispensing &d = e.dispensing;
    if (role == Qt::ForegroundRole && d.status == core::DispensingStatus::Missed)
        return QBrush(QColor(0x9b, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole) return d.note.isEmpty() ? QVariant() : QVariant(d.note);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case DateColumn:
        return formatDate(d.date);
    case DrugColumn:
        return drugTitle(e.drug);
    case DoseColumn:
        return DispensingListModel::doseText(d.doseMg);
    case StatusColumn:
        if (d.status == core::DispensingStatus::HandedOut)
            return DispensingListModel::tr("Handed out for %n day(s)", nullptr, d.days);
        return dispensingStatusTitle(d.status);
    case StaffColumn:
        return m_staffNames.value(d.staff, d.staff);
    case NoteColumn:
        return d.note;
    default:
        return {};
    }
}

QVariant DispensingHistoryModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DrugColumn:
        return tr("Drug");
    case DoseColumn:
        return tr("Dose");
    case StatusColumn:
        return tr("Registered");
    case StaffColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace mestring::ui
