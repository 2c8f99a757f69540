#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QString>

#include "core/domain/absence.h"
#include "core/domain/client.h"
#include "core/domain/dispensing.h"
#include "core/domain/prescription.h"
#include "sqlquery.h"

namespace mestring::core {

class Database;

/// What the day's dispensing list needs of the clients who have a prescription given at the
/// centre (not at a pharmacy) active on the day: their names, every one of their
/// prescriptions (the substitution history and the reassessments need them all), their
/// absence periods and the days of their attended doctor appointments. A handful of
/// statements, whatever the number of clients.
struct DispensingListSource
{
    QHash<QString, Client> clients;
    std::vector<Prescription> prescriptions; // by client, start, id
    QHash<QString, std::vector<Absence>> absences; // by client
    QHash<QString, std::vector<QDate>> doctorDays; // attended doctor appointments, by client
};

/// The SQL of the dispensing list. Values are bound; no date functions (dates come from C++).
class DispensingListQueries
{
public:
    explicit DispensingListQueries(const Database &db);

    /// The clients with a centre prescription active on `day`; only `clientId` when not empty.
    DispensingListSource source(const QDate &day, const QString &clientId) const;
    /// A prescription's dispensings dated `from` or later, by date (one prepared statement,
    /// reused for every prescription of the list).
    std::vector<Dispensing> dispensingsFrom(const QString &prescriptionId, const QDate &from);

private:
    const Database &m_db;
    SqlQuery m_dispensings;
};

} // namespace mestring::core
