#pragma once

#include <vector>

#include "core/domain/dataset.h"
#include "core/domain/medication/closeddays.h"
#include "core/domain/medication/medicationsettings.h"
#include "core/domain/ruleissue.h"
#include "datasetindex.h"

namespace mestring::core {

/// The working state of checkDataset(): an index of the dataset, one pass per rule family that
/// calls the per-record rule functions with the neighbours the index finds, and the issues
/// found, returned in document order with JSON paths ("courses[3].end_reason").
class DatasetCheck
{
public:
    DatasetCheck(const Dataset &dataset, const MedicationSettings &settings);

    RuleIssues run();

    /// The lists of the interchange document, in document order.
    enum class Section {
        Staff,
        Clients,
        Courses,
        Goals,
        Assessments,
        Appointments,
        Absences,
        Groups,
        Prescriptions,
        Dispensings,
        Targets,
        Notes,
        Corrections,
        ClosedDays,
        Feedback,
        WaitingLists,
        RegistryReports
    };

private:
    void report(Section section, std::size_t row, RuleIssues &&issues);

    // datasetcheck.cpp
    void checkDuplicateIds();
    void checkRecords();
    void checkReferences();
    void checkGroupReferences();
    static constexpr int notLookedUp = -2;
    /// Reports `id` when no record of `target` has it. `found` is the row when the index has
    /// already looked it up, so big lists are not searched twice.
    void expectReference(Section section, std::size_t row, const QString &field, QStringView id,
        Section target, int found = notLookedUp);

    // datasetcheckclinical.cpp
    void checkStaff();
    void checkClients();
    void checkCourses();
    void sweepCourseOverlaps(int client);
    void checkPhaseNotes();
    void checkGoals();
    void checkAppointments();
    void checkNotes();
    void checkTargets();

    // datasetcheckmedication.cpp
    void checkPrescriptions();
    void sweepPrescriptionOverlaps(int client);
    void checkFirstPrescriptions(int client);
    void checkSigners(std::size_t prescriptionRow);
    void checkDispensings();
    void sweepDispensingConflicts(int prescription);
    void checkMissedDoseBlocks();
    void checkDosePlausibility(int client);

    // datasetcheckcorrections.cpp
    void checkCorrections();
    void checkClosedDays();
    /// The counting dispensings of one client's prescriptions (as pointers), for the rules.
    std::vector<const Dispensing *> countingDispensings(std::span<const int> prescriptionRows) const;

    // datasetcheckfeedback.cpp: FIT ratings, waiting lists, registry marks
    void checkFeedback();
    void checkWaitingLists();
    void checkRegistryReports();

    struct Entry
    {
        Section section;
        std::size_t row;
        RuleIssue issue;
    };

    const Dataset &m_data;
    const MedicationSettings &m_settings;
    DatasetIndex m_index;
    ClosedDayCalendar m_closedDays;
    std::vector<Entry> m_entries;
    std::vector<Absence> m_absencesByClient; // gathered: one span per client
    std::vector<Appointment> m_doctorVisitsByClient;
};

} // namespace mestring::core
