#pragma once

#include "core/storage/sqlquery.h"
#include "effectreport.h"
#include "reportmembers.h"

// The queries behind the indicators of domain.md section 3. Each fills its part of a report
// whose `from` and `to` are set. Portable SQL (it must also run on PostgreSQL): dates are
// 'YYYY-MM-DD' text and only compared, never computed on; date arithmetic ("end_date + 30
// days", "more than 91 days before to") is turned into bound dates in C++, or done in C++ on
// compact fetched rows. Where "earliest" or "latest" needs the id tie-break, the rows are
// ordered in C++ so no database collation decides it.
//
// Each query fetches a row per course or client (or per course and status) and counts in C++,
// telling `sink` (when not null) which course or client stands behind which number: the
// drill-down lists come from the very rows that are counted, so they cannot disagree.
namespace mestring::core {

class Database;

namespace reportqueries {

// Courses (courseindicators.cpp).
void addEndedCourses(const Database &db, EffectReport &report, MemberSink *sink);
void addNewCourses(const Database &db, EffectReport &report, MemberSink *sink);
void addActiveClients(const Database &db, EffectReport &report, MemberSink *sink);
void addTreatmentGuarantee(const Database &db, EffectReport &report, MemberSink *sink);
void addFollowupOverdue(const Database &db, EffectReport &report, MemberSink *sink);
void addPostDischargeFollowup(const Database &db, EffectReport &report, MemberSink *sink);
void addPhaseFunnel(const Database &db, EffectReport &report, MemberSink *sink);

// Appointments and groups (contactindicators.cpp).
/// no_show_rate and families_reached.
void addAppointments(const Database &db, EffectReport &report, MemberSink *sink);
void addGroupAttendance(const Database &db, EffectReport &report, MemberSink *sink);

// Prescriptions (medicationindicators.cpp).
void addBuprenorphineShare(const Database &db, EffectReport &report, MemberSink *sink);
void addAntabus(const Database &db, EffectReport &report, MemberSink *sink);
void addMedicalReviewOverdue(const Database &db, EffectReport &report, MemberSink *sink);
void addSubstitutionQol(const Database &db, EffectReport &report, MemberSink *sink);

// Client feedback, FIT (feedbackindicators.cpp).
void addFitImprovement(const Database &db, EffectReport &report, MemberSink *sink);
void addFitLowAlliance(const Database &db, EffectReport &report, MemberSink *sink);

// Goals and assessments (outcomeindicators.cpp).
void addGoalMastery(const Database &db, EffectReport &report, MemberSink *sink);
void addLifeAreas(const Database &db, EffectReport &report, MemberSink *sink);

/// Tells `sink`, if any, about a member of one number (see MemberSink).
inline void tell(MemberSink *sink, std::string_view indicator, QStringView breakdown,
    const QString &id, qint64 numerator, qint64 denominator)
{
    if (sink) sink->add(indicator, breakdown, id, numerator, denominator);
}

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
