#pragma once

#include "core/storage/sqlquery.h"
#include "effectreport.h"
#include "reportmembers.h"
#include "reportscope.h"

// The queries behind the indicators of domain.md section 3. Each fills its part of a report
// whose `from` and `to` are set. Portable SQL (it must also run on PostgreSQL): dates are
// 'YYYY-MM-DD' text and only compared, never computed on; date arithmetic ("end_date + 30
// days", "more than 91 days before to") is turned into bound dates in C++, or done in C++ on
// compact fetched rows. Where "earliest" or "latest" needs the id tie-break, the rows are
// ordered in C++ so no database collation decides it.
//
// Each query fetches a row per course or client (or per course and status) and counts in C++,
// in every slot of the scope the row's course (course-based indicators) or client
// (client-based ones, IndicatorInfo::clientBased) belongs to: the centre's report and, when
// the report is broken down, its group's. A slot's sink (when not null) is told which course or
// client stands behind which number: the drill-down lists come from the very rows that are
// counted, so they cannot disagree. A new indicator follows the same pattern and splits by
// every dimension without further work.
namespace mestring::core {

class Database;

namespace reportqueries {

// Courses (courseindicators.cpp).
void addEndedCourses(const Database &db, ReportScope &scope);
void addNewCourses(const Database &db, ReportScope &scope);
void addActiveClients(const Database &db, ReportScope &scope);
void addTreatmentGuarantee(const Database &db, ReportScope &scope);
void addFollowupOverdue(const Database &db, ReportScope &scope);
void addPostDischargeFollowup(const Database &db, ReportScope &scope);
void addPhaseFunnel(const Database &db, ReportScope &scope);

// Appointments and groups (contactindicators.cpp).
/// no_show_rate and families_reached.
void addAppointments(const Database &db, ReportScope &scope);
void addGroupAttendance(const Database &db, ReportScope &scope);

// Prescriptions (medicationindicators.cpp).
void addBuprenorphineShare(const Database &db, ReportScope &scope);
void addAntabus(const Database &db, ReportScope &scope);
void addMedicalReviewOverdue(const Database &db, ReportScope &scope);
void addSubstitutionQol(const Database &db, ReportScope &scope);

// Client feedback, FIT (feedbackindicators.cpp).
void addFitImprovement(const Database &db, ReportScope &scope);
void addFitLowAlliance(const Database &db, ReportScope &scope);

// Goals and assessments (outcomeindicators.cpp).
void addGoalMastery(const Database &db, ReportScope &scope);
void addLifeAreas(const Database &db, ReportScope &scope);

/// Tells the slot's sink, if any, about a member of one number (see MemberSink).
inline void tell(const ReportSlot &slot, std::string_view indicator, QStringView breakdown,
    const QString &id, qint64 numerator, qint64 denominator)
{
    if (slot.sink) slot.sink->add(indicator, breakdown, {id, numerator, denominator});
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
