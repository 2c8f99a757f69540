#include "appointmenttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include "core/domain/clock.h"
#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

using core::AppointmentStatus;

QColor statusColour(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned:
        return {};
    case AppointmentStatus::Attended:
        return QColor(0x1b, 0x6e, 0x3a);
    case AppointmentStatus::NoShow:
        return QColor(0x9b, 0x1c, 0x1c);
    case AppointmentStatus::CancelledClient:
    case AppointmentStatus::CancelledCentre:
        return QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

bool isCancelled(AppointmentStatus status)
{
    return status == AppointmentStatus::CancelledClient
        || status == AppointmentStatus::CancelledCentre;
}

} // namespace

AppointmentTableModel::AppointmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AppointmentTableModel::setEntries(
    std::vector<core::CalendarAppointment> entries, QHash<QString, QString> staffNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_staffNames = std::move(staffNames);
    m_fit.clear();
    endResetModel();
}

int AppointmentTableModel::rowOf(const QString &appointmentId) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].appointment.id == appointmentId) return int(i);
    }
    return -1;
}

void AppointmentTableModel::setStatus(int row, core::AppointmentStatus status)
{
    if (row < 0 || row >= rowCount()) return;
    m_entries[std::size_t(row)].appointment.status = status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AppointmentTableModel::setFit(QHash<QString, core::FitTotals> totals)
{
    m_fit = std::move(totals);
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, FitColumn), index(rowCount() - 1, FitColumn));
}

void AppointmentTableModel::setFitOf(int row, const core::FitTotals &totals)
{
    if (row < 0 || row >= rowCount()) return;
    m_fit.insert(m_entries[std::size_t(row)].appointment.id, totals);
    Q_EMIT dataChanged(index(row, FitColumn), index(row, FitColumn));
}

QString AppointmentTableModel::fitText(const core::FitTotals &totals)
{
    const auto score = [](int tenths) { return QLocale().toString(tenths / 10.0, 'f', 1); };
    QStringList parts;
    if (totals.ors) parts << tr("ORS %1").arg(score(*totals.ors));
    if (totals.srs) parts << tr("SRS %1").arg(score(*totals.srs));
    return parts.join(QStringLiteral(" · "));
}

int AppointmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AppointmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppointmentTableModel::timeText(const core::Appointment &appointment)
{
    const QDateTime start = core::Clock::centreTime(appointment.start);
    const QDateTime end = start.addSecs(qint64(appointment.minutes) * 60);
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
        + end.toString(QStringLiteral("HH:mm"));
}

QVariant AppointmentTableModel::display(const core::CalendarAppointment &entry, int column) const
{
    const core::Appointment &a = entry.appointment;
    switch (column) {
    case DateColumn: {
        const QDate day = a.startDay();
        return QString(QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat)
            + QLatin1Char(' ') + formatDate(day));
    }
    case TimeColumn:
        return timeText(a);
    case ClientColumn:
        return entry.clientName;
    case TypeColumn:
        return appointmentTypeTitle(a.type);
    case StaffColumn:
        return m_staffNames.value(a.staff, a.staff);
    case LocationColumn:
        return a.location;
    case StatusColumn:
        return appointmentStatusTitle(a.status);
    case FitColumn:
        return fitText(m_fit.value(a.id));
    }
    return {};
}

QVariant AppointmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CalendarAppointment &entry = m_entries[std::size_t(index.row())];
    const AppointmentStatus status = entry.appointment.status;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(entry, index.column());
    case AppointmentIdRole:
        return entry.appointment.id;
    case ClientIdRole:
        return entry.client;
    case StatusRole:
        return int(status);
    case Qt::ForegroundRole:
        if (const QColor colour = statusColour(status);
            colour.isValid() && (index.column() == StatusColumn || isCancelled(status)))
            return QBrush(colour);
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && status != AppointmentStatus::Planned) {
            QFont font;
            font.setBold(!isCancelled(status));
            return font;
        }
        if (isCancelled(status) && index.column() == TimeColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant AppointmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case ClientColumn:
        return tr("Client");
    case TypeColumn:
        return tr("Type");
    case StaffColumn:
        return tr("Staff member");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case FitColumn:
        return tr("FIT");
    }
    return {};
}

} // namespace mestring::ui
