#include "dispensinghistorymodel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QFont>

#include "dispensinglistmodel.h"
#include "ui/dosetext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

DispensingHistoryModel::DispensingHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DispensingHistoryModel::setEntries(std::vector<Entry> entries,
    const QHash<QString, QString> &staffNames, const core::MedicationSettings &settings)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const Entry &a, const Entry &b) { return a.dispensing.date > b.dispensing.date; });
    m_staffNames = staffNames;
    m_settings = settings;
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

QString DispensingHistoryModel::statusText(const core::Dispensing &d) const
{
    QString text = d.status == core::DispensingStatus::HandedOut
        ? DispensingListModel::tr("Handed out for %n day(s)", nullptr, d.days)
        : dispensingStatusTitle(d.status);
    if (d.awaitsConfirmation())
        text += QLatin1Char(' ') + tr("(late, not confirmed)");
    else if (d.isLate())
        text += QLatin1Char(' ') + tr("(late)");
    return text;
}

QString DispensingHistoryModel::noteText(const Entry &e) const
{
    const core::Dispensing &d = e.dispensing;
    if (e.correction) {
        return tr("Annulled %1 by %2: %3")
            .arg(formatDate(e.correction->at.date()),
                m_staffNames.value(e.correction->staff, e.correction->staff),
                e.correction->reason);
    }
    QStringList parts;
    if (d.isLate()) parts << tr("Registered late: %1").arg(d.lateReason);
    if (d.lateConfirmed) {
        parts << tr("confirmed by %1")
                     .arg(m_staffNames.value(d.lateConfirmed->staff, d.lateConfirmed->staff));
    }
    if (!d.note.isEmpty()) parts << d.note;
    return parts.join(QStringLiteral(". "));
}

QVariant DispensingHistoryModel::displayData(const Entry &e, int column) const
{
    const core::Dispensing &d = e.dispensing;
    switch (column) {
    case DateColumn:
        return formatDate(d.date);
    case DrugColumn:
        return drugTitle(e.drug);
    case DoseColumn:
        return doseText(e.drug, d.doseMg, m_settings);
    case StatusColumn:
        return statusText(d);
    case StaffColumn:
        return m_staffNames.value(d.staff, d.staff);
    case NoteColumn:
        return noteText(e);
    default:
        return {};
    }
}

QVariant DispensingHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    const core::Dispensing &d = e.dispensing;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, index.column());
    case Qt::ToolTipRole: {
        const QString note = noteText(e);
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    case Qt::FontRole: {
        if (!e.isAnnulled() || index.column() == NoteColumn) return {};
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (e.isAnnulled()) return QBrush(QColor(0x70, 0x70, 0x70));
        if (d.status == core::DispensingStatus::Missed) return QBrush(QColor(0x9b, 0x1c, 0x1c));
        return {};
    case DispensingIdRole:
        return d.id;
    case AnnulledRole:
        return e.isAnnulled();
    case AwaitsConfirmationRole:
        return !e.isAnnulled() && d.awaitsConfirmation();
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
