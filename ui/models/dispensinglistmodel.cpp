#include "dispensinglistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

#include "ui/dosetext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

DispensingListModel::DispensingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DispensingListModel::setRows(std::vector<core::DispensingListRow> rows, const QDate &day,
    const core::MedicationSettings &settings)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_day = day;
    m_settings = settings;
    endResetModel();
}

void DispensingListModel::replaceClientRows(
    const QString &clientId, std::vector<core::DispensingListRow> rows)
{
    const auto first = std::find_if(m_rows.begin(), m_rows.end(),
        [&clientId](const core::DispensingListRow &r) { return r.clientId == clientId; });
    if (first == m_rows.end()) return;
    const auto last = std::find_if(first, m_rows.end(),
        [&clientId](const core::DispensingListRow &r) { return r.clientId != clientId; });
    const int from = int(first - m_rows.begin());
    const int oldCount = int(last - first);
    const int newCount = int(rows.size());
    if (oldCount == newCount) {
        std::move(rows.begin(), rows.end(), first);
        Q_EMIT dataChanged(index(from, 0), index(from + newCount - 1, ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, from, from + oldCount - 1);
    m_rows.erase(first, last);
    endRemoveRows();
    if (newCount == 0) return;
    beginInsertRows({}, from, from + newCount - 1);
    m_rows.insert(m_rows.begin() + from, std::make_move_iterator(rows.begin()),
        std::make_move_iterator(rows.end()));
    endInsertRows();
}

int DispensingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DispensingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DispensingListModel::doseText(double doseMg)
{
    return DoseText::mg(doseMg);
}

QString DispensingListModel::doseText(
    const core::DispensingListRow &row, const core::MedicationSettings &settings)
{
    const core::Prescription &p = row.prescription;
    if (row.recorded) {
        const core::Dispensing &d = *row.recorded;
        if (d.status != core::DispensingStatus::HandedOut)
            return DoseText::of(p.drug, d.doseMg, settings);
        return DoseText::supply(
            p.drug, d.doseMg, core::dosesInSupply(p, d.date, d.days), settings);
    }
    if (row.closedDaysAhead > 0)
        return DoseText::supply(p.drug, p.doseMg, row.dosesInPlannedSupply(), settings);
    return DoseText::of(p.drug, p.doseMg, settings);
}

QString DispensingListModel::statusText(const core::DispensingListRow &row)
{
    if (!row.recorded) {
        if (row.awaitsDoseConfirmation) return tr("Awaits the doctor");
        if (row.block.blocked) return tr("Blocked");
        if (row.state == core::DoseState::Missed) return tr("Missed (nothing recorded)");
        if (row.closedDaysAhead > 0) return tr("Due: take-home for closed days");
        return tr("Due");
    }
    const core::Dispensing &d = *row.recorded;
    QString text = d.status == core::DispensingStatus::HandedOut
        ? tr("Handed out for %n day(s)", nullptr, d.days)
        : dispensingStatusTitle(d.status);
    if (d.isLate()) text += QLatin1Char(' ') + tr("(late)");
    return text;
}

QColor DispensingListModel::stateColour(const core::DispensingListRow &row)
{
    if (!row.recorded) {
        if (row.awaitsDoseConfirmation || row.block.blocked) return QColor(0xf8, 0xd7, 0xd5);
        if (row.state == core::DoseState::Missed) return QColor(0xfc, 0xdf, 0xc2);
        if (!row.antabusMissed.empty()) return QColor(0xfd, 0xef, 0xc8);
        return {};
    }
    switch (row.recorded->status) {
    case core::DispensingStatus::Taken:
        return QColor(0xe3, 0xf1, 0xe6);
    case core::DispensingStatus::HandedOut:
        return QColor(0xdd, 0xea, 0xf7);
    case core::DispensingStatus::Missed:
        return QColor(0xfc, 0xdf, 0xc2);
    case core::DispensingStatus::Refused:
        return QColor(0xea, 0xde, 0xf3);
    case core::DispensingStatus::Withheld:
        return QColor(0xfb, 0xf0, 0xb4);
    }
    return {};
}

QString DispensingListModel::flagsText(const core::DispensingListRow &row)
{
    QStringList lines;
    if (row.awaitsDoseConfirmation) {
        lines << tr("The dose awaits the doctor's confirmation (above the centre's limit or "
                    "changed by more than 50 %). Do not give it yet.");
    }
    if (row.block.blocked) {
        lines << tr("Blocked: %n missed dose(s) in a row, the last on %1. A doctor must reassess "
                    "the dose.",
            nullptr, row.block.run.count())
                     .arg(formatDate(row.block.liftedByReassessmentAfter()));
    } else if (row.block.run.count() > 0) {
        lines << tr("%n missed dose(s) in a row", nullptr, row.block.run.count());
    }
    if (row.closedDaysAhead > 0 && !row.recorded)
        lines << tr("+%n day(s) for closed days", nullptr, row.closedDaysAhead);
    if (row.doseChangedFromMg) {
        lines << tr("Dose changed: %1 to %2")
                     .arg(doseText(*row.doseChangedFromMg), doseText(row.prescription.doseMg));
    }
    if (!row.antabusMissed.empty()) {
        lines << tr("Contact the client: %n missed Antabus dose(s) since %1", nullptr,
            int(row.antabusMissed.size()))
                     .arg(formatDate(row.antabusMissed.front()));
    }
    if (row.recorded && row.recorded->isLate())
        lines << tr("Registered late: %1").arg(row.recorded->lateReason);
    if (!row.scheduled && row.recorded) lines << tr("Not on the schedule today");
    return lines.join(QLatin1Char('\n'));
}

QVariant DispensingListModel::displayData(const core::DispensingListRow &row, int column) const
{
    const core::Prescription &p = row.prescription;
    switch (column) {
    case ClientColumn:
        return row.clientName;
    case BirthDateColumn:
        return formatDate(row.birthDate);
    case DrugColumn:
        return drugTitle(p.drug);
    case DoseColumn:
        return doseText(row, m_settings);
    case ModeColumn:
        if (p.mode == core::DispensingMode::TakeHome && p.takeHomeDays)
            return tr("Take-home, %n day(s)", nullptr, *p.takeHomeDays);
        return dispensingModeTitle(p.mode);
    case StatusColumn:
        return statusText(row);
    case FlagsColumn:
        return flagsText(row);
    default:
        return {};
    }
}

QVariant DispensingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const core::DispensingListRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == FlagsColumn || index.column() == StatusColumn
            ? QVariant(flagsText(row))
            : QVariant();
    case Qt::FontRole: {
        const int c = index.column();
        if (c != ClientColumn && c != BirthDateColumn && c != DoseColumn) return {};
        QFont font = QGuiApplication::font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(c != BirthDateColumn);
        return font;
    }
    case Qt::BackgroundRole: {
        const QColor colour = stateColour(row);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::ForegroundRole:
        if ((row.block.blocked || row.awaitsDoseConfirmation) && index.column() == FlagsColumn)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        return {};
    case ClientIdRole:
        return row.clientId;
    case PrescriptionIdRole:
        return row.prescription.id;
    case BlockedRole:
        return row.block.blocked;
    case RecordedRole:
        return row.isRecorded();
    case BirthDateRole:
        return row.birthDate;
    default:
        return {};
    }
}

QVariant DispensingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case BirthDateColumn:
        return tr("Born");
    case DrugColumn:
        return tr("Drug");
    case DoseColumn:
        return tr("Dose");
    case ModeColumn:
        return tr("Mode");
    case StatusColumn:
        return tr("Status");
    case FlagsColumn:
        return tr("Attention");
    default:
        return {};
    }
}

} // namespace mestring::ui
