#include "core/domain/clock.h"
#include "demoprescriptions.h"

#include <algorithm>

#include "core/demo/democourses.h"
#include "core/domain/clock.h"
#include "core/domain/medication/doseplausibility.h"

namespace mestring::core::demo {

namespace {

struct Step
{
    Drug drug = Drug::Other;
    double dose = 0;
    Schedule schedule;
    DispensingMode mode = DispensingMode::Supervised;
    std::optional<int> takeHomeDays;
    QDate start;
    const char16_t *reason = u"";
    std::optional<DrugCategory> category; // for Drug::Other only
};

Schedule daily()
{
    return {};
}

Schedule onWeekdays(std::set<int> days)
{
    Schedule s;
    s.kind = Schedule::Kind::Weekdays;
    s.weekdays = std::move(days);
    return s;
}

Schedule everyDays(int n)
{
    Schedule s;
    s.kind = Schedule::Kind::EveryDays;
    s.everyDays = n;
    return s;
}

/// `d`, moved past an absence: nobody starts medicine while away.
QDate present(const DemoContext &ctx, int courseIndex, const QDate &d)
{
    return ctx.clients[std::size_t(ctx.courses[std::size_t(courseIndex)].client)].presentFrom(d);
}

/// The client's prescriptions written so far (they are written client by client, so they are
/// the last ones), for the previous dose of a new one.
std::vector<Prescription> clientPrescriptions(const DemoContext &ctx, const QString &client)
{
    auto first = ctx.data.prescriptions.end();
    while (first != ctx.data.prescriptions.begin() && std::prev(first)->client == client)
        --first;
    return std::vector<Prescription>(first, ctx.data.prescriptions.end());
}

/// The doctor confirms every dose that needs it (above the limit, or more than 50 % from the
/// previous one) when prescribing it, as the program asks.
void confirmIfNeeded(const DemoContext &ctx, Prescription &p)
{
    const std::vector<Prescription> others = clientPrescriptions(ctx, p.client);
    if (!awaitsDoseConfirmation(p, others, MedicationSettings::defaults())) return;
    p.doseConfirmed = SignedReason {QStringLiteral("Planlagt dosisændring efter lægesamtale"),
        p.prescriber, Clock::at(p.start.addDays(-1), QTime(14, 0))};
}

/// A tenfold dose typed by mistake for the day a change starts, annulled by the doctor the
/// same afternoon before anything was dispensed on it (it is never in force).
void addAnnulledTypo(DemoContext &ctx, const Prescription &right)
{
    Prescription typo = right;
    typo.id = ctx.nextId(IdKind::Prescription);
    typo.doseMg = right.doseMg * 10;
    typo.doseConfirmed.reset();
    typo.annulled = SignedReason {QStringLiteral("Tastefejl: %1 mg i stedet for %2 mg. Ny "
                                                 "ordination skrevet.")
                                      .arg(typo.doseMg)
                                      .arg(right.doseMg),
        right.prescriber, Clock::at(right.start.addDays(-1), QTime(15, 30))};
    ctx.data.prescriptions.push_back(std::move(typo));
}

/// Writes the steps as prescriptions; each ends the day before the next starts, the last on
/// `end` (null: still active).
void emit(DemoContext &ctx, const Course &course, int prescriber, const std::vector<Step> &steps,
    const QDate &end)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        Prescription p;
        p.id = ctx.nextId(IdKind::Prescription);
        p.client = course.client;
        p.drug = s.drug;
        p.category = categoryOfDrug(s.drug).value_or(s.category.value_or(DrugCategory::Other));
        p.doseMg = s.dose;
        p.schedule = s.schedule;
        p.mode = s.mode;
        p.takeHomeDays = s.takeHomeDays;
        p.start = s.start;
        p.end = i + 1 < steps.size() ? steps[i + 1].start.addDays(-1) : end;
        p.prescriber = ctx.staffId(prescriber);
        p.reason = QString::fromUtf16(s.reason);
        confirmIfNeeded(ctx, p);
        ctx.covers.drug.mark(s.drug);
        ctx.covers.category.mark(p.category);
        const bool typo = i > 0 && p.drug == Drug::Methadone && p.start < ctx.today
            && ctx.need(Feature::AnnulledPrescription);
        if (typo) {
            ctx.count(Feature::AnnulledPrescription);
            addAnnulledTypo(ctx, p);
        }
        ctx.data.prescriptions.push_back(std::move(p));
    }
}

/// The last day a change may start: before the course ends, not after today, and for
/// "review overdue" courses long enough ago that the latest review is over 6 months old
/// (for courses that show missed appointments, before the client began to stay away).
QDate changeLimit(const DemoContext &ctx, int courseIndex)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const Scenario scenario = ctx.courses[std::size_t(courseIndex)].scenario;
    const bool quiet = scenario == Scenario::SilentMonth || scenario == Scenario::NoShowStreak;
    QDate limit = scenario == Scenario::ReviewOverdue ? ctx.today.addDays(-200)
        : quiet ? ctx.today.addDays(-40) // no consultations while the client stays away
                : ctx.today;
    if (course.endDate.isValid()) limit = minDate(limit, course.endDate.addDays(-1));
    return limit;
}

void induction(DemoRandom &rng, Drug drug, QDate &d, std::vector<Step> &steps)
{
    auto add = [&](Drug dr, double dose, Schedule s, const char16_t *reason) {
        steps.push_back({dr, dose, std::move(s), DispensingMode::Supervised, {}, d, reason, {}});
    };
    if (drug == Drug::Methadone) {
        const int target = rng.uniform(6, 12) * 10;
        for (int dose = 30; dose < target && steps.size() < 5;
             dose += 10, d = d.addDays(rng.uniform(3, 5)))
            add(drug, dose, daily(), u"Indtrapning af metadon");
        add(drug, target, daily(), u"Vedligeholdelsesdosis");
    } else if (drug == Drug::BuprenorphineDepot) {
        add(Drug::Buprenorphine, 8, daily(), u"Opstart med sublingual buprenorphin før depot");
        d = d.addDays(rng.uniform(3, 6));
        add(Drug::Buprenorphine, 16, daily(), u"Dosisøgning før depot");
        d = d.addDays(rng.uniform(5, 10));
        add(drug, rng.uniform(2, 4) * 8, everyDays(7), u"Ugentlig depotinjektion");
        if (rng.chance(600)) {
            d = d.addDays(rng.uniform(28, 56));
            add(drug, rng.uniform(3, 5) * 32, everyDays(28), u"Overgang til månedlig depot");
        }
    } else {
        add(drug, 8, daily(), u"Opstart af buprenorphin");
        d = d.addDays(rng.uniform(2, 4));
        add(drug, rng.chance(500) ? 12 : 16, daily(), u"Dosisjustering");
    }
}

void maintenanceChange(DemoContext &ctx, DemoRandom &rng, const QDate &d, std::vector<Step> &steps)
{
    Step next = steps.back();
    next.start = d;
    const bool methadone = next.drug == Drug::Methadone;
    if (next.drug == Drug::BuprenorphineDepot) {
        next.dose = std::clamp(next.dose + rng.uniform(-1, 1) * 8.0, 8.0, 160.0);
        next.reason = u"Dosisjustering af depot";
    } else if (next.mode == DispensingMode::Supervised && ctx.decide(Feature::TakeHome, 450, rng)) {
        static const int supplies[] = {7, 4, 3};
        next.takeHomeDays = supplies[rng.uniform(0, 2)];
        next.mode = DispensingMode::TakeHome;
        next.schedule = onWeekdays(handOutDays(*next.takeHomeDays, d.dayOfWeek()));
        next.reason = u"Overgang til hjemmedosering efter stabil periode";
    } else if (next.mode == DispensingMode::TakeHome && rng.chance(250)) {
        next.mode = DispensingMode::Supervised;
        next.takeHomeDays.reset();
        next.schedule = daily();
        next.reason = u"Tilbage til overvåget indtagelse efter sidemisbrug";
    } else {
        const double step = methadone ? 10 : 2;
        const double delta = (rng.chance(500) ? 1 : -1) * step * rng.uniform(1, 2);
        next.dose = std::clamp(next.dose + delta, methadone ? 30.0 : 4.0, methadone ? 150.0 : 24.0);
        next.reason = delta > 0 ? u"Dosisøgning pga. trang" : u"Dosisreduktion efter ønske";
    }
    steps.push_back(std::move(next));
}

void addSubstitution(DemoContext &ctx, DemoRandom &rng, int courseIndex)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const QDate limit = changeLimit(ctx, courseIndex);
    QDate d = present(ctx, courseIndex, course.startDate.addDays(rng.uniform(1, 5)));
    if (d.isNull() || d > limit) return;
    const Drug drug = ctx.covers.drug.choose(rng, {45, 20, 20, 15, 0, 0, 0, 0, 0, 0, 0});
    std::vector<Step> steps;
    induction(rng, drug, d, steps);
    for (d = d.addDays(rng.uniform(60, 240)); d <= limit; d = d.addDays(rng.uniform(60, 240)))
        maintenanceChange(ctx, rng, d, steps);
    while (steps.back().start > limit)
        steps.pop_back(); // the course ended during induction
    emit(ctx, course, ctx.randomStaff(ctx.doctors, rng), steps, course.endDate);
}

void addAntabus(DemoContext &ctx, DemoRandom &rng, int courseIndex, int prescriber)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const QDate limit = changeLimit(ctx, courseIndex);
    QDate d = present(ctx, courseIndex, course.startDate.addDays(rng.uniform(7, 28)));
    for (int episode = 0; d.isValid() && episode < 2 && d <= limit.addDays(-7); ++episode) {
        std::vector<Step> steps;
        const bool twice = rng.chance(750);
        const std::set<int> days = twice
            ? (rng.chance(600) ? std::set<int> {1, 4} : std::set<int> {2, 5})
            : std::set<int> {1, 3, 5};
        steps.push_back({Drug::Disulfiram, twice ? 800.0 : 400.0, onWeekdays(days),
            DispensingMode::Supervised, {}, d, u"Antabusbehandling", {}});
        QDate end = d.addDays(rng.uniform(30, 360));
        if (rng.chance(250) && d.addDays(30) < minDate(end, limit)) {
            Step change = steps.back();
            change.start = d.addDays(rng.uniform(30, int(d.daysTo(minDate(end, limit)))));
            change.dose = twice ? 400 : 800;
            change.schedule = onWeekdays(twice ? std::set<int> {1, 3, 5} : std::set<int> {1, 4});
            change.reason = u"Ændret doseringsrytme efter ønske";
            steps.push_back(std::move(change));
        }
        if (course.endDate.isValid())
            end = minDate(end, course.endDate);
        else if (end >= ctx.today)
            end = QDate(); // still taking it
        emit(ctx, course, prescriber, steps, end);
        if (end.isNull() || !rng.chance(250)) return;
        d = present(ctx, courseIndex, end.addDays(rng.uniform(14, 60)));
    }
}

void addSingle(DemoContext &ctx, DemoRandom &rng, int courseIndex, int prescriber, Step step,
    int minDays, int maxDays)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const QDate limit = changeLimit(ctx, courseIndex);
    if (step.start > limit) return;
    QDate end = step.start.addDays(rng.uniform(minDays, maxDays));
    if (course.endDate.isValid())
        end = minDate(end, course.endDate);
    else if (end >= ctx.today)
        end = QDate();
    emit(ctx, course, prescriber, {step}, end);
}

void addCraving(DemoContext &ctx, DemoRandom &rng, int courseIndex, int prescriber)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const Drug drug = ctx.covers.drug.choose(rng, {0, 0, 0, 0, 0, 40, 40, 20, 0, 0, 0});
    const double dose = drug == Drug::Naltrexone ? 50 : drug == Drug::Acamprosate ? 1998 : 18;
    addSingle(ctx, rng, courseIndex, prescriber,
        {drug, dose, daily(), DispensingMode::Pharmacy, {},
            course.startDate.addDays(rng.uniform(14, 60)), u"Trangdæmpende behandling", {}},
        60, 180);
}

void addWithdrawal(DemoContext &ctx, DemoRandom &rng, int courseIndex, int prescriber)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const QDate limit = changeLimit(ctx, courseIndex);
    const DispensingMode mode
        = rng.chance(500) ? DispensingMode::Supervised : DispensingMode::Pharmacy;
    std::vector<Step> steps;
    QDate d = course.startDate;
    for (double dose : {100.0, 50.0, 25.0}) {
        if (d > limit) break;
        steps.push_back(
            {Drug::Chlordiazepoxide, dose, daily(), mode, {}, d, u"Abstinensbehandling", {}});
        d = d.addDays(rng.uniform(2, 4));
    }
    if (!steps.empty())
        emit(ctx, course, prescriber, steps, minDate(d.addDays(-1), course.endDate));
}

void addBenzoTaper(DemoContext &ctx, DemoRandom &rng, int courseIndex, int prescriber)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const QDate limit = changeLimit(ctx, courseIndex);
    const bool home = rng.chance(500);
    std::vector<Step> steps;
    QDate d = course.startDate.addDays(rng.uniform(1, 7));
    for (double dose : {45.0, 30.0, 15.0, 7.5}) {
        if (d > limit) break;
        steps.push_back({Drug::Oxazepam, dose, home ? onWeekdays({d.dayOfWeek()}) : daily(),
            home ? DispensingMode::TakeHome : DispensingMode::Supervised,
            home ? std::optional<int>(7) : std::nullopt, d, u"Nedtrapning af benzodiazepiner", {}});
        d = d.addDays(rng.uniform(14, 28));
    }
    const QDate end = d.addDays(-1) >= ctx.today && course.endDate.isNull()
        ? QDate()
        : minDate(d.addDays(-1), course.endDate);
    if (!steps.empty()) emit(ctx, course, prescriber, steps, end);
}

void addOther(DemoContext &ctx, DemoRandom &rng, int courseIndex, int prescriber)
{
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const bool sleep = !ctx.covers.category.seen(DrugCategory::Other) || rng.chance(600);
    addSingle(ctx, rng, courseIndex, prescriber,
        {Drug::Other, sleep ? 3.0 : 300.0, daily(), DispensingMode::Pharmacy, {},
            course.startDate.addDays(rng.uniform(7, 60)),
            sleep ? u"Melatonin mod søvnbesvær" : u"Gabapentin mod trang",
            sleep ? DrugCategory::Other : DrugCategory::Craving},
        30, 120);
}

} // namespace

std::set<int> handOutDays(int takeHomeDays, int weekday)
{
    if (takeHomeDays >= 7) return {weekday};
    if (takeHomeDays >= 4) return {1, 4};
    return {1, 3, 5};
}

void addPrescriptions(DemoContext &ctx, DemoRandom &rng, int courseIndex)
{
    CourseInfo &info = ctx.courses[std::size_t(courseIndex)];
    info.prescriptionsBegin = int(ctx.data.prescriptions.size());
    const Course &course = ctx.data.courses[std::size_t(courseIndex)];
    const bool anonymous = ctx.data.clients[std::size_t(info.client)].anonymous;
    if (!course.startDate.isValid() || anonymous || isResidential(info.profile)
        || info.profile == Profile::AdviceOnly) {
        info.prescriptionsEnd = info.prescriptionsBegin;
        return;
    }
    const int doctor = ctx.randomStaff(ctx.doctors, rng);
    const Cover<Drug> &seen = ctx.covers.drug;
    // Each kind of medicine is forced until it has really been prescribed once, then by chance.
    auto unseen = [&seen](std::initializer_list<Drug> drugs) {
        return std::any_of(drugs.begin(), drugs.end(), [&seen](Drug d) { return !seen.seen(d); });
    };
    if (course.primarySubstance == Substance::Opioids && isMedical(course))
        addSubstitution(ctx, rng, courseIndex);
    if (info.profile == Profile::BenzoTaper) addBenzoTaper(ctx, rng, courseIndex, doctor);
    if (course.kind == CourseKind::Alcohol) {
        if (unseen({Drug::Chlordiazepoxide}) || ctx.decide(Feature::Withdrawal, 150, rng))
            addWithdrawal(ctx, rng, courseIndex, doctor);
        if (unseen({Drug::Disulfiram}) || ctx.decide(Feature::Antabus, 300, rng))
            addAntabus(ctx, rng, courseIndex, doctor);
        if (unseen({Drug::Naltrexone, Drug::Acamprosate, Drug::Nalmefene})
            || ctx.decide(Feature::Craving, 250, rng))
            addCraving(ctx, rng, courseIndex, doctor);
    }
    if (unseen({Drug::Other}) || !ctx.covers.category.seen(DrugCategory::Other)
        || ctx.decide(Feature::OtherDrug, 25, rng))
        addOther(ctx, rng, courseIndex, doctor);
    info.prescriptionsEnd = int(ctx.data.prescriptions.size());
}

} // namespace mestring::core::demo
