#include "medicationsettingsservice.h"

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/rules/textlimits.h"
#include "core/storage/closeddayrepository.h"
#include "core/storage/database.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

constexpr double highestLimitMg = 5000;
constexpr double highestConcentration = 100;

// A supply handed out on a supervised prescription covering `day` only because it is closed.
bool supplyReliesOn(const Database &db, const QDate &day)
{
    SqlQuery q(db,
        QStringLiteral("SELECT d.date, d.days FROM dispensings d JOIN prescriptions p "
                       "ON p.id = d.prescription WHERE d.status = 'handed_out' "
                       "AND p.mode <> 'take_home' AND d.date < ? AND d.date >= ? "
                       "AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.annuls = d.id)"));
    q.bind(dateValue(day)).bind(dateValue(day.addDays(-ClosedDayCalendar::maxClosedRun)));
    q.exec();
    while (q.next()) {
        if (dateFrom(q.value(0)).addDays(q.value(1).toInt() - 1) >= day) return true;
    }
    return false;
}

} // namespace

MedicationSettingsService::MedicationSettingsService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

MedicationSettings MedicationSettingsService::settings(const Actor &actor) const
{
    requirePermission(actor, Permission::ReadMedication);
    return loadMedicationSettings(m_db);
}

void MedicationSettingsService::saveSettings(const Actor &actor, const MedicationSettings &s)
{
    requirePermission(actor, Permission::ManageMedicationSettings);
    for (const auto &[drug, limit] : s.doseLimitsMg) {
        if (limit < 0 || limit > highestLimitMg) {
            refuse(QStringLiteral("dose_limit"),
                tr("A dose limit is from 1 to 5000 mg, or 0 for no limit."));
        }
    }
    if (!(s.methadoneMgPerMl >= 0) || s.methadoneMgPerMl > highestConcentration) {
        refuse(QStringLiteral("methadone_mg_per_ml"),
            tr("The methadone concentration is from 0 (tablets: no ml shown) to 100 mg/ml."));
    }
    Transaction transaction(m_db);
    saveMedicationSettings(m_db, s);
    m_log.appendInTransaction(
        actor, AccessKind::Change, QString(), QString(), QStringLiteral("medication settings"));
    transaction.commit();
    Q_EMIT settingsChanged();
}

ClosedDayCalendar MedicationSettingsService::calendar() const
{
    return ClosedDayCalendar(ClosedDayRepository(m_db).all());
}

std::vector<CalendarDay> MedicationSettingsService::closedDays(const Actor &actor, int year) const
{
    requirePermission(actor, Permission::ReadMedication);
    const ClosedDayCalendar all = calendar();
    std::vector<CalendarDay> days;
    for (const ClosedDay &day : all.between(QDate(year, 1, 1), QDate(year, 12, 31))) {
        const bool holiday = std::none_of(all.centreDays().begin(), all.centreDays().end(),
            [&day](const ClosedDay &own) { return own.date == day.date; });
        days.push_back({day.date, day.reason, holiday});
    }
    return days;
}

void MedicationSettingsService::checkAddable(
    const ClosedDay &day, const ClosedDayCalendar &calendar) const
{
    if (!day.date.isValid()) refuse(QStringLiteral("date"), tr("Enter the day as dd-mm-yyyy."));
    if (day.date < m_clock.today()) {
        refuse(QStringLiteral("date"),
            tr("Closed days are planned from today on: a day that is over stays as it was."));
    }
    if (calendar.isClosed(day.date)) {
        refuse(QStringLiteral("date"),
            tr("%1 is already a closed day (%2).")
                .arg(shownDate(day.date), calendar.reason(day.date)));
    }
    if (day.reason.trimmed().isEmpty()) {
        refuse(QStringLiteral("reason"),
            tr("Write why the centre is closed that day (e.g. Grundlovsdag)."));
    }
    RuleIssues issues;
    checkTextLength(issues, QStringLiteral("reason"), day.reason, textlimit::closedDayReason);
    refuseOnErrors(issues);
}

void MedicationSettingsService::addClosedDay(const Actor &actor, const ClosedDay &day)
{
    requirePermission(actor, Permission::ManageMedicationSettings);
    checkAddable(day, calendar());
    Transaction transaction(m_db);
    ClosedDayRepository(m_db).insert({day.date, day.reason.trimmed()});
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        QStringLiteral("closed day ") + day.date.toString(Qt::ISODate) + QStringLiteral(" added"));
    transaction.commit();
    Q_EMIT settingsChanged();
}

void MedicationSettingsService::removeClosedDay(const Actor &actor, const QDate &day)
{
    requirePermission(actor, Permission::ManageMedicationSettings);
    const ClosedDayCalendar all = calendar();
    const bool own = std::any_of(all.centreDays().begin(), all.centreDays().end(),
        [&day](const ClosedDay &d) { return d.date == day; });
    if (!own) {
        refuse(QStringLiteral("date"),
            tr("%1 is not one of the centre's own closed days; public holidays are always "
               "closed.")
                .arg(shownDate(day)));
    }
    if (day < m_clock.today()) {
        refuse(QStringLiteral("date"),
            tr("The day is over; it stays a closed day as it was planned."));
    }
    if (supplyReliesOn(m_db, day)) {
        refuse(QStringLiteral("date"),
            tr("A take-home supply for the closed days has already been handed out over %1. "
               "Keep the day closed, or annul that supply first.")
                .arg(shownDate(day)));
    }
    Transaction transaction(m_db);
    ClosedDayRepository(m_db).remove(day);
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        QStringLiteral("closed day ") + day.toString(Qt::ISODate) + QStringLiteral(" removed"));
    transaction.commit();
    Q_EMIT settingsChanged();
}

int MedicationSettingsService::addWeekends(const Actor &actor, int year)
{
    requirePermission(actor, Permission::ManageMedicationSettings);
    const ClosedDayCalendar all = calendar();
    const QDate first = std::max(QDate(year, 1, 1), m_clock.today());
    int added = 0;
    Transaction transaction(m_db);
    ClosedDayRepository repository(m_db);
    for (QDate day = first; day.year() == year; day = day.addDays(1)) {
        if (day.dayOfWeek() < 6 || all.isClosed(day)) continue;
        repository.insert({day, tr("Weekend")});
        ++added;
    }
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        QStringLiteral("closed days: weekends of ") + QString::number(year));
    transaction.commit();
    if (added > 0) Q_EMIT settingsChanged();
    return added;
}

} // namespace mestring::core
