#pragma once

#include <optional>
#include <vector>

#include "core/domain/journalnote.h"
#include "statementcache.h"

namespace mestring::core {

class Database;

/// Journal notes. Insert only: a signed note is never changed or deleted; a correction is a
/// new note whose addendum_to names the original (journalføringsbekendtgørelsen).
class NoteRepository
{
public:
    explicit NoteRepository(const Database &db)
        : m_db(db)
        , m_statements(db)
    {
    }

    /// The caller holds the transaction when this is part of a larger change.
    void insert(const JournalNote &note);
    std::optional<JournalNote> byId(const QString &id) const;
    /// A client's journal, oldest first, addenda included.
    std::vector<JournalNote> forClient(const QString &clientId) const;
    /// The corrections of a note, oldest first.
    std::vector<JournalNote> addendaTo(const QString &noteId) const;
    /// Every note in the order they were stored (the export order).
    std::vector<JournalNote> all() const;

private:
    std::vector<JournalNote> load(const QString &whereAndOrder, const QVariant &value) const;

    const Database &m_db;
    StatementCache m_statements;
};

} // namespace mestring::core
