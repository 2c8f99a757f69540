#include "datasetindex.h"

namespace mestring::core {

RowGroups::RowGroups(int groupCount, const std::vector<int> &groupOfRow)
    : m_offsets(std::size_t(groupCount) + 1, 0)
{
    // Counting sort: stable, so every group keeps row order.
    for (int group : groupOfRow) {
        if (group >= 0) ++m_offsets[std::size_t(group) + 1];
    }
    for (std::size_t g = 1; g < m_offsets.size(); ++g)
        m_offsets[g] += m_offsets[g - 1];
    m_rows.resize(std::size_t(m_offsets.back()));
    std::vector<int> next(m_offsets.begin(), m_offsets.end() - 1);
    for (std::size_t row = 0; row < groupOfRow.size(); ++row) {
        const int group = groupOfRow[row];
        if (group >= 0) m_rows[std::size_t(next[std::size_t(group)]++)] = int(row);
    }
}

namespace {

template <typename T, typename Key>
std::vector<int> rowsOf(const std::vector<T> &records, const RecordIndex &owners, Key key)
{
    std::vector<int> result(records.size(), -1);
    for (std::size_t row = 0; row < records.size(); ++row)
        result[row] = owners.find(key(records[row]));
    return result;
}

} // namespace

DatasetIndex::DatasetIndex(const Dataset &d)
    : staff(d.staff)
    , clients(d.clients)
    , courses(d.courses)
    , goals(d.goals)
    , assessments(d.assessments)
    , appointments(d.appointments)
    , absences(d.absences)
    , groups(d.groups)
    , prescriptions(d.prescriptions)
    , dispensings(d.dispensings)
    , notes(d.notes)
    , corrections(d.corrections)
    , feedback(d.feedback)
    , waitingLists(d.waitingLists)
{
    const int clientCount = int(d.clients.size());
    clientOfCourse = rowsOf(d.courses, clients, [](const Course &c) { return c.client; });
    clientOfPrescription
        = rowsOf(d.prescriptions, clients, [](const Prescription &p) { return p.client; });
    prescriptionOfDispensing
        = rowsOf(d.dispensings, prescriptions, [](const Dispensing &x) { return x.prescription; });
    courseOfAppointment
        = rowsOf(d.appointments, courses, [](const Appointment &a) { return a.course; });
    coursesByClient = RowGroups(clientCount, clientOfCourse);
    prescriptionsByClient = RowGroups(clientCount, clientOfPrescription);
    absencesByClient = RowGroups(
        clientCount, rowsOf(d.absences, clients, [](const Absence &a) { return a.client; }));
    notesByClient = RowGroups(
        clientCount, rowsOf(d.notes, clients, [](const JournalNote &n) { return n.client; }));
    goalsByCourse = RowGroups(
        int(d.courses.size()), rowsOf(d.goals, courses, [](const Goal &g) { return g.course; }));
    dispensingsByPrescription = RowGroups(int(d.prescriptions.size()), prescriptionOfDispensing);
    dispensingOfCorrection
        = rowsOf(d.corrections, dispensings, [](const Correction &c) { return c.annuls; });
    annulled.assign(d.dispensings.size(), false);
    for (int row : dispensingOfCorrection) {
        if (row >= 0) annulled[std::size_t(row)] = true;
    }

    std::vector<int> doctorVisitClient(d.appointments.size(), -1);
    for (std::size_t row = 0; row < d.appointments.size(); ++row) {
        const Appointment &a = d.appointments[row];
        if (a.type == AppointmentType::Doctor && a.status == AppointmentStatus::Attended)
            doctorVisitClient[row] = clientOfAppointment(row);
    }
    doctorVisitsByClient = RowGroups(clientCount, doctorVisitClient);
}

int DatasetIndex::clientOfAppointment(std::size_t row) const
{
    const int course = courseOfAppointment[row];
    return course < 0 ? -1 : clientOfCourse[std::size_t(course)];
}

} // namespace mestring::core
