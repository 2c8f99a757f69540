#include "servicefixture.h"

#include "core/domain/clock.h"
#include "core/services/noteservice.h"
#include "core/storage/noterepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

struct NoteFixture : ServiceFixture
{
    NoteService notes {db, log, clock};
    QString client = addClient();
    QString course = addCourse(client, CourseKind::Alcohol, QDate(2025, 1, 10));

    JournalNote note(const char *text, NoteKind kind = NoteKind::Session, const QString &on = {})
    {
        JournalNote n;
        n.client = client;
        n.course = on;
        n.kind = kind;
        n.text = QLatin1StringView(text).toString();
        return n;
    }
};

} // namespace

TEST_CASE(
    "A note is signed with its author and time when saved, and logged", "[core][services][note]")
{
    NoteFixture f;
    JournalNote n = f.note("Talked about the weekend", NoteKind::Session, f.course);
    n.author = QStringLiteral("s-doc"); // ignored: the author is who is logged in
    const QDateTime before = Clock().now().addSecs(-1);
    const SaveResult saved = f.notes.write(f.therapist, n);
    const JournalNote stored = *NoteRepository(f.db).byId(saved.id);
    CHECK(stored.author == f.therapist.staffId);
    CHECK(stored.writtenAt >= before);
    CHECK(stored.text == QStringLiteral("Talked about the weekend"));
    CHECK(f.logged(QStringLiteral("create"), f.client) == 1);
}

// The service's public API offers no operation that edits or removes a note.
template <typename S>
concept EditsNotes = requires(S &s, const Actor &a, const JournalNote &n)
{
    s.update(a, n);
}
|| requires(S &s, const Actor &a, const JournalNote &n)
{
    s.edit(a, n);
}
|| requires(S &s, const Actor &a, const JournalNote &n)
{
    s.change(a, n);
};
template <typename S>
concept RemovesNotes = requires(S &s, const Actor &a, const QString &id)
{
    s.remove(a, id);
}
|| requires(S &s, const Actor &a, const QString &id)
{
    s.erase(a, id);
}
|| requires(S &s, const Actor &a, const QString &id)
{
    s.deleteNote(a, id);
};

TEST_CASE("A signed note has no edit path: writing again with its id saves a new note",
    "[core][services][note]")
{
    STATIC_REQUIRE_FALSE(EditsNotes<NoteService>);
    STATIC_REQUIRE_FALSE(RemovesNotes<NoteService>);

    NoteFixture f;
    const QString id = f.notes.write(f.therapist, f.note("Original text")).id;
    JournalNote overwrite = f.note("Changed text");
    overwrite.id = id;
    const QString second = f.notes.write(f.therapist, overwrite).id;
    CHECK(second != id);
    CHECK(NoteRepository(f.db).byId(id)->text == QStringLiteral("Original text"));
    CHECK(NoteRepository(f.db).forClient(f.client).size() == 2);
}

TEST_CASE("An addendum points to the original, shows its author and time, and the original "
          "stays unchanged",
    "[core][services][note]")
{
    NoteFixture f;
    const QString original
        = f.notes.write(f.therapist, f.note("Dose 60 mg", NoteKind::Medication)).id;
    const JournalNote before = *NoteRepository(f.db).byId(original);
    const QString addendum
        = f.notes.addAddendum(f.doctor, original, QStringLiteral("Correction: 40 mg")).id;

    CHECK(*NoteRepository(f.db).byId(original) == before);
    const std::vector<NoteEntry> journal = f.notes.journal(f.coordinator, f.client);
    REQUIRE(journal.size() == 1);
    CHECK(journal[0].note.id == original);
    CHECK(journal[0].authorName == QStringLiteral("Anne Holm"));
    REQUIRE(journal[0].addenda.size() == 1);
    const NoteEntry &correction = journal[0].addenda[0];
    CHECK(correction.note.id == addendum);
    CHECK(correction.note.addendumTo == original);
    CHECK(correction.note.author == f.doctor.staffId);
    CHECK(correction.authorName == QStringLiteral("Ole Berg"));
    CHECK(correction.note.writtenAt.isValid());
    CHECK(correction.note.kind == NoteKind::Medication);
    CHECK(f.notes.get(f.therapist, original).addenda.size() == 1);
}

TEST_CASE("An addendum to a missing note, another client's note or another addendum is refused",
    "[core][services][note]")
{
    NoteFixture f;
    const QString original = f.notes.write(f.therapist, f.note("First")).id;
    const QString addendum = f.notes.addAddendum(f.therapist, original, QStringLiteral("Fix")).id;
    f.refusedUnchanged<NotFound>(
        [&] { f.notes.addAddendum(f.therapist, QStringLiteral("missing"), QStringLiteral("x")); });
    f.refusedUnchanged([&] { f.notes.addAddendum(f.therapist, addendum, QStringLiteral("x")); });
    f.refusedUnchanged([&] { f.notes.addAddendum(f.therapist, original, QStringLiteral("  ")); });

    JournalNote foreign = f.note("Wrong client");
    foreign.client = f.addClient(QStringLiteral("Jensen"));
    foreign.addendumTo = original;
    f.refusedUnchanged([&] { f.notes.write(f.therapist, foreign); });
    JournalNote dangling = f.note("Points nowhere");
    dangling.addendumTo = QStringLiteral("missing");
    f.refusedUnchanged([&] { f.notes.write(f.therapist, dangling); });
}

TEST_CASE(
    "A note without text, or on another client's course, is refused", "[core][services][note]")
{
    NoteFixture f;
    f.refusedUnchanged([&] { f.notes.write(f.therapist, f.note("   ")); });
    const QString otherCourse
        = f.addCourse(f.addClient(QStringLiteral("Jensen")), CourseKind::Drug, QDate(2025, 1, 1));
    f.refusedUnchanged(
        [&] { f.notes.write(f.therapist, f.note("Hi", NoteKind::Phone, otherCourse)); });
}

TEST_CASE("The journal is filtered by kind and course; addenda follow their note",
    "[core][services][note]")
{
    NoteFixture f;
    const QString session
        = f.notes.write(f.therapist, f.note("Session", NoteKind::Session, f.course)).id;
    f.notes.write(f.therapist, f.note("Phone call", NoteKind::Phone));
    f.notes.write(f.nurse, f.note("Dose", NoteKind::Medication, f.course));
    f.notes.addAddendum(f.therapist, session, QStringLiteral("Also: sleep problems"));

    CHECK(f.notes.journal(f.therapist, f.client).size() == 3);
    NoteFilter byKind;
    byKind.kind = NoteKind::Session;
    const std::vector<NoteEntry> sessions = f.notes.journal(f.therapist, f.client, byKind);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].addenda.size() == 1);
    NoteFilter byCourse;
    byCourse.course = f.course;
    CHECK(f.notes.journal(f.therapist, f.client, byCourse).size() == 2);
    CHECK(f.logged(QStringLiteral("read"), f.client) == 3);
}

TEST_CASE("Administrative staff cannot read or write journal notes", "[core][services][note]")
{
    NoteFixture f;
    const QString id = f.notes.write(f.therapist, f.note("Private")).id;
    const int reads = f.logged(QStringLiteral("read"));
    CHECK_THROWS_AS(f.notes.journal(f.admin, f.client), PermissionDenied);
    CHECK_THROWS_AS(f.notes.get(f.admin, id), PermissionDenied);
    f.refusedUnchanged<PermissionDenied>([&] { f.notes.write(f.admin, f.note("x")); });
    CHECK(f.logged(QStringLiteral("read")) == reads);
}

TEST_CASE("The command-line tool cannot sign a note", "[core][services][note]")
{
    NoteFixture f;
    f.refusedUnchanged<PermissionDenied>([&] { f.notes.write(Actor::system(), f.note("x")); });
}
