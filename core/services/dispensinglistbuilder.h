#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/domain/medication/dispensinglist.h"

namespace mestring::core {

class Database;

/// Computes the day's dispensing list from the storage (DispensingListQueries) with the dose
/// schedule and safety rules of core/domain/medication: no rule is decided here.
///
/// The missed-dose block needs a client's substitution history, which on a centre with years
/// of data is hundreds of thousands of dispensings for one morning's list. Only the history
/// since a little before the client's latest dose reassessment is read: a missed run that ended
/// before that reassessment is lifted by it (hasRunBreakBefore). When that window holds no
/// dose that ended a run, the client's whole history is read, so the result is always exactly
/// substitutionBlockOn's.
class DispensingListBuilder
{
public:
    explicit DispensingListBuilder(const Database &db)
        : m_db(db)
    {
    }

    /// The rows for `day` as of `today` (a day still to come is never counted as missed), by
    /// client name, birth date and prescription start; only `clientId`'s rows when not empty.
    std::vector<DispensingListRow> build(
        const QDate &day, const QDate &today, const QString &clientId = {}) const;

private:
    const Database &m_db;
};

} // namespace mestring::core
