#include "prescriptionrepository.h"

#include <array>

#include <QStringList>

#include "columnvalues.h"
#include "backend.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// 1 (Monday) .. 7 (Sunday), as QDate::dayOfWeek() counts.
constexpr std::array<const char *, 7> weekdayCodes
    = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

const QString columns = QStringLiteral(
    "id, client, drug, category, dose_mg, schedule_kind, schedule_weekdays, schedule_every_days, "
    "mode, take_home_days, start_date, end_date, prescriber, reason, "
    "annulled_reason, annulled_by, annulled_at, "
    "dose_confirmed_reason, dose_confirmed_by, dose_confirmed_at");

Schedule scheduleFrom(const QVariant &kind, const QVariant &weekdays, const QVariant &everyDays)
{
    Schedule s;
    const QString code = kind.toString();
    if (code == QLatin1StringView("weekdays"))
        s.kind = Schedule::Kind::Weekdays;
    else if (code == QLatin1StringView("every_days"))
        s.kind = Schedule::Kind::EveryDays;
    if (s.kind == Schedule::Kind::Weekdays)
        s.weekdays = PrescriptionRepository::weekdaysFrom(weekdays.toString());
    if (s.kind == Schedule::Kind::EveryDays) s.everyDays = everyDays.toInt();
    return s;
}

Prescription prescriptionFromRow(const SqlQuery &q)
{
    Prescription p;
    p.id = q.value(0).toString();
    p.client = q.value(1).toString();
    p.drug = enumFrom(q.value(2), Drug::Other);
    p.category = enumFrom(q.value(3), DrugCategory::Other);
    p.doseMg = q.value(4).toDouble();
    p.schedule = scheduleFrom(q.value(5), q.value(6), q.value(7));
    p.mode = enumFrom(q.value(8), DispensingMode::Supervised);
    p.takeHomeDays = optionalIntFrom(q.value(9));
    p.start = dateFrom(q.value(10));
    p.end = dateFrom(q.value(11));
    p.prescriber = q.value(12).toString();
    p.reason = textFrom(q.value(13));
    p.annulled = signedReasonFrom(q, 14);
    p.doseConfirmed = signedReasonFrom(q, 17);
    return p;
}

void bindPrescription(SqlQuery &q, const Prescription &p)
{
    const Schedule &s = p.schedule;
    const bool weekdays = s.kind == Schedule::Kind::Weekdays;
    const bool everyDays = s.kind == Schedule::Kind::EveryDays;
    q.bind(p.client)
        .bind(enumCode(p.drug))
        .bind(enumCode(p.category))
        .bind(p.doseMg)
        .bind(PrescriptionRepository::scheduleKindCode(s.kind))
        .bind(weekdays ? QVariant(PrescriptionRepository::weekdaysCode(s.weekdays)) : QVariant())
        .bind(everyDays ? QVariant(s.everyDays) : QVariant())
        .bind(enumCode(p.mode))
        .bind(optionalValue(p.takeHomeDays))
        .bind(dateValue(p.start))
        .bind(dateValue(p.end))
        .bind(p.prescriber)
        .bind(textValue(p.reason));
    bindSignedReason(q, p.annulled);
    bindSignedReason(q, p.doseConfirmed);
    q.bind(p.id);
}

} // namespace

QString PrescriptionRepository::scheduleKindCode(Schedule::Kind kind)
{
    switch (kind) {
    case Schedule::Kind::Daily:
        return QStringLiteral("daily");
    case Schedule::Kind::Weekdays:
        return QStringLiteral("weekdays");
    case Schedule::Kind::EveryDays:
        return QStringLiteral("every_days");
    }
    return QStringLiteral("daily");
}

QString PrescriptionRepository::weekdaysCode(const std::set<int> &weekdays)
{
    QStringList codes;
    for (int day : weekdays) {
        if (day >= 1 && day <= 7) codes << QLatin1StringView(weekdayCodes[std::size_t(day - 1)]);
    }
    return codes.join(QLatin1Char(','));
}

std::set<int> PrescriptionRepository::weekdaysFrom(const QString &code)
{
    std::set<int> days;
    for (const QString &part : code.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (std::size_t i = 0; i < weekdayCodes.size(); ++i) {
            if (part == QLatin1StringView(weekdayCodes[i])) days.insert(int(i) + 1);
        }
    }
    return days;
}

void PrescriptionRepository::insert(const Prescription &prescription)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO prescriptions (client, drug, category, dose_mg, schedule_kind, "
        "schedule_weekdays, schedule_every_days, mode, take_home_days, start_date, end_date, "
        "prescriber, reason, annulled_reason, annulled_by, annulled_at, dose_confirmed_reason, "
        "dose_confirmed_by, dose_confirmed_at, id, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "prescriptions")));
    bindPrescription(q, prescription);
    q.exec();
}

bool PrescriptionRepository::endPrescription(const QString &id, const QDate &endDate)
{
    SqlQuery q(m_db,
        m_db.backend().guardedUpdate(QStringLiteral("end_prescription"),
            QStringLiteral("UPDATE prescriptions SET end_date = ? WHERE id = ?")));
    q.bind(dateValue(endDate)).bind(id);
    q.exec();
    return m_db.backend().guardedRows(q.raw()) > 0;
}

void PrescriptionRepository::annul(const QString &id, const SignedReason &annulment)
{
    SqlQuery q(m_db,
        m_db.backend().guardedUpdate(QStringLiteral("annul_prescription"),
            QStringLiteral("UPDATE prescriptions SET annulled_reason = ?, annulled_by = ?, "
                           "annulled_at = ? WHERE id = ?")));
    bindSignedReason(q, annulment);
    q.bind(id);
    q.exec();
}

void PrescriptionRepository::confirmDose(const QString &id, const SignedReason &confirmation)
{
    SqlQuery q(m_db,
        m_db.backend().guardedUpdate(QStringLiteral("confirm_dose"),
            QStringLiteral("UPDATE prescriptions SET dose_confirmed_reason = ?, "
                           "dose_confirmed_by = ?, dose_confirmed_at = ? WHERE id = ?")));
    bindSignedReason(q, confirmation);
    q.bind(id);
    q.exec();
}

std::vector<Prescription> PrescriptionRepository::load(
    const QString &whereAndOrder, const std::vector<QVariant> &values) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM prescriptions ")
            + whereAndOrder);
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    std::vector<Prescription> result;
    while (q.next())
        result.push_back(prescriptionFromRow(q));
    return result;
}

std::optional<Prescription> PrescriptionRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE id = ?"), {id});
    return rows.empty() ? std::nullopt : std::optional<Prescription>(rows.front());
}

std::vector<Prescription> PrescriptionRepository::forClient(const QString &clientId) const
{
    return load(QStringLiteral("WHERE client = ? ORDER BY start_date, id"), {clientId});
}

std::vector<Prescription> PrescriptionRepository::activeOn(const QDate &day) const
{
    return load(QStringLiteral("WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) "
                               "AND annulled_at IS NULL ORDER BY client, start_date, id"),
        {dateValue(day), dateValue(day)});
}

std::vector<Prescription> PrescriptionRepository::ofClientsActiveOn(
    const QDate &day, const QString &clientId, const QDate &endingFrom) const
{
    QString where = QStringLiteral("WHERE ");
    std::vector<QVariant> values;
    if (endingFrom.isValid()) {
        where += QStringLiteral("(end_date IS NULL OR end_date >= ?) AND ");
        values.push_back(dateValue(endingFrom));
    }
    where += QStringLiteral("client IN (SELECT client FROM prescriptions WHERE start_date <= ? "
                            "AND (end_date IS NULL OR end_date >= ?) AND mode <> 'pharmacy' "
                            "AND annulled_at IS NULL");
    values.push_back(dateValue(day));
    values.push_back(dateValue(day));
    if (!clientId.isEmpty()) {
        where += QStringLiteral(" AND client = ?");
        values.push_back(clientId);
    }
    return load(where + QStringLiteral(") ORDER BY client, start_date, id"), values);
}

std::vector<Prescription> PrescriptionRepository::unconfirmedFrom(const QDate &day) const
{
    return load(QStringLiteral("WHERE (end_date IS NULL OR end_date >= ?) AND annulled_at IS NULL "
                               "AND dose_confirmed_at IS NULL ORDER BY client, start_date, id"),
        {dateValue(day)});
}

std::vector<Prescription> PrescriptionRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), {});
}

} // namespace mestring::core
