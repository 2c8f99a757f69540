#include "servicefixture.h"

#include "core/domain/clock.h"
#include "core/services/courseservice.h"
#include "core/storage/courserepository.h"
#include "core/storage/noterepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct CourseFixture : ServiceFixture
{
    CourseService courses {db, log, clock};
    QString client = addClient();

    Course request(CourseKind kind = CourseKind::Alcohol, QDate requested = QDate(2025, 3, 3))
    {
        Course c;
        c.client = client;
        c.kind = kind;
        c.legalBasis = kind == CourseKind::Alcohol ? LegalBasis::Sul141 : LegalBasis::Sel101;
        c.primarySubstance = kind == CourseKind::Alcohol ? Substance::Alcohol : Substance::Cannabis;
        c.responsible = therapist.staffId;
        c.requestDate = requested;
        c.phases = {{Phase::Advice, requested}};
        return c;
    }

    Course stored(const QString &id) { return *CourseRepository(db).byId(id); }

    QString started(CourseKind kind = CourseKind::Alcohol)
    {
        const QString id = courses.create(intake, request(kind)).id;
        courses.start(therapist, id, QDate(2025, 3, 10));
        return id;
    }
};

} // namespace

TEST_CASE("A request is registered without a start date and the registration is logged",
    "[core][services][course]")
{
    CourseFixture f;
    const SaveResult saved = f.courses.create(f.intake, f.request());
    const Course course = f.stored(saved.id);
    CHECK(course.requestDate == QDate(2025, 3, 3));
    CHECK_FALSE(course.startDate.isValid());
    CHECK(CourseService::guaranteeDeadline(course) == QDate(2025, 3, 17));
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
}

TEST_CASE("An unstarted request from 10 or more days ago warns that the guarantee runs out",
    "[core][services][course]")
{
    CourseFixture f;
    const SaveResult old
        = f.courses.create(f.intake, f.request(CourseKind::Alcohol, Clock().today().addDays(-10)));
    CHECK(old.warnings.size() == 1);
    const SaveResult fresh
        = f.courses.create(f.intake, f.request(CourseKind::Drug, Clock().today().addDays(-9)));
    CHECK(fresh.warnings.empty());
}

TEST_CASE("Treatment starting on day 14 after the request needs no delay reason",
    "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.courses.create(f.intake, f.request()).id;
    const SaveResult saved = f.courses.start(f.therapist, id, QDate(2025, 3, 17));
    CHECK(saved.warnings.empty());
    CHECK(f.stored(id).startDate == QDate(2025, 3, 17));
}

TEST_CASE("Treatment starting after day 14 without a delay reason is refused, with one accepted",
    "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.courses.create(f.intake, f.request()).id;
    const QString message
        = f.refusedUnchanged([&] { f.courses.start(f.therapist, id, QDate(2025, 3, 18)); });
    CHECK(message.contains(QStringLiteral("reason")));
    f.refusedUnchanged(
        [&] { f.courses.start(f.therapist, id, QDate(2025, 3, 18), QStringLiteral("  ")); });

    f.courses.start(f.therapist, id, QDate(2025, 3, 18), QStringLiteral("No place in the group"));
    CHECK(f.stored(id).guaranteeDelayReason == QStringLiteral("No place in the group"));
    CHECK(f.logged(QStringLiteral("change"), f.client) == 1);
}

TEST_CASE(
    "A course registered as started late needs a delay reason too", "[core][services][course]")
{
    CourseFixture f;
    Course c = f.request();
    c.startDate = QDate(2025, 4, 1);
    f.refusedUnchanged([&] { f.courses.create(f.intake, c); });
    c.guaranteeDelayReason = QStringLiteral("The client asked to wait");
    CHECK_FALSE(f.courses.create(f.intake, c).id.isEmpty());
}

TEST_CASE("A course exempt by free choice starts late without a reason", "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.courses.create(f.intake, f.request()).id;
    f.courses.setGuaranteeExempt(f.intake, id, GuaranteeExempt::FreeChoice);
    f.courses.start(f.therapist, id, QDate(2025, 5, 1));
    CHECK(f.stored(id).startDate == QDate(2025, 5, 1));
}

TEST_CASE("A course that has started cannot be started again", "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    f.refusedUnchanged([&] { f.courses.start(f.therapist, id, QDate(2025, 3, 12)); });
}

TEST_CASE("Going back to an earlier phase without a note is refused; with a note the note is "
          "saved with the change",
    "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    const QDate today = Clock().today();
    f.courses.changePhase(f.therapist, id, Phase::Treatment, QDate(2025, 4, 1));
    f.refusedUnchanged([&] { f.courses.changePhase(f.therapist, id, Phase::Assessment, today); });
    f.refusedUnchanged([&] {
        f.courses.changePhase(f.therapist, id, Phase::Assessment, today, QStringLiteral("   "));
    });

    const SaveResult saved = f.courses.changePhase(f.therapist, id, Phase::Assessment, today,
        QStringLiteral("Relapse: back to assessment"), NoteKind::Session);
    CHECK(saved.warnings.empty());
    const Course course = f.stored(id);
    REQUIRE(course.phases.size() == 3);
    CHECK(course.phases.back() == PhaseEntry {Phase::Assessment, today});
    const std::vector<JournalNote> notes = NoteRepository(f.db).forClient(f.client);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == QStringLiteral("Relapse: back to assessment"));
    CHECK(notes[0].course == id);
    CHECK(notes[0].author == f.therapist.staffId);
    CHECK(notes[0].kind == NoteKind::Session);
    CHECK(f.logged(QStringLiteral("change"), f.client) == 3); // start and two phases
}

TEST_CASE("A step back dated before today is saved with its note and a warning",
    "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    f.courses.changePhase(f.therapist, id, Phase::Treatment, QDate(2025, 4, 1));
    const SaveResult saved = f.courses.changePhase(f.therapist, id, Phase::Intro, QDate(2025, 5, 1),
        QStringLiteral("Back to intro after a relapse"));
    CHECK(saved.warnings.size() == 1);
    CHECK(f.stored(id).currentPhase() == Phase::Intro);
    CHECK(NoteRepository(f.db).forClient(f.client).size() == 1);
}

TEST_CASE("A step back explained by a note written that day needs no new note",
    "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    const QDate today = Clock().today();
    f.courses.changePhase(f.therapist, id, Phase::Treatment, QDate(2025, 4, 1));
    NoteRepository(f.db).insert({QStringLiteral("n1"), f.client, id, f.therapist.staffId,
        Clock().now(), NoteKind::Session, QStringLiteral("Relapse"), QString()});
    const SaveResult saved = f.courses.changePhase(f.therapist, id, Phase::Assessment, today);
    CHECK(saved.warnings.empty());
    CHECK(NoteRepository(f.db).forClient(f.client).size() == 1);
}

TEST_CASE("Moving on to a later phase, skipping one, needs no note", "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    const SaveResult saved
        = f.courses.changePhase(f.therapist, id, Phase::Treatment, QDate(2025, 4, 1));
    CHECK(saved.warnings.empty());
    CHECK(f.stored(id).currentPhase() == Phase::Treatment);
    CHECK(NoteRepository(f.db).forClient(f.client).empty());
}

TEST_CASE("A phase entry dated before the previous entry is refused", "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    f.courses.changePhase(f.therapist, id, Phase::Assessment, QDate(2025, 4, 1));
    f.refusedUnchanged(
        [&] { f.courses.changePhase(f.therapist, id, Phase::Treatment, QDate(2025, 3, 31)); });
}

TEST_CASE("Ending a course without an outcome or without an end reason is refused",
    "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    f.refusedUnchanged([&] {
        f.courses.end(f.therapist, id, QDate(2025, 9, 1), EndReason::Completed, std::nullopt);
    });
    f.refusedUnchanged([&] {
        f.courses.end(f.therapist, id, QDate(2025, 9, 1), std::nullopt, Outcome::Abstinent);
    });
    f.refusedUnchanged(
        [&] { f.courses.end(f.therapist, id, QDate(), EndReason::Completed, Outcome::Abstinent); });

    f.courses.end(f.therapist, id, QDate(2025, 9, 1), EndReason::Completed, Outcome::Abstinent);
    const Course course = f.stored(id);
    CHECK(course.endDate == QDate(2025, 9, 1));
    CHECK(course.outcome == Outcome::Abstinent);
}

TEST_CASE("The outcome stabilised is refused on an alcohol course and accepted on a drug course",
    "[core][services][course]")
{
    CourseFixture f;
    const QString alcohol = f.started(CourseKind::Alcohol);
    const QString drug = f.started(CourseKind::Drug);
    f.refusedUnchanged([&] {
        f.courses.end(
            f.therapist, alcohol, QDate(2025, 9, 1), EndReason::Completed, Outcome::Stabilised);
    });
    f.courses.end(f.therapist, drug, QDate(2025, 9, 1), EndReason::Completed, Outcome::Stabilised);
    CHECK(f.stored(drug).outcome == Outcome::Stabilised);
}

TEST_CASE("An ended course cannot change phase or end again", "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    f.courses.end(f.therapist, id, QDate(2025, 9, 1), EndReason::Dropout, Outcome::Unknown);
    f.refusedUnchanged(
        [&] { f.courses.changePhase(f.therapist, id, Phase::Aftercare, QDate(2025, 9, 2)); });
    f.refusedUnchanged([&] {
        f.courses.end(f.therapist, id, QDate(2025, 9, 5), EndReason::Completed, Outcome::Reduced);
    });
}

TEST_CASE("A second active alcohol course for a client is refused; a drug course beside it is "
          "accepted",
    "[core][services][course]")
{
    CourseFixture f;
    f.started(CourseKind::Alcohol);
    const QString message = f.refusedUnchanged(
        [&] { f.courses.create(f.intake, f.request(CourseKind::Alcohol, QDate(2025, 6, 1))); });
    CHECK(message.contains(QStringLiteral("same kind")));
    CHECK_FALSE(
        f.courses.create(f.intake, f.request(CourseKind::Drug, QDate(2025, 6, 1))).id.isEmpty());
}

TEST_CASE("After an alcohol course has ended a new alcohol course is accepted",
    "[core][services][course]")
{
    CourseFixture f;
    const QString first = f.started(CourseKind::Alcohol);
    f.courses.end(f.therapist, first, QDate(2025, 5, 31), EndReason::Completed, Outcome::Reduced);
    f.courses.create(f.intake, f.request(CourseKind::Alcohol, QDate(2025, 6, 1)));
    CHECK(CourseRepository(f.db).forClient(f.client).size() == 2);
}

TEST_CASE("An anonymous client only gets an ambulant course, exempt from the guarantee",
    "[core][services][course]")
{
    CourseFixture f;
    Course c = f.request(CourseKind::Drug);
    c.client = f.addAnonymousClient();
    c.legalBasis = LegalBasis::Sel101;
    c.setting = Setting::Day;
    f.refusedUnchanged([&] { f.courses.create(f.intake, c); });

    c.legalBasis = LegalBasis::Sel101a;
    c.setting = Setting::Ambulant;
    const QString id = f.courses.create(f.intake, c).id;
    CHECK(f.stored(id).guaranteeExempt == GuaranteeExempt::Anonymous);
}

TEST_CASE(
    "A legal basis that does not fit the kind of course is refused", "[core][services][course]")
{
    CourseFixture f;
    Course c = f.request(CourseKind::Drug);
    c.legalBasis = LegalBasis::Sul141;
    f.refusedUnchanged([&] { f.courses.create(f.intake, c); });
    const QString id = f.started(CourseKind::Alcohol);
    Course details = f.stored(id);
    details.legalBasis = LegalBasis::Sel101;
    f.refusedUnchanged([&] { f.courses.updateDetails(f.intake, details); });
}

TEST_CASE("A new course cannot be registered as already ended or with phases going back",
    "[core][services][course]")
{
    CourseFixture f;
    Course ended = f.request();
    ended.endDate = QDate(2025, 4, 1);
    f.refusedUnchanged([&] { f.courses.create(f.intake, ended); });
    Course back = f.request();
    back.phases = {{Phase::Treatment, QDate(2025, 3, 3)}, {Phase::Intro, QDate(2025, 3, 4)}};
    f.refusedUnchanged([&] { f.courses.create(f.intake, back); });
}

TEST_CASE("Intake staff and therapists create courses; administrative staff may not; only "
          "clinical staff change phases and end courses",
    "[core][services][course]")
{
    CourseFixture f;
    f.refusedUnchanged<PermissionDenied>([&] { f.courses.create(f.admin, f.request()); });
    const QString byTherapist = f.courses.create(f.therapist, f.request()).id;
    f.courses.end(
        f.therapist, byTherapist, QDate(2025, 3, 5), EndReason::ClientStopped, Outcome::Unknown);
    const QString id
        = f.courses.create(f.intake, f.request(CourseKind::Alcohol, QDate(2025, 4, 1))).id;
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.courses.changePhase(f.intake, id, Phase::Intro, QDate(2025, 4, 2)); });
    f.refusedUnchanged<PermissionDenied>([&] {
        f.courses.end(f.intake, id, QDate(2025, 4, 2), EndReason::Dropout, Outcome::Unknown);
    });
}

TEST_CASE("Declining follow-up is saved and logged", "[core][services][course]")
{
    CourseFixture f;
    const QString id = f.started();
    f.courses.setDeclinedFollowup(f.therapist, id, true);
    CHECK(f.stored(id).declinedFollowup);
    CHECK(f.logged(QStringLiteral("change"), f.client) == 2);
}

TEST_CASE("Reading a client's courses is logged", "[core][services][course]")
{
    CourseFixture f;
    f.started();
    CHECK(f.courses.forClient(f.therapist, f.client).size() == 1);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 1);
    CHECK_THROWS_AS(f.courses.get(f.therapist, QStringLiteral("nope")), NotFound);
}
