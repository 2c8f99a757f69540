#include "reportengine.h"

#include <QSqlDatabase>

#include "core/storage/database.h"
#include "indicatorqueries.h"

namespace mestring::core {

namespace {

// Every query of one report reads the same state of the file, even while another connection
// writes (a deferred read transaction; SQLite's WAL and PostgreSQL give it a snapshot). It only
// reads, so it always ends in a rollback.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db)
        : m_connection(db.connection())
        , m_open(m_connection.transaction())
    {
    }
    ~ReadSnapshot()
    {
        if (m_open) m_connection.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_connection;
    bool m_open = false;
};

} // namespace

EffectReport computeEffectReport(
    const Database &db, QDate from, QDate to, const ReportProgress &progress)
{
    Q_ASSERT(from.isValid() && to.isValid() && from <= to);
    EffectReport report;
    report.from = from;
    report.to = to;
    const ReadSnapshot snapshot(db);
    using namespace reportqueries;
    static constexpr void (*parts[])(const Database &, EffectReport &)
        = {addEndedCourses, addNewCourses, addActiveClients, addTreatmentGuarantee,
            addFollowupOverdue, addPostDischargeFollowup, addPhaseFunnel, addAppointments,
            addGroupAttendance, addBuprenorphineShare, addAntabus, addMedicalReviewOverdue,
            addSubstitutionQol, addGoalMastery, addLifeAreas};
    const int total = int(std::size(parts));
    for (int done = 0; done < total; ++done) {
        parts[done](db, report);
        if (progress && !progress(done + 1, total)) throw ReportCancelled();
    }
    return report;
}

EffectReport computeAppointmentIndicators(const Database &db, QDate from, QDate to)
{
    Q_ASSERT(from.isValid() && to.isValid() && from <= to);
    EffectReport report;
    report.from = from;
    report.to = to;
    const ReadSnapshot snapshot(db);
    reportqueries::addAppointments(db, report);
    return report;
}

} // namespace mestring::core
