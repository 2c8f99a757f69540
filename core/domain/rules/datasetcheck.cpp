#include "datasetcheck.h"

#include <algorithm>

#include <QCoreApplication>

#include "absencerules.h"
#include "appointmentrules.h"
#include "assessmentrules.h"
#include "clientrules.h"
#include "courserules.h"
#include "dispensingrules.h"
#include "feedbackrules.h"
#include "goalrules.h"
#include "grouprules.h"
#include "issuehelpers.h"
#include "noterules.h"
#include "prescriptionrules.h"
#include "registryreportrules.h"
#include "staffrules.h"
#include "targetrules.h"
#include "waitinglistrules.h"

namespace mestring::core {

namespace {

using Section = DatasetCheck::Section;

QLatin1StringView sectionName(Section section)
{
    static constexpr const char *names[] = {"staff", "clients", "courses", "goals", "assessments",
        "appointments", "absences", "groups", "prescriptions", "dispensings", "targets", "notes",
        "corrections", "closed_days", "feedback", "waiting_lists", "registry_reports"};
    return QLatin1StringView(names[int(section)]);
}

QString missingMessage(Section target, QStringView id)
{
    switch (target) {
    case Section::Staff:
        return QCoreApplication::translate("mestring",
            "There is no staff member with id '%1'. Choose an "
            "existing staff member.")
            .arg(id);
    case Section::Clients:
        return QCoreApplication::translate("mestring",
            "There is no client with id '%1'. Choose an existing "
            "client.")
            .arg(id);
    case Section::Courses:
        return QCoreApplication::translate("mestring",
            "There is no course with id '%1'. Choose an existing "
            "course.")
            .arg(id);
    case Section::Prescriptions:
        return QCoreApplication::translate("mestring",
            "There is no prescription with id '%1'. Choose an "
            "existing prescription.")
            .arg(id);
    case Section::Appointments:
        return QCoreApplication::translate(
            "mestring", "There is no appointment with id '%1'. Choose an existing appointment.")
            .arg(id);
    case Section::Groups:
        return QCoreApplication::translate(
            "mestring", "There is no group session with id '%1'. Choose an existing session.")
            .arg(id);
    default:
        return QCoreApplication::translate("mestring", "There is no record with id '%1'.").arg(id);
    }
}

template <typename T, typename Check, typename Sink>
void checkEach(const std::vector<T> &records, Check check, Sink sink)
{
    for (std::size_t row = 0; row < records.size(); ++row) {
        RuleIssues issues = check(records[row]);
        if (!issues.empty()) sink(row, std::move(issues));
    }
}

} // namespace

DatasetCheck::DatasetCheck(const Dataset &dataset, const MedicationSettings &settings)
    : m_data(dataset)
    , m_settings(settings)
    , m_index(dataset)
    , m_closedDays(dataset.closedDays)
{
    m_absencesByClient = m_index.absencesByClient.gather(dataset.absences);
    m_doctorVisitsByClient = m_index.doctorVisitsByClient.gather(dataset.appointments);
}

RuleIssues DatasetCheck::run()
{
    checkDuplicateIds();
    checkRecords();
    checkReferences();
    checkStaff();
    checkClients();
    checkCourses();
    checkGoals();
    checkAppointments();
    checkNotes();
    checkTargets();
    checkPrescriptions();
    checkDispensings();
    checkMissedDoseBlocks();
    checkCorrections();
    checkClosedDays();
    checkFeedback();
    checkWaitingLists();
    checkRegistryReports();

    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.section != b.section ? a.section < b.section : a.row < b.row;
    });
    RuleIssues issues;
    issues.reserve(m_entries.size());
    for (Entry &entry : m_entries)
        issues.push_back(std::move(entry.issue));
    return issues;
}

void DatasetCheck::report(Section section, std::size_t row, RuleIssues &&issues)
{
    if (issues.empty()) return;
    const QString prefix = elementPath(sectionName(section), qsizetype(row));
    prefixPaths(issues, prefix);
    for (RuleIssue &issue : issues)
        m_entries.push_back(Entry {section, row, std::move(issue)});
}

void DatasetCheck::checkDuplicateIds()
{
    const std::pair<Section, const RecordIndex *> lists[] = {
        {Section::Staff, &m_index.staff},
        {Section::Clients, &m_index.clients},
        {Section::Courses, &m_index.courses},
        {Section::Goals, &m_index.goals},
        {Section::Assessments, &m_index.assessments},
        {Section::Appointments, &m_index.appointments},
        {Section::Absences, &m_index.absences},
        {Section::Groups, &m_index.groups},
        {Section::Prescriptions, &m_index.prescriptions},
        {Section::Dispensings, &m_index.dispensings},
        {Section::Notes, &m_index.notes},
        {Section::Corrections, &m_index.corrections},
        {Section::Feedback, &m_index.feedback},
        {Section::WaitingLists, &m_index.waitingLists},
    };
    for (const auto &[section, index] : lists) {
        for (const auto &[row, first] : index->duplicates()) {
            report(section, std::size_t(row),
                {dataError(QStringLiteral("id"),
                    QCoreApplication::translate("mestring",
                        "The id is already used by %1. Every "
                        "record needs its own id.")
                        .arg(elementPath(sectionName(section), first)))});
        }
    }
}

void DatasetCheck::checkRecords()
{
    const auto sink = [this](Section section) {
        return [this, section](std::size_t row, RuleIssues &&issues) {
            report(section, row, std::move(issues));
        };
    };
    checkEach(m_data.staff, checkStaffMember, sink(Section::Staff));
    checkEach(m_data.clients, checkClient, sink(Section::Clients));
    checkEach(m_data.courses, checkCourse, sink(Section::Courses));
    checkEach(m_data.goals, checkGoal, sink(Section::Goals));
    checkEach(m_data.assessments, checkAssessment, sink(Section::Assessments));
    checkEach(m_data.appointments, checkAppointment, sink(Section::Appointments));
    checkEach(m_data.absences, checkAbsence, sink(Section::Absences));
    checkEach(m_data.groups, checkGroup, sink(Section::Groups));
    checkEach(m_data.prescriptions, checkPrescription, sink(Section::Prescriptions));
    checkEach(m_data.dispensings, checkDispensing, sink(Section::Dispensings));
    checkEach(m_data.targets, checkTarget, sink(Section::Targets));
    checkEach(m_data.notes, checkNote, sink(Section::Notes));
    checkEach(m_data.corrections, checkCorrection, sink(Section::Corrections));
    checkEach(m_data.feedback, checkFitRating, sink(Section::Feedback));
    checkEach(m_data.waitingLists, checkWaitingListEntry, sink(Section::WaitingLists));
    checkEach(m_data.registryReports, checkRegistryReport, sink(Section::RegistryReports));
}

void DatasetCheck::expectReference(Section section, std::size_t row, const QString &field,
    QStringView id, Section target, int found)
{
    // An empty reference is a missing required field, reported by the record's own rules.
    if (id.isEmpty()) return;
    if (found == notLookedUp) {
        const RecordIndex &index = target == Section::Staff ? m_index.staff
            : target == Section::Clients                    ? m_index.clients
            : target == Section::Courses                    ? m_index.courses
            : target == Section::Appointments               ? m_index.appointments
                                                            : m_index.prescriptions;
        found = index.find(id);
    }
    if (found < 0) report(section, row, {dataError(field, missingMessage(target, id))});
}

void DatasetCheck::checkReferences()
{
    const QString client = QStringLiteral("client"), course = QStringLiteral("course"),
                  staff = QStringLiteral("staff");
    for (std::size_t i = 0; i < m_data.courses.size(); ++i) {
        const Course &c = m_data.courses[i];
        expectReference(
            Section::Courses, i, client, c.client, Section::Clients, m_index.clientOfCourse[i]);
        expectReference(
            Section::Courses, i, QStringLiteral("responsible"), c.responsible, Section::Staff);
    }
    for (std::size_t i = 0; i < m_data.goals.size(); ++i)
        expectReference(Section::Goals, i, course, m_data.goals[i].course, Section::Courses);
    for (std::size_t i = 0; i < m_data.assessments.size(); ++i) {
        expectReference(
            Section::Assessments, i, course, m_data.assessments[i].course, Section::Courses);
    }
    for (std::size_t i = 0; i < m_data.appointments.size(); ++i) {
        const Appointment &a = m_data.appointments[i];
        expectReference(Section::Appointments, i, course, a.course, Section::Courses,
            m_index.courseOfAppointment[i]);
        expectReference(Section::Appointments, i, staff, a.staff, Section::Staff);
    }
    for (std::size_t i = 0; i < m_data.absences.size(); ++i)
        expectReference(Section::Absences, i, client, m_data.absences[i].client, Section::Clients);
    for (std::size_t i = 0; i < m_data.prescriptions.size(); ++i) {
        const Prescription &p = m_data.prescriptions[i];
        expectReference(Section::Prescriptions, i, client, p.client, Section::Clients,
            m_index.clientOfPrescription[i]);
        expectReference(
            Section::Prescriptions, i, QStringLiteral("prescriber"), p.prescriber, Section::Staff);
        if (p.annulled) {
            expectReference(Section::Prescriptions, i, QStringLiteral("annulled.staff"),
                p.annulled->staff, Section::Staff);
        }
        if (p.doseConfirmed) {
            expectReference(Section::Prescriptions, i, QStringLiteral("dose_confirmed.staff"),
                p.doseConfirmed->staff, Section::Staff);
        }
    }
    for (std::size_t i = 0; i < m_data.dispensings.size(); ++i) {
        const Dispensing &d = m_data.dispensings[i];
        expectReference(Section::Dispensings, i, QStringLiteral("prescription"), d.prescription,
            Section::Prescriptions, m_index.prescriptionOfDispensing[i]);
        expectReference(Section::Dispensings, i, staff, d.staff, Section::Staff);
        if (d.lateConfirmed) {
            expectReference(Section::Dispensings, i, QStringLiteral("late_confirmed.staff"),
                d.lateConfirmed->staff, Section::Staff);
        }
    }
    for (std::size_t i = 0; i < m_data.corrections.size(); ++i)
        expectReference(Section::Corrections, i, staff, m_data.corrections[i].staff, Section::Staff);
    for (std::size_t i = 0; i < m_data.notes.size(); ++i) {
        const JournalNote &n = m_data.notes[i];
        expectReference(Section::Notes, i, client, n.client, Section::Clients);
        expectReference(Section::Notes, i, course, n.course, Section::Courses);
        expectReference(Section::Notes, i, QStringLiteral("author"), n.author, Section::Staff);
    }
    checkGroupReferences();
}

void DatasetCheck::checkGroupReferences()
{
    for (std::size_t i = 0; i < m_data.groups.size(); ++i) {
        const GroupCourse &g = m_data.groups[i];
        for (std::size_t j = 0; j < g.leaders.size(); ++j) {
            expectReference(Section::Groups, i,
                elementPath(QLatin1StringView("leaders"), qsizetype(j)), g.leaders[j],
                Section::Staff);
        }
        for (std::size_t j = 0; j < g.members.size(); ++j) {
            expectReference(Section::Groups, i,
                elementPath(
                    QLatin1StringView("members"), qsizetype(j), QLatin1StringView("course")),
                g.members[j].course, Section::Courses);
        }
        for (std::size_t j = 0; j < g.waiting.size(); ++j) {
            expectReference(Section::Groups, i,
                elementPath(
                    QLatin1StringView("waiting"), qsizetype(j), QLatin1StringView("course")),
                g.waiting[j].course, Section::Courses);
        }
    }
}

} // namespace mestring::core
