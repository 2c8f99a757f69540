#include "prescriptiontablemodel.h"

#include <algorithm>

#include <numeric>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStringList>

#include "dispensinglistmodel.h"
#include "ui/enumtitles.h"
#include "core/domain/medication/doseplausibility.h"
#include "ui/dosetext.h"
#include "ui/formatting.h"

namespace mestring::ui {

PrescriptionTableModel::PrescriptionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrescriptionTableModel::setPrescriptions(std::vector<core::Prescription> prescriptions,
    const QHash<QString, QString> &staffNames, const QDate &today,
    const core::MedicationSettings &settings)
{
    beginResetModel();
    m_prescriptions = std::move(prescriptions);
    m_settings = settings;
    m_awaiting.clear();
    for (const core::Prescription &p : m_prescriptions)
        m_awaiting.push_back(core::awaitsDoseConfirmation(p, m_prescriptions, settings));
    std::vector<std::size_t> order(m_prescriptions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_prescriptions[a].start > m_prescriptions[b].start;
    });
    std::vector<core::Prescription> sorted;
    std::vector<bool> awaiting;
    for (std::size_t i : order) {
        sorted.push_back(m_prescriptions[i]);
        awaiting.push_back(m_awaiting[i]);
    }
    m_prescriptions = std::move(sorted);
    m_awaiting = std::move(awaiting);
    m_staffNames = staffNames;
    m_today = today;
    endResetModel();
}

QString PrescriptionTableModel::reasonText(const core::Prescription &p, int row) const
{
    if (p.annulled) {
        return tr("ANNULLED %1 by %2: %3")
            .arg(formatDate(p.annulled->at.date()),
                m_staffNames.value(p.annulled->staff, p.annulled->staff), p.annulled->reason);
    }
    QString text = p.reason;
    if (m_awaiting[std::size_t(row)])
        text = tr("The dose awaits a doctor's confirmation.") + QLatin1Char(' ') + text;
    else if (p.doseConfirmed)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(dose confirmed: %1)").arg(p.doseConfirmed->reason);
    return text;
}

int PrescriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prescriptions.size());
}

int PrescriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PrescriptionTableModel::scheduleText(const core::Schedule &schedule)
{
    switch (schedule.kind) {
    case core::Schedule::Kind::Daily:
        return tr("Every day");
    case core::Schedule::Kind::Weekdays: {
        QStringList days;
        for (int day : schedule.weekdays)
            days << QLocale().dayName(day, QLocale::ShortFormat);
        return days.join(QStringLiteral(", "));
    }
    case core::Schedule::Kind::EveryDays:
        return tr("Every %1 days").arg(schedule.everyDays);
    }
    return QString();
}

QVariant PrescriptionTableModel::displayData(const core::Prescription &p, int row, int column) const
{
    switch (column) {
    case DrugColumn:
        return drugTitle(p.drug);
    case DoseColumn:
        return doseText(p.drug, p.doseMg, m_settings);
    case ScheduleColumn:
        return scheduleText(p.schedule);
    case ModeColumn:
        return modeText(p);
    case StartColumn:
        return formatDate(p.start);
    case EndColumn:
        return formatDate(p.end);
    case PrescriberColumn:
        return m_staffNames.value(p.prescriber, p.prescriber);
    case ReasonColumn:
        return reasonText(p, row);
    default:
        return {};
    }
}

QVariant PrescriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const core::Prescription &p = m_prescriptions[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(p, index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(reasonText(p, index.row())) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(p.isActiveOn(m_today));
        font.setStrikeOut(p.isAnnulled());
        return font;
    }
    case Qt::ForegroundRole:
        if (p.isAnnulled()) return QBrush(QColor(0x70, 0x70, 0x70));
        if (m_awaiting[std::size_t(index.row())]) return QBrush(QColor(0x9b, 0x1c, 0x1c));
        return {};
    case PrescriptionIdRole:
        return p.id;
    case ActiveRole:
        return p.isActiveOn(m_today) || (!p.isAnnulled() && p.start > m_today);
    case AnnulledRole:
        return p.isAnnulled();
    case AwaitsConfirmationRole:
        return bool(m_awaiting[std::size_t(index.row())]);
    default:
        return {};
    }
}

QVariant PrescriptionTableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DrugColumn:
        return tr("Drug");
    case DoseColumn:
        return tr("Dose");
    case ScheduleColumn:
        return tr("Schedule");
    case ModeColumn:
        return tr("Mode");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("To");
    case PrescriberColumn:
        return tr("Prescribed by");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QString PrescriptionTableModel::modeText(const core::Prescription &p)
{
    if (p.mode == core::DispensingMode::TakeHome && p.takeHomeDays)
        return tr("Take-home, %n day(s)", nullptr, *p.takeHomeDays);
    return dispensingModeTitle(p.mode);
}

} // namespace mestring::ui
