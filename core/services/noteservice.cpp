#include "noteservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/domain/ids.h"
#include "core/domain/rules/noterules.h"
#include "core/storage/database.h"
#include "core/storage/noterepository.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

bool matches(const JournalNote &note, const NoteFilter &filter)
{
    return (!filter.kind || note.kind == *filter.kind)
        && (filter.course.isEmpty() || note.course == filter.course);
}

JournalNote requireNote(const Database &db, const QString &noteId)
{
    std::optional<JournalNote> note = NoteRepository(db).byId(noteId);
    if (!note) {
        throw NotFound(QCoreApplication::translate("mestring",
            "The note does not exist. Open "
            "the client's journal again."));
    }
    return *note;
}

// Corrections hang on the original, so the journal shows one note with its addenda.
void refuseAddendumToAddendum(const JournalNote &original)
{
    if (original.addendumTo.isEmpty()) return;
    refuse(QStringLiteral("addendum_to"),
        QCoreApplication::translate("mestring",
            "This note is itself an addendum. Add your "
            "correction to the original note."));
}

} // namespace

NoteService::NoteService(const Database &db, AccessLog &log, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

NoteEntry NoteService::entryOf(
    const JournalNote &note, const std::vector<JournalNote> &addenda) const
{
    StaffRepository staff(m_db);
    const auto nameOf = [&staff](const QString &id) {
        const std::optional<StaffMember> member = staff.byId(id);
        return member ? member->name : id;
    };
    NoteEntry entry {note, nameOf(note.author), {}};
    for (const JournalNote &addendum : addenda)
        entry.addenda.push_back({addendum, nameOf(addendum.author), {}});
    return entry;
}

std::vector<NoteEntry> NoteService::journal(
    const Actor &actor, const QString &clientId, const NoteFilter &filter)
{
    requirePermission(actor, Permission::ReadClinical);
    requireClient(m_db, clientId);
    const std::vector<JournalNote> notes = NoteRepository(m_db).forClient(clientId);
    QHash<QString, std::vector<JournalNote>> addenda;
    for (const JournalNote &note : notes) {
        if (!note.addendumTo.isEmpty()) addenda[note.addendumTo].push_back(note);
    }
    std::vector<NoteEntry> result;
    for (const JournalNote &note : notes) {
        if (note.addendumTo.isEmpty() && matches(note, filter))
            result.push_back(entryOf(note, addenda.value(note.id)));
    }
    m_log.record(actor, AccessKind::Read, clientId, accessDetail(AccessTopic::Journal));
    return result;
}

NoteEntry NoteService::get(const Actor &actor, const QString &noteId)
{
    requirePermission(actor, Permission::ReadClinical);
    const JournalNote note = requireNote(m_db, noteId);
    m_log.record(actor, AccessKind::Read, note.client, accessDetail(AccessTopic::Note, {noteId}));
    return entryOf(note, NoteRepository(m_db).addendaTo(noteId));
}

SaveResult NoteService::sign(const Actor &actor, JournalNote note, const JournalNote *original)
{
    note.id = newId();
    note.author = signingStaffId(actor);
    note.writtenAt = m_clock.now();
    note.text = note.text.trimmed();
    RuleIssues issues = checkNote(note);
    requireClient(m_db, note.client);
    if (!note.course.isEmpty())
        appendIssues(issues, checkNoteCourse(note, requireCourse(m_db, note.course)));
    appendIssues(issues, checkAddendum(note, original));
    refuseOnErrors(issues);
    Transaction transaction(m_db);
    NoteRepository(m_db).insert(note);
    m_log.appendInTransaction(actor, AccessKind::Create, note.client, QString(),
        accessDetail(AccessTopic::Note, {note.id}));
    transaction.commit();
    Q_EMIT noteAdded(note.id, note.client);
    return {note.id, issues};
}

SaveResult NoteService::write(const Actor &actor, JournalNote note)
{
    requirePermission(actor, Permission::WriteClinical);
    if (note.addendumTo.isEmpty()) return sign(actor, note, nullptr);
    const std::optional<JournalNote> original = NoteRepository(m_db).byId(note.addendumTo);
    if (original) refuseAddendumToAddendum(*original);
    return sign(actor, note, original ? &*original : nullptr);
}

SaveResult NoteService::addAddendum(
    const Actor &actor, const QString &originalId, const QString &text)
{
    requirePermission(actor, Permission::WriteClinical);
    const JournalNote original = requireNote(m_db, originalId);
    refuseAddendumToAddendum(original);
    JournalNote addendum;
    addendum.client = original.client;
    addendum.course = original.course;
    addendum.kind = original.kind;
    addendum.text = text;
    addendum.addendumTo = original.id;
    return sign(actor, addendum, &original);
}

} // namespace mestring::core
