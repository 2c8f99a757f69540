#include "prescriptiontablemodel.h"

#include <algorithm>

#include <QFont>
#include <QLocale>
#include <QStringList>

#include "dispensinglistmodel.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

PrescriptionTableModel::PrescriptionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrescriptionTableModel::setPrescriptions(std::vector<core::Prescription> prescriptions,
    const QHash<QString, QString> &staffNames, const QDate &today)
{
    beginResetModel();
    m_prescriptions = std::move(prescriptions);
    std::stable_sort(m_prescriptions.begin(), m_prescriptions.end(),
        [](const core::Prescription &a, const core::Prescription &b) { return a.start > b.start; });
    m_staffNames = staffNames;
    m_today = today;
    endResetModel();
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

QVariant PrescriptionTableModel::displayData(const core::Prescription &p, int column) const
{
    switch (column) {
    case DrugColumn:
        return drugTitle(p.drug);
    case DoseColumn:
        return DispensingListModel::doseText(p.doseMg);
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
        return p.reason;
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
        return displayData(p, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(p.reason) : QVariant();
    case Qt::FontRole:
        if (p.isActiveOn(m_today)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PrescriptionIdRole:
        return p.id;
    case ActiveRole:
        return p.isActiveOn(m_today) || p.start > m_today;
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
