#include "core/domain/clock.h"
#include "demodispensings.h"

#include <algorithm>

#include "core/demo/demoappointments.h"
#include "core/domain/clock.h"
#include "core/domain/medication/doseschedule.h"
#include "core/domain/rules/dispensingrules.h"

namespace mestring::core::demo {

namespace {

const QString &noteFor(DispensingStatus status)
{
    static const std::vector<QString> notes = {
        QString(),
        QString(),
        QStringLiteral("Udeblevet fra udlevering"),
        QStringLiteral("Borger ønskede ikke at tage dosis"),
        QString::fromUtf8("Påvirket ved fremmøde – dosis tilbageholdt"),
    };
    return notes[std::size_t(status)];
}

/// Writes dispensings of one prescription and remembers what it needs to.
class Dispenser
{
public:
    Dispenser(DemoContext &ctx, DemoRandom &rng, int course, int prescription, int &missedInARow)
        : m_ctx(ctx)
        , m_rng(rng)
        , m_course(course)
        , m_prescription(prescription)
        , m_missedInARow(missedInARow)
        , m_client(ctx.clients[std::size_t(ctx.courses[std::size_t(course)].client)])
    {
        for (const Absence &a : ctx.data.absences) {
            if (a.client == p().client) m_absences.push_back(a);
        }
    }

    const Prescription &p() const { return m_ctx.data.prescriptions[std::size_t(m_prescription)]; }

    /// The core's plan for `day` (the program's own dispensing list): due or not, and the
    /// supply to hand out, closed days included.
    std::optional<DoseDay> planned(const QDate &day) const
    {
        std::vector<const Dispensing *> recent;
        for (auto it = m_own.rbegin(); it != m_own.rend(); ++it) {
            const Dispensing &d = m_ctx.data.dispensings[std::size_t(*it)];
            if (d.date < day.addDays(-maxTakeHomeSupplyDays)) break;
            recent.push_back(&d);
        }
        const DoseContext context {m_absences, &m_ctx.closedDays, {}};
        const std::vector<DoseDay> days = doseDays(p(), recent, context, day, day, day);
        if (days.empty() || !days.front().scheduled) return std::nullopt;
        return days.front();
    }

    /// A dose given on a planned day: taken, or handed out over the closed days after it.
    void give(const QDate &day, const DoseDay &plan)
    {
        if (plan.closedDays > 0)
            add(day, DispensingStatus::HandedOut, plan.supplyDays);
        else
            add(day, DispensingStatus::Taken);
    }

    void add(const QDate &day, DispensingStatus status, int days = 1)
    {
        if (status == DispensingStatus::Taken && day < m_ctx.today.addDays(-1)
            && m_ctx.decide(Feature::Correction, 3, m_rng))
            addAnnulledSlip(day);
        Dispensing d;
        if (status != DispensingStatus::Missed) m_missedInARow = 0;
        d.id = m_ctx.nextId(IdKind::Dispensing);
        d.prescription = p().id;
        d.date = day;
        d.doseMg = p().doseMg;
        d.status = status;
        d.days = days;
        d.staff = m_ctx.staffId(m_rng.chance(50) ? m_ctx.randomStaff(m_ctx.doctors, m_rng)
                                                 : m_ctx.randomStaff(m_ctx.nurses, m_rng));
        d.note = noteFor(status);
        if (status == DispensingStatus::Taken && day < m_ctx.today.addDays(-7)
            && m_ctx.decide(Feature::LateRegistration, 2, m_rng)) {
            d.lateReason = QStringLiteral("Registreret bagefter fra papirlisten (netværksnedbrud)");
            d.lateConfirmed = SignedReason {QString(),
                m_ctx.staffId(m_ctx.randomStaff(m_ctx.doctors, m_rng)),
                Clock::at(day.addDays(1), QTime(9, 15))};
        }
        m_ctx.covers.dispensingStatus.mark(status);
        m_own.push_back(int(m_ctx.data.dispensings.size()));
        m_ctx.data.dispensings.push_back(std::move(d));
    }

    /// A wrong key pressed (M for T) and annulled by the same nurse a minute later; the right
    /// dose is registered after it.
    void addAnnulledSlip(const QDate &day)
    {
        Dispensing wrong;
        wrong.id = m_ctx.nextId(IdKind::Dispensing);
        wrong.prescription = p().id;
        wrong.date = day;
        wrong.status = DispensingStatus::Missed;
        wrong.staff = m_ctx.staffId(m_ctx.randomStaff(m_ctx.nurses, m_rng));
        m_ctx.data.corrections.push_back({m_ctx.nextId(IdKind::Correction), wrong.id,
            QStringLiteral("Trykkede M i stedet for T; dosis taget under overvågning"),
            wrong.staff, Clock::at(day, QTime(8, 47))});
        m_ctx.data.dispensings.push_back(std::move(wrong));
    }

    /// The last three open days before today missed, one of them registered late as taken and
    /// not yet confirmed: the client is blocked today and the doctor's worklist asks for both.
    bool blockToday(const QDate &day)
    {
        if (!m_blockToday) return false;
        if (day == m_blockFrom.addDays(1)) {
            add(day, DispensingStatus::Taken);
            Dispensing &late = m_ctx.data.dispensings.back();
            late.lateReason = QStringLiteral("Glemt at registrere i går; sygeplejersken husker "
                                             "at have givet dosis");
            late.lateConfirmed.reset();
        }
        return day >= m_blockFrom; // nothing else registered from then on
    }

    /// A missed dose is either registered as missed or simply never registered.
    void miss(const QDate &day)
    {
        ++m_missedInARow;
        if (m_rng.chance(500)) add(day, DispensingStatus::Missed);
    }

    void supervised();
    void takeHome();

private:
    struct Run
    {
        QDate from;
        int length = 0;
    };
    Run planRun(const QDate &from, const QDate &to);
    void resumeAfterRun(const QDate &day, int missed, const DoseDay &plan);
    DispensingStatus dueStatus();

    DemoContext &m_ctx;
    DemoRandom &m_rng;
    int m_course;
    int m_prescription;
    int &m_missedInARow; // consecutive missed scheduled doses of this course's medicine
    const ClientInfo &m_client;
    std::vector<Absence> m_absences; // the client's
    std::vector<int> m_own; // this prescription's dispensings, indices into the data
    bool m_blockToday = false;
    QDate m_blockFrom; // blockToday(): the first of the three missed days
};

DispensingStatus Dispenser::dueStatus()
{
    const DrugCategory category = p().category;
    int weights[] = {945, 0, 40, 5, 10}; // taken, handed_out, missed, refused, withheld
    if (category == DrugCategory::Antabus) {
        weights[0] = 880;
        weights[2] = 70;
        weights[3] = 30;
        weights[4] = 20;
    } else if (p().schedule.kind == Schedule::Kind::EveryDays) {
        weights[0] = 960;
        weights[2] = 40;
        weights[3] = 0;
        weights[4] = 0;
    }
    if (m_missedInARow >= 2) // unplanned runs stop at two; runs of three are placed on purpose
        weights[2] = 0;
    return DispensingStatus(m_rng.weighted(weights, std::size(weights)));
}

Dispenser::Run Dispenser::planRun(const QDate &from, const QDate &to)
{
    const Prescription &rx = p();
    const CourseInfo &info = m_ctx.courses[std::size_t(m_course)];
    const qint64 span = from.daysTo(to);
    if (rx.category != DrugCategory::Substitution || rx.schedule.kind != Schedule::Kind::Daily
        || info.scenario != Scenario::None || span < 20)
        return {};
    const bool forced = m_ctx.need(Feature::MissedRun);
    if (!forced && !m_rng.chance(int(std::min<qint64>(400, span * 2)))) return {};
    Run run {from.addDays(m_rng.uniform(5, int(span) - 10)), m_rng.uniform(3, 5)};
    for (int i = 0; i <= run.length; ++i) {
        if (m_client.absentOn(run.from.addDays(i))) return {};
    }
    m_ctx.count(Feature::MissedRun);
    return run;
}

void Dispenser::resumeAfterRun(const QDate &day, int missed, const DoseDay &plan)
{
    // A dose reassessment (attended doctor consultation) before the next dose (domain.md).
    const int doctor = m_ctx.staffIndex(p().prescriber);
    const int appointment = addAppointment(
        m_ctx, m_course, doctor, AppointmentType::Doctor, day, 1, AppointmentStatus::Attended);
    m_ctx.reassessments.emplace(appointment, missed);
    give(day, plan);
}

void Dispenser::supervised()
{
    const Prescription &rx = p();
    const QDate last = minDate(rx.end, m_ctx.today);
    const Run run = planRun(rx.start, minDate(last, m_ctx.today.addDays(-7)));
    if (rx.category == DrugCategory::Substitution && rx.schedule.kind == Schedule::Kind::Daily
        && rx.isActiveOn(m_ctx.today) && rx.start < m_ctx.today.addDays(-30) && !run.length
        && m_ctx.courses[std::size_t(m_course)].scenario == Scenario::None
        && !m_client.firstAbsenceIn(m_ctx.today.addDays(-6), m_ctx.today).isValid()
        && m_ctx.need(Feature::BlockedToday)) {
        m_ctx.count(Feature::BlockedToday);
        m_blockToday = true;
        m_blockFrom = m_ctx.today;
        for (int open = 0; open < 3;) {
            m_blockFrom = m_blockFrom.addDays(-1);
            if (!m_ctx.closedDays.isClosed(m_blockFrom)) ++open;
        }
    }
    bool resumed = false;
    for (QDate d = rx.start; d <= last; d = d.addDays(1)) {
        const std::optional<DoseDay> plan = planned(d);
        if (!plan || blockToday(d)) {
            continue;
        } else if (run.length && d >= run.from && d < run.from.addDays(run.length)) {
            miss(d);
        } else if (run.length && !resumed && d >= run.from.addDays(run.length)) {
            resumed = true; // the first open day after the run, closed days passed
            resumeAfterRun(d, run.length, *plan);
        } else if (d == m_ctx.today) {
            if (m_rng.chance(400)) give(d, *plan); // the rest of today's list is still to come
        } else {
            const DispensingStatus status = dueStatus();
            if (status == DispensingStatus::Missed)
                miss(d);
            else if (status == DispensingStatus::Taken)
                give(d, *plan);
            else
                add(d, status);
        }
    }
}

void Dispenser::takeHome()
{
    const Prescription &rx = p();
    const QDate last = minDate(rx.end, m_ctx.today);
    bool comeAnyway = true; // the first supply is handed out the day the prescription starts
    for (QDate d = rx.start; d <= last;) {
        std::optional<DoseDay> plan = planned(d);
        if (m_client.absentOn(d) || (!plan && !comeAnyway)) {
            d = d.addDays(1);
            continue;
        }
        comeAnyway = false;
        if (d == m_ctx.today && !m_rng.chance(400)) return;
        if (plan && d < m_ctx.today && m_missedInARow < 2 && m_rng.chance(40)) {
            miss(d); // comes the next day instead
            comeAnyway = true;
            d = d.addDays(1);
            continue;
        }
        // A day off the schedule (came a day late): a supply to the next handing-out day.
        int days = plan ? plan->supplyDays
                        : plannedSupplyDays(rx, d, DoseContext {m_absences, &m_ctx.closedDays, {}});
        if (rx.end.isValid()) days = std::min<int>(days, int(d.daysTo(rx.end)) + 1);
        const QDate away = m_client.firstAbsenceIn(d, d.addDays(days - 1));
        if (away.isValid()) days = int(d.daysTo(away));
        add(d, DispensingStatus::HandedOut, std::max(1, days));
        d = d.addDays(std::max(1, days));
    }
}

} // namespace

void addDispensings(DemoContext &ctx, DemoRandom &rng, int course)
{
    const CourseInfo &info = ctx.courses[std::size_t(course)];
    int missedInARow = 0;
    std::optional<DrugCategory> category;
    for (int i = info.prescriptionsBegin; i < info.prescriptionsEnd; ++i) {
        const Prescription &rx = ctx.data.prescriptions[std::size_t(i)];
        if (rx.category != category)
            missedInARow = 0; // a chain of one kind of medicine is counted on its own
        category = rx.category;
        const DispensingMode mode = rx.mode;
        if (mode == DispensingMode::Pharmacy || rx.isAnnulled()) continue;
        Dispenser dispenser(ctx, rng, course, i, missedInARow);
        if (mode == DispensingMode::TakeHome)
            dispenser.takeHome();
        else
            dispenser.supervised();
    }
}

} // namespace mestring::core::demo
