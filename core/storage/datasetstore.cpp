#include "datasetstore.h"

#include "absencerepository.h"
#include "backend.h"
#include "database.h"
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

// Engine settings for a large insert (Backend::setBulkWrite) while it lasts.
class BulkWrite
{
public:
    explicit BulkWrite(const Database &db)
        : m_db(db)
    {
        db.backend().setBulkWrite(db, true);
    }
    ~BulkWrite()
    {
        try {
            m_db.backend().setBulkWrite(m_db, false);
        } catch (...) {
            // Only a setting; never worth an exception from a destructor.
        }
    }
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    const Database &m_db;
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
    const BulkWrite bulk(db);
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
