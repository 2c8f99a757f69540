#include "demodispensings.h"

#include <algorithm>

#include "core/demo/demoappointments.h"

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
    }

    const Prescription &p() const { return m_ctx.data.prescriptions[std::size_t(m_prescription)]; }

    void add(const QDate &day, DispensingStatus status, int days = 1)
    {
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
        m_ctx.covers.dispensingStatus.mark(status);
        m_ctx.data.dispensings.push_back(std::move(d));
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
    void resumeAfterRun(const QDate &day, int missed);
    DispensingStatus dueStatus();

    DemoContext &m_ctx;
    DemoRandom &m_rng;
    int m_course;
    int m_prescription;
    int &m_missedInARow; // consecutive missed scheduled doses of this course's medicine
    const ClientInfo &m_client;
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

void Dispenser::resumeAfterRun(const QDate &day, int missed)
{
    // A dose reassessment (attended doctor consultation) before the next dose (domain.md).
    const int doctor = m_ctx.staffIndex(p().prescriber);
    const int appointment = addAppointment(
        m_ctx, m_course, doctor, AppointmentType::Doctor, day, 1, AppointmentStatus::Attended);
    m_ctx.reassessments.emplace(appointment, missed);
    add(day, DispensingStatus::Taken);
}

void Dispenser::supervised()
{
    const Prescription &rx = p();
    const QDate last = minDate(rx.end, m_ctx.today);
    const Run run = planRun(rx.start, minDate(last, m_ctx.today.addDays(-7)));
    for (QDate d = rx.start; d <= last; d = d.addDays(1)) {
        if (!rx.schedule.isDueOn(d, rx.start) || m_client.absentOn(d)) {
            continue;
        } else if (run.length && d >= run.from && d < run.from.addDays(run.length)) {
            miss(d);
        } else if (run.length && d == run.from.addDays(run.length)) {
            resumeAfterRun(d, run.length);
        } else if (d == m_ctx.today) {
            if (m_rng.chance(400))
                add(d, DispensingStatus::Taken); // the rest of today's list is still to come
        } else {
            const DispensingStatus status = dueStatus();
            status == DispensingStatus::Missed ? miss(d) : add(d, status);
        }
    }
}

void Dispenser::takeHome()
{
    const Prescription &rx = p();
    const QDate last = minDate(rx.end, m_ctx.today);
    bool due = true; // the first supply is handed out the day the prescription starts
    for (QDate d = rx.start; d <= last;) {
        if ((!due && !rx.schedule.isDueOn(d, rx.start)) || m_client.absentOn(d)) {
            due = false;
            d = d.addDays(1);
            continue;
        }
        if (d == m_ctx.today && !m_rng.chance(400)) return;
        if (d < m_ctx.today && !due && m_missedInARow < 2 && m_rng.chance(40)) {
            miss(d); // comes the next day instead
            due = true;
            d = d.addDays(1);
            continue;
        }
        int days = 1;
        while (days < 14 && !rx.schedule.isDueOn(d.addDays(days), rx.start))
            ++days;
        if (rx.end.isValid()) days = std::min<int>(days, int(d.daysTo(rx.end)) + 1);
        const QDate away = m_client.firstAbsenceIn(d, d.addDays(days - 1));
        if (away.isValid()) days = int(d.daysTo(away));
        add(d, DispensingStatus::HandedOut, std::max(1, days));
        due = false;
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
        if (mode == DispensingMode::Pharmacy) continue;
        Dispenser dispenser(ctx, rng, course, i, missedInARow);
        if (mode == DispensingMode::TakeHome)
            dispenser.takeHome();
        else
            dispenser.supervised();
    }
}

} // namespace mestring::core::demo
