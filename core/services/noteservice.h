#pragma once

#include <optional>
#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/journalnote.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// Which notes of a client's journal to show; empty fields match every note.
struct NoteFilter
{
    std::optional<NoteKind> kind;
    QString course;
};

/// A note as the journal shows it: who wrote it (name as well as id) and when, with the
/// addenda that correct it, oldest first.
struct NoteEntry
{
    JournalNote note;
    QString authorName;
    std::vector<NoteEntry> addenda;
};

/// Journal notes (journalnotater). A note is signed when saved: the author is the staff member
/// who is logged in and the time is the moment of saving. Signed notes are never changed or
/// deleted, so this service has no way to do either; a correction is an addendum that points
/// to the original note of the same client, and the original stays visible
/// (journalføringsbekendtgørelsen). Reading journal text needs ReadClinical (administrative
/// staff may not), writing WriteClinical; every read and note is written to the access log.
class NoteService : public QObject
{
    Q_OBJECT

public:
    NoteService(const Database &db, AccessLog &log, const Clock &clock,
                QObject *parent = nullptr);

    /// The client's journal, oldest first: the notes that match `filter`, each with all its
    /// addenda. Logs the read.
    std::vector<NoteEntry> journal(
        const Actor &actor, const QString &clientId, const NoteFilter &filter = {});
    NoteEntry get(const Actor &actor, const QString &noteId);

    /// Signs and saves a note (client, optional course, kind, text). The id, author and time
    /// are set here. To correct a note, use addAddendum().
    SaveResult write(const Actor &actor, JournalNote note);
    /// Signs and saves a correction of `originalId` (same client, course and kind).
    SaveResult addAddendum(const Actor &actor, const QString &originalId, const QString &text);

Q_SIGNALS:
    void noteAdded(const QString &noteId, const QString &clientId);

private:
    SaveResult sign(const Actor &actor, JournalNote note, const JournalNote *original);
    NoteEntry entryOf(const JournalNote &note, const std::vector<JournalNote> &addenda) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
