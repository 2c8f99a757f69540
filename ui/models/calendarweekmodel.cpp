#include "calendarweekmodel.h"

#include <algorithm>
#include <map>

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "core/domain/clock.h"
#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

constexpr int absenceNamesShown = 4;

} // namespace

CalendarWeekModel::CalendarWeekModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString CalendarWeekModel::lineFor(const core::CalendarAppointment &entry)
{
    const core::Appointment &a = entry.appointment;
    QString line = core::Clock::centreTime(a.start).toString(QStringLiteral("HH:mm"))
        + QLatin1Char(' ') + entry.clientName + QStringLiteral(" (") + appointmentTypeTitle(a.type)
        + QLatin1Char(')');
    if (a.status != core::AppointmentStatus::Planned)
        line += QStringLiteral(" – ") + appointmentStatusTitle(a.status).toLower();
    return line;
}

void CalendarWeekModel::addAbsenceRow(const core::CalendarSpan &span)
{
    Row absent {tr("Absent"), QString(), std::vector<Cell>(std::size_t(m_days))};
    for (int d = 0; d < m_days; ++d) {
        Cell &cell = absent.days[std::size_t(d)];
        const QDate day = m_from.addDays(d);
        for (const core::CalendarAbsence &entry : span.absences) {
            if (!entry.absence.covers(day)) continue;
            ++cell.count;
            if (cell.count <= absenceNamesShown)
                cell.lines << entry.clientName + QStringLiteral(" (")
                        + absenceReasonTitle(entry.absence.reason).toLower() + QLatin1Char(')');
        }
        if (cell.count > absenceNamesShown)
            cell.lines << tr("and %n more", nullptr, cell.count - absenceNamesShown);
    }
    m_rows.push_back(std::move(absent));
}

void CalendarWeekModel::setSpan(
    const core::CalendarSpan &span, const QHash<QString, QString> &staffNames)
{
    beginResetModel();
    m_from = span.from;
    m_days = int(span.from.daysTo(span.to)) + 1;
    m_rows.clear();
    addAbsenceRow(span);
    // Rows keyed by staff name (centre) or hour (one staff member), in display order.
    std::map<QString, std::size_t> rowOfKey;
    const bool centre = span.staff.isEmpty();
    const auto keyOf = [&](const core::CalendarAppointment &entry) {
        const core::Appointment &a = entry.appointment;
        return centre ? staffNames.value(a.staff, a.staff) + QLatin1Char('\x1f') + a.staff
                      : core::Clock::centreTime(a.start).toString(QStringLiteral("HH"));
    };
    if (!centre) {
        for (int hour = 8; hour <= 15; ++hour)
            rowOfKey.emplace(QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')), 0);
    }
    for (const core::CalendarAppointment &entry : span.appointments)
        rowOfKey.emplace(keyOf(entry), 0);
    for (auto &[key, row] : rowOfKey) {
        row = m_rows.size();
        Row added;
        if (centre) {
            const qsizetype cut = key.indexOf(QLatin1Char('\x1f'));
            added.title = key.left(cut);
            added.staffId = key.mid(cut + 1);
        } else {
            added.title = key + QStringLiteral(":00");
        }
        added.days.resize(std::size_t(m_days));
        m_rows.push_back(std::move(added));
    }
    for (const core::CalendarAppointment &entry : span.appointments) {
        const qint64 day = m_from.daysTo(entry.appointment.startDay());
        if (day < 0 || day >= m_days) continue;
        Cell &cell = m_rows[rowOfKey.at(keyOf(entry))].days[std::size_t(day)];
        cell.lines << lineFor(entry);
        ++cell.count;
    }
    endResetModel();
}

int CalendarWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_days;
}

QVariant CalendarWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Cell &cell = row.days[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cell.lines.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        return cell.lines.isEmpty() ? QVariant() : QVariant(cell.lines.join(QLatin1Char('\n')));
    case DayRole:
        return m_from.addDays(index.column());
    case StaffIdRole:
        return row.staffId;
    case AppointmentCountRole:
        return cell.count;
    case Qt::BackgroundRole:
        if (index.row() == 0 && cell.count > 0) return QBrush(QColor(0xff, 0xf8, 0xe1));
        if (m_from.addDays(index.column()).dayOfWeek() >= 6) return QBrush(QColor(0xf3, 0xf3, 0xf3));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant CalendarWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount()) return {};
        return m_rows[std::size_t(section)].title;
    }
    const QDate day = m_from.addDays(section);
    return QString(
        QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + formatDate(day));
}

} // namespace mestring::ui
