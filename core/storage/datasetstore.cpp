#include "datasetstore.h"

#include "absencerepository.h"
#include "appointmentrepository.h"
#include "assessmentrepository.h"
#include "clientrepository.h"
#include "closeddayrepository.h"
#include "correctionrepository.h"
#include "courserepository.h"
#include "dispensingrepository.h"
#include "feedbackrepository.h"
#include "goalrepository.h"
#include "groupcourserepository.h"
#include "noterepository.h"
#include "prescriptionrepository.h"
#include "registryrepository.h"
#include "sqlquery.h"
#include "staffrepository.h"
#include "targetrepository.h"
#include "waitinglistrepository.h"

namespace mestring::core {

namespace {

// One repository object per table, so each INSERT is prepared once for the whole list.
template <typename Repository, typename Record>
void insertAll(const Database &db, const std::vector<Record> &records)
{
    Repository repository(db);
    for (const Record &record : records)
        repository.insert(record);
}

// A large page cache while a big dataset goes in: with SQLite's default of 2 MB the index pages
// of a million-row table are written out and read back over and over. SQLite-specific, so it
// stays here in storage; restored afterwards so a long-running program does not keep it.
class BulkWriteCache
{
public:
    explicit BulkWriteCache(const Database &db)
        : m_db(db)
    {
        SqlQuery current(db, QStringLiteral("PRAGMA cache_size"));
        m_previous = current.scalar().toInt();
        execSql(db, QStringLiteral("PRAGMA cache_size = %1").arg(-bulkCacheKiB));
    }
    ~BulkWriteCache()
    {
        try {
            execSql(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        } catch (...) {
            // Only a cache size; never worth an exception from a destructor.
        }
    }
    BulkWriteCache(const BulkWriteCache &) = delete;
    BulkWriteCache &operator=(const BulkWriteCache &) = delete;

private:
    static constexpr int bulkCacheKiB = 256 * 1024;
    const Database &m_db;
    int m_previous = 0;
};

} // namespace

Dataset loadDataset(const Database &db)
{
    Dataset d;
    d.staff = StaffRepository(db).all();
    d.clients = ClientRepository(db).all();
    d.courses = CourseRepository(db).all();
    d.goals = GoalRepository(db).all();
    d.assessments = AssessmentRepository(db).all();
    d.appointments = AppointmentRepository(db).all();
    d.absences = AbsenceRepository(db).all();
    d.groups = GroupCourseRepository(db).all();
    d.prescriptions = PrescriptionRepository(db).all();
    d.dispensings = DispensingRepository(db).all();
    d.targets = TargetRepository(db).all();
    d.notes = NoteRepository(db).all();
    d.corrections = CorrectionRepository(db).all();
    d.closedDays = ClosedDayRepository(db).inStoredOrder();
    d.feedback = FeedbackRepository(db).all();
    d.waitingLists = WaitingListRepository(db).all();
    d.registryReports = RegistryRepository(db).all();
    return d;
}

void insertDataset(const Database &db, const Dataset &d)
{
    const BulkWriteCache cache(db);
    // Parents before the records that refer to them (foreign keys are checked per row; only
    // a note's addendum_to, which may point forward in the list, is checked at commit).
    insertAll<StaffRepository>(db, d.staff);
    insertAll<ClientRepository>(db, d.clients);
    insertAll<CourseRepository>(db, d.courses);
    insertAll<GoalRepository>(db, d.goals);
    insertAll<AssessmentRepository>(db, d.assessments);
    insertAll<AppointmentRepository>(db, d.appointments);
    insertAll<AbsenceRepository>(db, d.absences);
    insertAll<GroupCourseRepository>(db, d.groups);
    insertAll<PrescriptionRepository>(db, d.prescriptions);
    insertAll<DispensingRepository>(db, d.dispensings);
    insertAll<TargetRepository>(db, d.targets);
    insertAll<NoteRepository>(db, d.notes);
    insertAll<CorrectionRepository>(db, d.corrections);
    insertAll<ClosedDayRepository>(db, d.closedDays);
    insertAll<FeedbackRepository>(db, d.feedback);
    insertAll<WaitingListRepository>(db, d.waitingLists);
    insertAll<RegistryRepository>(db, d.registryReports);
}

} // namespace mestring::core
