#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

namespace {

/// Every value of one closed list that occurs in a dataset.
template <typename E> struct Seen
{
    std::set<E> values;
    void add(E v) { values.insert(v); }
    void add(const std::optional<E> &v)
    {
        if (v) values.insert(*v);
    }
    void requireAll(const char *list) const
    {
        for (E v : enumValues<E>()) {
            INFO(list << ": " << enumCode(v).toStdString());
            CHECK(values.count(v) == 1);
        }
    }
};

void checkClientsAndCourses(const Dataset &d)
{
    Seen<Role> roles;
    Seen<Sex> sexes;
    Seen<CourseKind> kinds;
    Seen<LegalBasis> bases;
    Seen<Setting> settings;
    Seen<Program> programs;
    Seen<Substance> substances;
    Seen<Phase> phases;
    Seen<EndReason> reasons;
    Seen<Outcome> outcomes;
    Seen<GuaranteeExempt> exemptions;
    for (const StaffMember &s : d.staff)
        roles.add(s.role);
    for (const Client &c : d.clients)
        sexes.add(c.sex);
    for (const Course &c : d.courses) {
        kinds.add(c.kind);
        bases.add(c.legalBasis);
        settings.add(c.setting);
        programs.add(c.program);
        substances.add(c.primarySubstance);
        for (const PhaseEntry &p : c.phases)
            phases.add(p.phase);
        reasons.add(c.endReason);
        outcomes.add(c.outcome);
        exemptions.add(c.guaranteeExempt);
    }
    roles.requireAll("role");
    sexes.requireAll("sex");
    kinds.requireAll("kind");
    bases.requireAll("legal basis");
    settings.requireAll("setting");
    programs.requireAll("program");
    substances.requireAll("substance");
    phases.requireAll("phase");
    reasons.requireAll("end reason");
    outcomes.requireAll("outcome");
    exemptions.requireAll("guarantee exemption");
}

void checkPlansAndAppointments(const Dataset &d)
{
    Seen<Theme> themes;
    Seen<GoalStatus> statuses;
    Seen<AssessmentType> types;
    Seen<LifeArea> scored;
    Seen<LifeArea> unscored;
    Seen<AppointmentType> appointmentTypes;
    Seen<AppointmentStatus> appointmentStatuses;
    Seen<AbsenceReason> absenceReasons;
    for (const Goal &g : d.goals) {
        themes.add(g.theme);
        statuses.add(g.status);
    }
    for (const Assessment &a : d.assessments) {
        types.add(a.type);
        for (LifeArea area : enumValues<LifeArea>())
            (a.area(area) ? scored : unscored).add(area);
    }
    for (const Appointment &a : d.appointments) {
        appointmentTypes.add(a.type);
        appointmentStatuses.add(a.status);
    }
    for (const Absence &a : d.absences)
        absenceReasons.add(a.reason);
    themes.requireAll("theme");
    statuses.requireAll("goal status");
    types.requireAll("assessment type");
    scored.requireAll("life area scored");
    unscored.requireAll("life area not asked");
    appointmentTypes.requireAll("appointment type");
    appointmentStatuses.requireAll("appointment status");
    absenceReasons.requireAll("absence reason");
}

void checkGroupsMedicationAndNotes(const Dataset &d)
{
    Seen<GroupType> groupTypes;
    Seen<AttendanceStatus> attendance;
    Seen<Drug> drugs;
    Seen<DrugCategory> categories;
    Seen<DispensingMode> modes;
    Seen<DispensingStatus> dispensingStatuses;
    Seen<NoteKind> noteKinds;
    std::set<Schedule::Kind> schedules;
    for (const GroupCourse &g : d.groups) {
        groupTypes.add(g.type);
        for (const GroupAttendance &a : g.attendance)
            attendance.add(a.status);
    }
    for (const Prescription &p : d.prescriptions) {
        drugs.add(p.drug);
        categories.add(p.category);
        modes.add(p.mode);
        schedules.insert(p.schedule.kind);
    }
    for (const Dispensing &x : d.dispensings)
        dispensingStatuses.add(x.status);
    int addenda = 0;
    for (const JournalNote &n : d.notes) {
        noteKinds.add(n.kind);
        addenda += n.addendumTo.isEmpty() ? 0 : 1;
    }
    groupTypes.requireAll("group type");
    attendance.requireAll("attendance");
    drugs.requireAll("drug");
    categories.requireAll("drug category");
    modes.requireAll("dispensing mode");
    dispensingStatuses.requireAll("dispensing status");
    noteKinds.requireAll("note kind");
    CHECK(schedules.size() == 3); // daily, weekdays and every N days
    CHECK(addenda > 0);
}

} // namespace

TEST_CASE("Every value of every closed list occurs in the small demo", "[core][demo]")
{
    const QDate saturday(2024, 11, 30);
    for (quint32 seed : {42u, 1u, 2024u}) {
        const Dataset d = seed == 42 ? smallDemo() : generateDemo(DemoSize::Small, seed, saturday);
        INFO("seed " << seed);
        checkClientsAndCourses(d);
        checkPlansAndAppointments(d);
        checkGroupsMedicationAndNotes(d);
    }
}

TEST_CASE("Every record type occurs in the small demo", "[core][demo]")
{
    const Dataset &d = smallDemo();
    CHECK_FALSE(d.staff.empty());
    CHECK_FALSE(d.clients.empty());
    CHECK_FALSE(d.courses.empty());
    CHECK_FALSE(d.goals.empty());
    CHECK_FALSE(d.assessments.empty());
    CHECK_FALSE(d.appointments.empty());
    CHECK_FALSE(d.absences.empty());
    CHECK_FALSE(d.groups.empty());
    CHECK_FALSE(d.prescriptions.empty());
    CHECK_FALSE(d.dispensings.empty());
    CHECK_FALSE(d.targets.empty());
    CHECK_FALSE(d.notes.empty());
}

TEST_CASE("The demo sets the seed effect targets for every year it spans", "[core][demo]")
{
    const Dataset &d = smallDemo();
    std::set<int> years;
    std::set<QString> indicators;
    for (const EffectTarget &t : d.targets) {
        years.insert(t.year);
        indicators.insert(t.indicator);
        if (t.indicator == QStringLiteral("alcohol_success_rate")) {
            CHECK(t.baseline == 0.36);
            CHECK(t.target == 0.47);
        }
    }
    CHECK(years == std::set<int> {2023, 2024, 2025});
    CHECK(indicators.count(QStringLiteral("drug_success_rate")) == 1);
    CHECK(indicators.count(QStringLiteral("medical_review_overdue")) == 1);
    CHECK(indicators.size() == 13);
    CHECK(d.targets.size() == 3 * 15); // two of the indicators have targets for two breakdowns
}
