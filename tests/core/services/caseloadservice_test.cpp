#include "servicefixture.h"

#include "core/domain/ids.h"
#include "core/services/caseloadservice.h"
#include "core/storage/assessmentrepository.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/goalrepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/prescriptionrepository.h"

using namespace mestring::core;
using mestring::test::at;
using mestring::test::ServiceFixture;

namespace {

// Monday 2 March 2026; every test counts days back from it.
const QDate T(2026, 3, 2);
using K = CaseloadFlagKind;

struct CaseloadFixture : ServiceFixture
{
    CaseloadService caseload {db, log, clock};
    QString client = addClient();

    CaseloadOverview own(const Actor &who)
    {
        return caseload.overview(who, CaseloadQuery::own(who, T));
    }
    CaseloadOverview mine() { return own(therapist); }
    CaseloadOverview centre(const Actor &who, std::set<K> flags = {})
    {
        CaseloadQuery q = CaseloadQuery::centre(T);
        q.flags = std::move(flags);
        return caseload.overview(who, q);
    }

    /// A course started `days` days before T.
    QString startedDaysAgo(int days, CourseKind kind = CourseKind::Alcohol)
    {
        return addCourse(client, kind, T.addDays(-days));
    }
    /// A request registered `days` days before T, treatment not started.
    QString requestedDaysAgo(int days, std::optional<GuaranteeExempt> exempt = std::nullopt)
    {
        Course c;
        c.client = client;
        c.responsible = therapist.staffId;
        c.requestDate = T.addDays(-days);
        c.guaranteeExempt = exempt;
        return addCourse(c);
    }
    /// A course started 300 days before T and ended `days` days before T.
    QString endedDaysAgo(
        int days, std::optional<EndReason> reason = EndReason::Completed, bool declined = false)
    {
        Course c;
        c.client = client;
        c.responsible = therapist.staffId;
        c.requestDate = c.startDate = T.addDays(-300);
        c.endDate = T.addDays(-days);
        c.endReason = reason;
        c.outcome = Outcome::Reduced;
        c.declinedFollowup = declined;
        return addCourse(c);
    }
    void assess(
        const QString &course, const QDate &day, AssessmentType type = AssessmentType::Followup)
    {
        Assessment a;
        a.id = newId();
        a.course = course;
        a.date = day;
        a.type = type;
        AssessmentRepository(db).insert(a);
    }
    void goal(const QString &course, const QDate &deadline, std::vector<QDate> scored = {},
        GoalStatus status = GoalStatus::Active)
    {
        Goal g;
        g.id = newId();
        g.course = course;
        g.text = QStringLiteral("Drikke mindre");
        g.deadline = deadline;
        g.status = status;
        if (status != GoalStatus::Active) g.closedDate = T.addDays(-1);
        for (const QDate &d : scored)
            g.scores.push_back({d, 2});
        GoalRepository(db).insert(g);
    }
    void note(const QDateTime &when, NoteKind kind = NoteKind::Phone)
    {
        JournalNote n;
        n.id = newId();
        n.client = client;
        n.author = therapist.staffId;
        n.writtenAt = when;
        n.kind = kind;
        n.text = QStringLiteral("Ringet til borgeren");
        NoteRepository(db).insert(n);
    }
    QString prescribe(
        DrugCategory category, const QDate &start, DispensingMode mode = DispensingMode::Supervised)
    {
        Prescription p;
        p.id = newId();
        p.client = client;
        p.drug = category == DrugCategory::Antabus ? Drug::Disulfiram : Drug::Methadone;
        p.category = category;
        p.doseMg = category == DrugCategory::Antabus ? 400 : 60;
        p.mode = mode;
        p.start = start;
        p.prescriber = doctor.staffId;
        PrescriptionRepository(db).insert(p);
        return p.id;
    }
    void dose(const QString &prescription, const QDate &day, DispensingStatus status)
    {
        Dispensing d;
        d.id = newId();
        d.prescription = prescription;
        d.date = day;
        d.doseMg = 400;
        d.status = status;
        d.staff = nurse.staffId;
        DispensingRepository(db).insert(d);
    }
};

const CaseloadRow *rowOf(const CaseloadOverview &o, const QString &course)
{
    for (const CaseloadRow &r : o.rows) {
        if (r.courseId == course) return &r;
    }
    return nullptr;
}

bool flagged(const CaseloadOverview &o, const QString &course, K kind)
{
    const CaseloadRow *row = rowOf(o, course);
    return row && row->has(kind);
}

} // namespace

TEST_CASE(
    "The treatment guarantee warns from day 10 and is exceeded after day 14", "[core][caseload]")
{
    CaseloadFixture f;
    const QString day9 = f.requestedDaysAgo(9);
    const QString day10 = f.requestedDaysAgo(10);
    const QString day14 = f.requestedDaysAgo(14);
    const QString day15 = f.requestedDaysAgo(15);
    const CaseloadOverview o = f.mine();

    REQUIRE(rowOf(o, day9));
    CHECK(rowOf(o, day9)->state == CaseloadRowState::Requested);
    CHECK(rowOf(o, day9)->flags.empty());
    const CaseloadFlag *warning = rowOf(o, day10)->flag(K::GuaranteeWarning);
    REQUIRE(warning);
    CHECK(warning->due == T.addDays(4));
    CHECK(warning->since == T.addDays(-10));
    CHECK(flagged(o, day14, K::GuaranteeWarning));
    CHECK_FALSE(flagged(o, day14, K::GuaranteeOverdue));
    CHECK(flagged(o, day15, K::GuaranteeOverdue));
    CHECK_FALSE(flagged(o, day15, K::GuaranteeWarning));
    CHECK(rowOf(o, day15)->flag(K::GuaranteeOverdue)->due == T.addDays(-1));
}

TEST_CASE("Exempt and started courses carry no guarantee flag", "[core][caseload]")
{
    CaseloadFixture f;
    const QString freeChoice = f.requestedDaysAgo(20, GuaranteeExempt::FreeChoice);
    const QString started = f.startedDaysAgo(20);
    const CaseloadOverview o = f.mine();
    REQUIRE(rowOf(o, freeChoice));
    CHECK_FALSE(flagged(o, freeChoice, K::GuaranteeOverdue));
    CHECK_FALSE(flagged(o, freeChoice, K::GuaranteeWarning));
    REQUIRE(rowOf(o, started));
    CHECK(rowOf(o, started)->state == CaseloadRowState::Active);
    CHECK_FALSE(flagged(o, started, K::GuaranteeOverdue));
}

TEST_CASE("A follow-up assessment is due more than 91 days after the latest one or the start",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString assessed91 = f.startedDaysAgo(200);
    f.assess(assessed91, T.addDays(-91));
    const QString assessed92 = f.startedDaysAgo(200, CourseKind::Drug);
    f.assess(assessed92, T.addDays(-150), AssessmentType::Intake);
    f.assess(assessed92, T.addDays(-92));
    const CaseloadOverview o = f.mine();
    CHECK_FALSE(flagged(o, assessed91, K::FollowupAssessmentDue));
    REQUIRE(flagged(o, assessed92, K::FollowupAssessmentDue));
    CHECK(rowOf(o, assessed92)->flag(K::FollowupAssessmentDue)->due == T.addDays(-1));

    CaseloadFixture g;
    const QString started91 = g.startedDaysAgo(91);
    CHECK_FALSE(flagged(g.mine(), started91, K::FollowupAssessmentDue));
    CaseloadFixture h;
    const QString started92 = h.startedDaysAgo(92);
    CHECK(flagged(h.mine(), started92, K::FollowupAssessmentDue));
}

TEST_CASE("No attended contact for more than 30 days is flagged; the start counts as contact",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString seen30 = f.startedDaysAgo(100);
    f.addAppointment(
        seen30, T.addDays(-30), AppointmentType::Individual, AppointmentStatus::Attended);
    const QString seen31 = f.startedDaysAgo(100, CourseKind::Drug);
    f.addAppointment(
        seen31, T.addDays(-31), AppointmentType::Individual, AppointmentStatus::Attended);
    f.addAppointment(seen31, T.addDays(-3), AppointmentType::Individual, AppointmentStatus::NoShow);
    const CaseloadOverview o = f.mine();
    CHECK_FALSE(flagged(o, seen30, K::NoAttendedContact30));
    CHECK(rowOf(o, seen30)->lastAttendedContact == T.addDays(-30));
    REQUIRE(flagged(o, seen31, K::NoAttendedContact30)); // a no-show is no contact
    CHECK(rowOf(o, seen31)->flag(K::NoAttendedContact30)->due == T.addDays(-1));

    CaseloadFixture g;
    const QString new30 = g.startedDaysAgo(30);
    CHECK_FALSE(flagged(g.mine(), new30, K::NoAttendedContact30));
    CaseloadFixture h;
    const QString new31 = h.startedDaysAgo(31);
    CHECK(flagged(h.mine(), new31, K::NoAttendedContact30));
}

TEST_CASE("Three no-shows in a row are flagged; a client's cancellation breaks the run, the "
          "centre's does not",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString three = f.startedDaysAgo(60);
    f.addAppointment(
        three, T.addDays(-20), AppointmentType::Individual, AppointmentStatus::Attended);
    for (int d : {15, 10, 7})
        f.addAppointment(
            three, T.addDays(-d), AppointmentType::Individual, AppointmentStatus::NoShow);
    f.addAppointment(
        three, T.addDays(-5), AppointmentType::Individual, AppointmentStatus::CancelledCentre);
    f.addAppointment(three, T.addDays(3)); // planned: not final
    const QString broken = f.startedDaysAgo(60, CourseKind::Drug);
    f.addAppointment(
        broken, T.addDays(-15), AppointmentType::Individual, AppointmentStatus::NoShow);
    f.addAppointment(
        broken, T.addDays(-12), AppointmentType::Individual, AppointmentStatus::CancelledClient);
    f.addAppointment(
        broken, T.addDays(-10), AppointmentType::Individual, AppointmentStatus::NoShow);
    f.addAppointment(broken, T.addDays(-7), AppointmentType::Individual, AppointmentStatus::NoShow);
    const CaseloadOverview o = f.mine();
    REQUIRE(flagged(o, three, K::ThreeNoShowsInRow));
    CHECK(rowOf(o, three)->flag(K::ThreeNoShowsInRow)->count == 3);
    CHECK(rowOf(o, three)->flag(K::ThreeNoShowsInRow)->due == T.addDays(-7));
    CHECK(rowOf(o, three)->nextAppointment == at(T.addDays(3)));
    CHECK_FALSE(flagged(o, broken, K::ThreeNoShowsInRow));
}

TEST_CASE("A no-show asks to contact the client until an attended appointment or a phone note "
          "comes after it",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(60);
    f.addAppointment(course, T.addDays(-3), AppointmentType::Individual, AppointmentStatus::NoShow);
    f.note(at(T.addDays(-4))); // before the no-show
    f.note(at(T.addDays(-2)), NoteKind::Session); // not a phone note
    const CaseloadFlag *flag = f.mine().rows.at(0).flag(K::ContactAfterNoShow);
    REQUIRE(flag);
    CHECK(flag->due == T.addDays(-3));
    CHECK(flag->count == 1);

    SECTION("a phone note later the same day answers it")
    {
        f.note(at(T.addDays(-3), 14));
        CHECK_FALSE(flagged(f.mine(), course, K::ContactAfterNoShow));
    }
    SECTION("an attended appointment on the client's other course answers it")
    {
        const QString other = f.startedDaysAgo(60, CourseKind::Drug);
        f.addAppointment(
            other, T.addDays(-1), AppointmentType::Individual, AppointmentStatus::Attended);
        CHECK_FALSE(flagged(f.mine(), course, K::ContactAfterNoShow));
    }
}

TEST_CASE(
    "A missed supervised Antabus dose asks to contact the client the same day", "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(60);
    const QString antabus = f.prescribe(DrugCategory::Antabus, T.addDays(-5));
    for (int d = 5; d >= 1; --d)
        f.dose(antabus, T.addDays(-d), DispensingStatus::Taken);
    CHECK_FALSE(flagged(f.mine(), course, K::ContactAfterMissedAntabus));

    f.dose(antabus, T, DispensingStatus::Missed);
    const CaseloadFlag *flag = f.mine().rows.at(0).flag(K::ContactAfterMissedAntabus);
    REQUIRE(flag);
    CHECK(flag->due == T);
    CHECK(flag->count == 1);

    f.note(at(T, 15)); // the nurse phoned
    CHECK_FALSE(flagged(f.mine(), course, K::ContactAfterMissedAntabus));
}

TEST_CASE(
    "An Antabus prescription dispensed at the pharmacy raises no contact flag", "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(60);
    const QString antabus
        = f.prescribe(DrugCategory::Antabus, T.addDays(-5), DispensingMode::Pharmacy);
    f.dose(antabus, T.addDays(-1), DispensingStatus::Missed);
    CHECK_FALSE(flagged(f.mine(), course, K::ContactAfterMissedAntabus));
}

TEST_CASE("Active goals past their deadline are flagged; the deadline day and closed goals are "
          "not",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(30);
    f.goal(course, T, {T.addDays(-1)});
    f.goal(course, T.addDays(-20), {T.addDays(-1)}, GoalStatus::Achieved);
    CHECK_FALSE(flagged(f.mine(), course, K::GoalPastDeadline));
    f.goal(course, T.addDays(-1), {T.addDays(-1)});
    f.goal(course, T.addDays(-9), {T.addDays(-1)});
    const CaseloadFlag *flag = f.mine().rows.at(0).flag(K::GoalPastDeadline);
    REQUIRE(flag);
    CHECK(flag->count == 2);
    CHECK(flag->due == T.addDays(-9));
}

TEST_CASE("A goal status score is due more than 91 days after the latest score or the start",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(200);
    f.goal(course, T.addDays(100), {T.addDays(-150), T.addDays(-91)});
    f.goal(course, T.addDays(100), {T.addDays(-95)}, GoalStatus::Abandoned);
    CHECK_FALSE(flagged(f.mine(), course, K::GoalScoreDue));
    f.goal(course, T.addDays(100), {T.addDays(-92)});
    const CaseloadFlag *flag = f.mine().rows.at(0).flag(K::GoalScoreDue);
    REQUIRE(flag);
    CHECK(flag->count == 1);
    CHECK(flag->since == T.addDays(-92));
    CHECK(flag->due == T.addDays(-1));

    CaseloadFixture g;
    const QString new91 = g.startedDaysAgo(91);
    g.goal(new91, T.addDays(100));
    CHECK_FALSE(flagged(g.mine(), new91, K::GoalScoreDue));
    CaseloadFixture h;
    const QString new92 = h.startedDaysAgo(92);
    h.goal(new92, T.addDays(100));
    CHECK(flagged(h.mine(), new92, K::GoalScoreDue));
}

TEST_CASE("Ended courses are listed while a post-discharge follow-up is due and not recorded",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString due1m = f.endedDaysAgo(30);
    const QString notYet = f.endedDaysAgo(29);
    const QString done1m = f.endedDaysAgo(40);
    f.assess(done1m, T.addDays(-5), AssessmentType::Post1m);
    const QString declined = f.endedDaysAgo(40, EndReason::Completed, true);
    const QString deceased = f.endedDaysAgo(40, EndReason::Deceased);
    const QString still1m = f.endedDaysAgo(181);
    const QString due6m = f.endedDaysAgo(182);
    f.assess(due6m, T.addDays(-150), AssessmentType::Post1m);
    const QString tooOld = f.endedDaysAgo(365);
    const CaseloadOverview o = f.mine();

    const CaseloadRow *row = rowOf(o, due1m);
    REQUIRE(row);
    CHECK(row->state == CaseloadRowState::Ended);
    REQUIRE(row->has(K::PostDischargeFollowupDue));
    CHECK(row->flag(K::PostDischargeFollowupDue)->due == T);
    CHECK(row->flag(K::PostDischargeFollowupDue)->followupType == AssessmentType::Post1m);
    for (const QString &absent : {notYet, done1m, declined, deceased, tooOld})
        CHECK_FALSE(rowOf(o, absent));
    CHECK(rowOf(o, still1m)->flag(K::PostDischargeFollowupDue)->followupType
        == AssessmentType::Post1m);
    REQUIRE(rowOf(o, due6m));
    CHECK(
        rowOf(o, due6m)->flag(K::PostDischargeFollowupDue)->followupType == AssessmentType::Post6m);
    CHECK(rowOf(o, due6m)->flag(K::PostDischargeFollowupDue)->due == T);
    CHECK(o.counts.at(K::PostDischargeFollowupDue) == 3);
}

TEST_CASE("A medical review is overdue more than 183 days after the latest prescription start or "
          "doctor consultation, for medical staff only",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(400, CourseKind::Drug);
    f.prescribe(DrugCategory::Substitution, T.addDays(-183));
    CHECK_FALSE(flagged(f.centre(f.coordinator), course, K::MedicalReviewOverdue));

    CaseloadFixture g;
    const QString overdue = g.startedDaysAgo(400, CourseKind::Drug);
    g.prescribe(DrugCategory::Substitution, T.addDays(-184));
    g.prescribe(DrugCategory::Craving, T.addDays(-300));
    const CaseloadOverview byCoordinator = g.centre(g.coordinator);
    REQUIRE(flagged(byCoordinator, overdue, K::MedicalReviewOverdue));
    CHECK(rowOf(byCoordinator, overdue)->flag(K::MedicalReviewOverdue)->due == T.addDays(-1));
    CHECK(byCoordinator.medicalFlags);
    const CaseloadOverview byTherapist = g.mine();
    CHECK_FALSE(flagged(byTherapist, overdue, K::MedicalReviewOverdue));
    CHECK_FALSE(byTherapist.medicalFlags);
    CHECK(byTherapist.counts.count(K::MedicalReviewOverdue) == 0);

    g.addAppointment(overdue, T.addDays(-10), AppointmentType::Doctor, AppointmentStatus::Attended,
        g.doctor.staffId);
    CHECK_FALSE(flagged(g.centre(g.coordinator), overdue, K::MedicalReviewOverdue));
}

TEST_CASE("A therapist sees only their own caseload; coordinators see every therapist's",
    "[core][caseload][permissions]")
{
    CaseloadFixture f;
    f.startedDaysAgo(10);
    CHECK_THROWS_AS(f.centre(f.therapist), PermissionDenied);
    CHECK_THROWS_AS(
        f.caseload.overview(f.therapist, CaseloadQuery::own(f.nurse, T)), PermissionDenied);
    CHECK_THROWS_AS(f.own(f.admin), PermissionDenied);
    CHECK_THROWS_AS(f.centre(f.nurse), PermissionDenied);
    CHECK(f.centre(f.nurse, {K::MedicalReviewOverdue}).rows.empty());
    CHECK(f.centre(f.coordinator).rows.size() == 1);
    CHECK(f.centre(f.manager).rows.size() == 1);
    CHECK(f.own(f.nurse).rows.empty()); // the course is the therapist's
    CHECK(f.logged(QStringLiteral("read")) == 2);
}

TEST_CASE("The overview filters by therapist and by flag and counts every flag of the scope",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString late = f.requestedDaysAgo(20);
    const QString goals = f.startedDaysAgo(10, CourseKind::Drug);
    f.goal(goals, T.addDays(-1));
    Course other;
    other.client = f.addClient(QStringLiteral("Olsen"));
    other.responsible = f.nurse.staffId;
    other.requestDate = T.addDays(-12);
    const QString nurses = f.addCourse(other);

    const CaseloadOverview all = f.centre(f.coordinator);
    CHECK(all.rows.size() == 3);
    CHECK(all.scopeRows == 3);
    CHECK(all.counts.at(K::GuaranteeOverdue) == 1);
    CHECK(all.counts.at(K::GuaranteeWarning) == 1);
    CHECK(all.counts.at(K::GoalPastDeadline) == 1);
    CHECK(all.counts.at(K::ThreeNoShowsInRow) == 0);

    const CaseloadOverview filtered = f.centre(f.coordinator, {K::GoalPastDeadline});
    REQUIRE(filtered.rows.size() == 1);
    CHECK(filtered.rows.front().courseId == goals);
    CHECK(filtered.counts.at(K::GuaranteeOverdue) == 1);
    CHECK(filtered.scopeRows == 3);

    CaseloadQuery nurseOnly = CaseloadQuery::centre(T);
    nurseOnly.responsible = f.nurse.staffId;
    const CaseloadOverview byNurse = f.caseload.overview(f.coordinator, nurseOnly);
    REQUIRE(byNurse.rows.size() == 1);
    CHECK(byNurse.rows.front().courseId == nurses);
    CHECK(byNurse.rows.front().responsibleName == QStringLiteral("Mette Dahl"));
    CHECK(byNurse.counts.at(K::GuaranteeOverdue) == 0);
    CHECK_FALSE(rowOf(all, late) == nullptr);
}

TEST_CASE("Overview rows show the client, the course and the next appointment; anonymous clients "
          "by alias",
    "[core][caseload]")
{
    CaseloadFixture f;
    Course c;
    c.client = f.addAnonymousClient();
    c.legalBasis = LegalBasis::Sel101a;
    c.kind = CourseKind::Drug;
    c.responsible = f.therapist.staffId;
    c.requestDate = c.startDate = T.addDays(-40);
    c.phases = {{Phase::Intro, T.addDays(-40)}, {Phase::Treatment, T.addDays(-20)}};
    const QString anonymous = f.addCourse(c);
    const QString named = f.startedDaysAgo(5);
    f.addAppointment(
        named, T.addDays(-2), AppointmentType::Individual, AppointmentStatus::Attended);
    f.addAppointment(named, T, AppointmentType::Individual, AppointmentStatus::Planned);

    const CaseloadOverview o = f.mine();
    REQUIRE(o.rows.size() == 2);
    CHECK(o.rows[0].clientName == QStringLiteral("Jens Hansen")); // sorted by name
    CHECK(o.rows[1].clientName == QStringLiteral("Ravnen"));
    const CaseloadRow &anon = *rowOf(o, anonymous);
    CHECK(anon.anonymous);
    CHECK(anon.phase == Phase::Treatment);
    CHECK(anon.kind == CourseKind::Drug);
    CHECK(anon.responsibleName == QStringLiteral("Anne Holm"));
    const CaseloadRow &jens = *rowOf(o, named);
    CHECK(jens.birthDate == QDate(1980, 1, 1));
    CHECK(jens.lastAttendedContact == T.addDays(-2));
    CHECK(jens.nextAppointment == at(T));
    CHECK(jens.startDate == T.addDays(-5));
}

TEST_CASE("Reading the overview logs one read per client shown", "[core][caseload]")
{
    CaseloadFixture f;
    f.startedDaysAgo(10);
    f.startedDaysAgo(10, CourseKind::Drug);
    const QString other = f.addClient(QStringLiteral("Olsen"));
    f.addCourse(other, CourseKind::Alcohol, T.addDays(-3));
    f.mine();
    CHECK(f.logged(QStringLiteral("read")) == 2);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
    CHECK(f.logged(QStringLiteral("read"), other) == 1);
    for (const AccessLogEntry &e : f.log.find({}))
        CHECK(e.detail == QStringLiteral("overview"));
}

TEST_CASE("A course whose start is booked after today is still a request on the overview",
    "[core][caseload]")
{
    CaseloadFixture f;
    Course c;
    c.client = f.client;
    c.responsible = f.therapist.staffId;
    c.requestDate = T.addDays(-16);
    c.startDate = T.addDays(2);
    c.guaranteeDelayReason = QStringLiteral("Borgeren ønskede en senere start");
    const QString booked = f.addCourse(c);
    const CaseloadOverview o = f.mine();
    REQUIRE(rowOf(o, booked));
    CHECK(rowOf(o, booked)->state == CaseloadRowState::Requested);
    CHECK(flagged(o, booked, K::GuaranteeOverdue));
    CHECK_FALSE(flagged(o, booked, K::NoAttendedContact30));
}

TEST_CASE("One client's flags are shown to any clinical reader, whoever is responsible, and only "
          "that client's courses",
    "[core][caseload]")
{
    CaseloadFixture f;
    const QString course = f.startedDaysAgo(60);
    f.addAppointment(course, T.addDays(-3), AppointmentType::Individual, AppointmentStatus::NoShow);
    const QString other = f.addClient(QStringLiteral("Andersen"));
    f.addCourse(other, CourseKind::Drug, T.addDays(-20));

    const CaseloadOverview record
        = f.caseload.overview(f.nurse, CaseloadQuery::ofClient(f.client, T));
    REQUIRE(record.rows.size() == 1);
    CHECK(record.rows[0].courseId == course);
    CHECK(record.rows[0].flag(K::ContactAfterNoShow) != nullptr);
    CHECK(f.caseload.overview(f.nurse, CaseloadQuery::ofClient(other, T)).rows.size() == 1);
    CHECK_THROWS_AS(
        f.caseload.overview(f.admin, CaseloadQuery::ofClient(f.client, T)), PermissionDenied);
}
