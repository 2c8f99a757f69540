#pragma once

#include "core/storage/sqlquery.h"
#include "effectreport.h"

// The queries behind the indicators of domain.md section 3. Each fills its part of a report
// whose `from` and `to` are set. Portable SQL (it must also run on PostgreSQL): dates are
// 'YYYY-MM-DD' text and only compared, never computed on; date arithmetic ("end_date + 30
// days", "more than 91 days before to") is turned into bound dates in C++, or done in C++ on
// compact fetched rows. Where "earliest" or "latest" needs the id tie-break, the rows are
// ordered in C++ so no database collation decides it.
namespace mestring::core {

class Database;

namespace reportqueries {

// Courses (courseindicators.cpp).
void addEndedCourses(const Database &db, EffectReport &report);
void addNewCourses(const Database &db, EffectReport &report);
void addActiveClients(const Database &db, EffectReport &report);
void addTreatmentGuarantee(const Database &db, EffectReport &report);
void addFollowupOverdue(const Database &db, EffectReport &report);
void addPostDischargeFollowup(const Database &db, EffectReport &report);
void addPhaseFunnel(const Database &db, EffectReport &report);

// Appointments and groups (contactindicators.cpp).
/// no_show_rate and families_reached.
void addAppointments(const Database &db, EffectReport &report);
void addGroupAttendance(const Database &db, EffectReport &report);

// Prescriptions (medicationindicators.cpp).
void addBuprenorphineShare(const Database &db, EffectReport &report);
void addAntabus(const Database &db, EffectReport &report);
void addMedicalReviewOverdue(const Database &db, EffectReport &report);
void addSubstitutionQol(const Database &db, EffectReport &report);

// Goals and assessments (outcomeindicators.cpp).
void addGoalMastery(const Database &db, EffectReport &report);
void addLifeAreas(const Database &db, EffectReport &report);

/// Marks a query whose rows are read once, front to back: the driver then does not keep the
/// rows it has handed out (call before exec()).
inline SqlQuery &forwardOnly(SqlQuery &query)
{
    query.raw().setForwardOnly(true);
    return query;
}

/// A column that SUM() or COUNT() filled, 0 for SQL NULL (SUM over no rows).
inline qint64 countFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace reportqueries

} // namespace mestring::core
