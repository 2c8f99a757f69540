#include "datasetcheck.h"

#include <algorithm>

#include "core/domain/medication/dosesafety.h"
#include "dispensingrules.h"
#include "prescriptionrules.h"

namespace mestring::core {

namespace {

bool isExclusive(DrugCategory category)
{
    return category == DrugCategory::Substitution || category == DrugCategory::Antabus;
}

} // namespace

void DatasetCheck::checkPrescriptions()
{
    for (std::size_t row = 0; row < m_data.prescriptions.size(); ++row) {
        const Prescription &p = m_data.prescriptions[row];
        if (const int client = m_index.clientOfPrescription[row]; client >= 0) {
            report(Section::Prescriptions, row,
                checkPrescriptionClient(p, m_data.clients[std::size_t(client)]));
        }
        if (const int prescriber = m_index.staff.find(p.prescriber); prescriber >= 0) {
            report(Section::Prescriptions, row,
                checkPrescriber(p, m_data.staff[std::size_t(prescriber)]));
        }
    }
    for (int client = 0; client < int(m_data.clients.size()); ++client) {
        sweepPrescriptionOverlaps(client);
        checkFirstPrescriptions(client);
    }
}

// As for courses: sorted by category and start, a prescription clashes with an earlier one
// exactly when it starts on or before the furthest end reached so far.
void DatasetCheck::sweepPrescriptionOverlaps(int client)
{
    const auto &all = m_data.prescriptions;
    std::vector<int> sorted;
    for (int row : m_index.prescriptionsByClient.rows(client)) {
        if (isExclusive(all[std::size_t(row)].category) && all[std::size_t(row)].start.isValid())
            sorted.push_back(row);
    }
    std::sort(sorted.begin(), sorted.end(), [&all](int a, int b) {
        const Prescription &x = all[std::size_t(a)], &y = all[std::size_t(b)];
        return std::tie(x.category, x.start, a) < std::tie(y.category, y.start, b);
    });
    int reach = -1;
    for (int row : sorted) {
        const Prescription &p = all[std::size_t(row)];
        if (reach >= 0 && all[std::size_t(reach)].category != p.category) reach = -1;
        if (reach >= 0) {
            report(Section::Prescriptions, std::size_t(row),
                checkPrescriptionOverlap(p, std::span(&all[std::size_t(reach)], 1)));
        }
        const QDate reachEnd = reach >= 0 ? all[std::size_t(reach)].end : QDate();
        if (reach < 0 || (reachEnd.isValid() && (!p.end.isValid() || p.end > reachEnd)))
            reach = row;
    }
}

void DatasetCheck::checkFirstPrescriptions(int client)
{
    const std::span<const int> rows = m_index.prescriptionsByClient.rows(client);
    const auto &all = m_data.prescriptions;
    std::vector<Prescription> clientPrescriptions;
    for (DrugCategory category : {DrugCategory::Substitution, DrugCategory::Antabus}) {
        int first = -1;
        for (int row : rows) {
            const Prescription &p = all[std::size_t(row)];
            if (p.category != category || !p.start.isValid()) continue;
            if (first < 0
                || std::tie(p.start, p.id)
                    < std::tie(all[std::size_t(first)].start, all[std::size_t(first)].id)) {
                first = row;
            }
        }
        if (first < 0) continue;
        if (clientPrescriptions.empty()) {
            for (int row : rows)
                clientPrescriptions.push_back(all[std::size_t(row)]);
        }
        report(Section::Prescriptions, std::size_t(first),
            checkFirstPrescriptionConsultation(all[std::size_t(first)], clientPrescriptions,
                m_index.doctorVisitsByClient.span(m_doctorVisitsByClient, client)));
    }
}

void DatasetCheck::checkDispensings()
{
    for (std::size_t row = 0; row < m_data.dispensings.size(); ++row) {
        if (const int p = m_index.prescriptionOfDispensing[row]; p >= 0) {
            report(Section::Dispensings, row,
                checkDispensingPeriod(
                    m_data.dispensings[row], m_data.prescriptions[std::size_t(p)]));
        }
    }
    for (int p = 0; p < int(m_data.prescriptions.size()); ++p)
        sweepDispensingConflicts(p);
}

// In date order a dispensing conflicts with the one before it on the same day, or lies inside
// the furthest-reaching take-home supply handed out on an earlier day.
void DatasetCheck::sweepDispensingConflicts(int prescription)
{
    const auto &all = m_data.dispensings;
    std::vector<int> sorted;
    for (int row : m_index.dispensingsByPrescription.rows(prescription)) {
        if (all[std::size_t(row)].date.isValid()) sorted.push_back(row);
    }
    if (sorted.size() < 2) return;
    const auto byDate = [&all](int a, int b) {
        return std::tie(all[std::size_t(a)].date, a) < std::tie(all[std::size_t(b)].date, b);
    };
    // Dispensings are usually recorded day by day, so already in order.
    if (!std::is_sorted(sorted.begin(), sorted.end(), byDate))
        std::sort(sorted.begin(), sorted.end(), byDate);
    int previous = -1, cover = -1;
    for (int row : sorted) {
        const Dispensing &d = all[std::size_t(row)];
        int conflict = -1;
        if (previous >= 0 && all[std::size_t(previous)].date == d.date)
            conflict = previous;
        else if (cover >= 0 && all[std::size_t(cover)].date < d.date
            && d.date <= all[std::size_t(cover)].lastCoveredDay())
            conflict = cover;
        if (conflict >= 0) {
            report(Section::Dispensings, std::size_t(row),
                checkDispensingConflicts(d, std::span(&all[std::size_t(conflict)], 1)));
        }
        if (d.status == DispensingStatus::HandedOut
            && (cover < 0 || d.lastCoveredDay() > all[std::size_t(cover)].lastCoveredDay())) {
            cover = row;
        }
        previous = row;
    }
}

void DatasetCheck::checkMissedDoseBlocks()
{
    const auto &prescriptions = m_data.prescriptions;
    std::vector<const Dispensing *> dispensings;
    std::vector<Prescription> clientPrescriptions;
    for (int client = 0; client < int(m_data.clients.size()); ++client) {
        const std::span<const int> rows = m_index.prescriptionsByClient.rows(client);
        dispensings.clear();
        for (int p : rows) {
            if (prescriptions[std::size_t(p)].category != DrugCategory::Substitution) continue;
            for (int row : m_index.dispensingsByPrescription.rows(p))
                dispensings.push_back(&m_data.dispensings[std::size_t(row)]);
        }
        if (dispensings.empty()) continue;
        clientPrescriptions.clear();
        for (int p : rows)
            clientPrescriptions.push_back(prescriptions[std::size_t(p)]);
        const DoseReassessments reassessments(
            clientPrescriptions, m_index.doctorVisitsByClient.span(m_doctorVisitsByClient, client));
        const auto blocked = dispensingsGivenWhileBlocked(clientPrescriptions, dispensings,
            m_index.absencesByClient.span(m_absencesByClient, client), reassessments);
        for (const BlockedDispensing &b : blocked) {
            report(Section::Dispensings, std::size_t(b.dispensing - m_data.dispensings.data()),
                {blockedDispensingIssue(b.run.count(), b.run.last())});
        }
    }
}

} // namespace mestring::core
