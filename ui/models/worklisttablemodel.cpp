#include "worklisttablemodel.h"

#include <QBrush>
#include <QColor>

#include "ui/dosetext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

WorklistTableModel::WorklistTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorklistTableModel::setItems(
    std::vector<core::WorklistItem> items, const core::MedicationSettings &settings)
{
    beginResetModel();
    m_items = std::move(items);
    m_settings = settings;
    endResetModel();
}

int WorklistTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorklistTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorklistTableModel::kindTitle(core::WorklistKind kind)
{
    switch (kind) {
    case core::WorklistKind::Blocked:
        return tr("Blocked today");
    case core::WorklistKind::DoseAwaitingConfirmation:
        return tr("Dose to confirm");
    case core::WorklistKind::LateToConfirm:
        return tr("Late registration to confirm");
    case core::WorklistKind::ReviewOverdue:
        return tr("Medical review overdue");
    }
    return {};
}

QString WorklistTableModel::detailText(const core::WorklistItem &item) const
{
    const QString dose = doseText(item.drug, item.doseMg, m_settings);
    switch (item.kind) {
    case core::WorklistKind::Blocked:
        return tr("%1 %2: %n missed dose(s) in a row, the last on %3. Reassess the dose.",
            nullptr, item.missedDoses)
            .arg(drugTitle(item.drug), dose, formatDate(item.date));
    case core::WorklistKind::DoseAwaitingConfirmation:
        return item.limitMg
            ? tr("%1 %2 from %3 is above the limit of %4.")
                  .arg(drugTitle(item.drug), dose, formatDate(item.date), DoseText::mg(*item.limitMg))
            : tr("%1 %2 from %3 changes the dose by more than 50 % from %4.")
                  .arg(drugTitle(item.drug), dose, formatDate(item.date),
                      DoseText::mg(item.previousMg.value_or(0)));
    case core::WorklistKind::LateToConfirm:
        return tr("%1 %2 on %3 was registered late; it keeps the client blocked until you "
                  "confirm it.")
            .arg(drugTitle(item.drug), dose, formatDate(item.date));
    case core::WorklistKind::ReviewOverdue:
        return item.date.isValid()
            ? tr("The last review was on %1 (more than 6 months ago).").arg(formatDate(item.date))
            : tr("No medical review recorded.");
    }
    return {};
}

QVariant WorklistTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const core::WorklistItem &item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindTitle(item.kind);
        case ClientColumn:
            return item.clientName;
        case BirthDateColumn:
            return formatDate(item.birthDate);
        case DetailColumn:
            return detailText(item);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return detailText(item);
    case Qt::ForegroundRole:
        if (index.column() == KindColumn && item.kind != core::WorklistKind::ReviewOverdue)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        return {};
    case ClientIdRole:
        return item.clientId;
    case KindRole:
        return int(item.kind);
    default:
        return {};
    }
}

QVariant WorklistTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case KindColumn:
        return tr("To do");
    case ClientColumn:
        return tr("Client");
    case BirthDateColumn:
        return tr("Born");
    case DetailColumn:
        return tr("What");
    default:
        return {};
    }
}

} // namespace mestring::ui
