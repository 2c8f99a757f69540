#pragma once

#include <QStringList>

#include "core/domain/appointment.h"
#include "core/domain/client.h"
#include "core/domain/course.h"
#include "core/domain/goal.h"
#include "serviceerrors.h"

namespace mestring::core {

class Database;

/// A save made from a version of a record that is no longer the stored one: another person
/// saved the record after this one was read. Nothing was saved; message() says who changed
/// what and when. currentVersion() is the stored version: a caller that keeps the user's typing
/// and saves it again from that version applies it over the other person's change knowingly.
class EditConflict : public ServiceError
{
public:
    EditConflict(const QString &message, int currentVersion)
        : ServiceError(message)
        , m_currentVersion(currentVersion)
    {
    }
    int currentVersion() const { return m_currentVersion; }

private:
    int m_currentVersion = 0;
};

/// The titles (Danish, through tr) of the fields that differ between two versions of a record.
QStringList changedFields(const Client &before, const Client &after);
QStringList changedFields(const Course &before, const Course &after);
QStringList changedFields(const Goal &before, const Goal &after);
QStringList changedFields(const Appointment &before, const Appointment &after);

/// Throws the EditConflict for row `id` of `table` (clients, courses, goals, appointments),
/// whose stored version another person saved after this save's version was read: who saved it
/// when (the row's changed_by and changed_at) and what they changed (`fields`).
[[noreturn]] void throwEditConflict(
    const Database &db, const char *table, const QString &id, const QStringList &fields);

/// Refuses a save made from `version` when the stored record `stored` (read in the save's unit
/// of work) is at another one; `base` is the record the user's form was read from (or, when the
/// caller does not know it, what is being saved).
template <typename Record>
void requireVersion(
    const Database &db, const char *table, const Record &stored, int version, const Record &base)
{
    if (stored.version != version)
        throwEditConflict(db, table, stored.id, changedFields(base, stored));
}

} // namespace mestring::core
