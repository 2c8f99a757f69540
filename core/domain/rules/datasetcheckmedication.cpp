#include "datasetcheck.h"

#include <algorithm>

#include "core/domain/medication/coverage.h"
#include "core/domain/medication/dosesafety.h"
#include "dispensingrules.h"
#include "prescriptionrules.h"

namespace mestring::core {

namespace {

bool isExclusive(DrugCategory category)
{
    return isExclusiveCategory(category);
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
        checkSigners(row);
    }
    for (int client = 0; client < int(m_data.clients.size()); ++client) {
        sweepPrescriptionOverlaps(client);
        checkFirstPrescriptions(client);
        checkDosePlausibility(client);
    }
}

void DatasetCheck::checkSigners(std::size_t row)
{
    const Prescription &p = m_data.prescriptions[row];
    const std::pair<const char *, const std::optional<SignedReason> *> signers[]
        = {{"annulled", &p.annulled}, {"dose_confirmed", &p.doseConfirmed}};
    for (const auto &[path, signedReason] : signers) {
        if (!*signedReason) continue;
        if (const int staff = m_index.staff.find((*signedReason)->staff); staff >= 0) {
            report(Section::Prescriptions, row,
                checkSignedByDoctor(QLatin1StringView(path), m_data.staff[std::size_t(staff)]));
        }
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
        const int p = m_index.prescriptionOfDispensing[row];
        if (p < 0) continue;
        const Prescription &prescription = m_data.prescriptions[std::size_t(p)];
        // An annulled dispensing on an annulled prescription is what an annulment leaves.
        if (m_index.annulled[row] && prescription.isAnnulled()) continue;
        report(Section::Dispensings, row,
            checkDispensingPeriod(m_data.dispensings[row], prescription));
        const Dispensing &d = m_data.dispensings[row];
        if (d.lateConfirmed) {
            if (const int staff = m_index.staff.find(d.lateConfirmed->staff); staff >= 0) {
                report(Section::Dispensings, row,
                    checkSignedByDoctor(QStringLiteral("late_confirmed"),
                        m_data.staff[std::size_t(staff)]));
            }
        }
    }
    for (int client = 0; client < int(m_data.clients.size()); ++client)
        sweepDispensingConflicts(client);
}

std::vector<const Dispensing *> DatasetCheck::countingDispensings(
    std::span<const int> prescriptionRows) const
{
    std::vector<const Dispensing *> result;
    for (int p : prescriptionRows) {
        for (int row : m_index.dispensingsByPrescription.rows(p)) {
            if (!m_index.annulled[std::size_t(row)])
                result.push_back(&m_data.dispensings[std::size_t(row)]);
        }
    }
    return result;
}

// Per group of a client's prescriptions that share coverage, in date order: a dispensing
// conflicts with the one before it on the same day, or lies inside the furthest-reaching
// take-home supply handed out on an earlier day. checkDispensingCoverage() decides and words
// it, for each dispensing with the one it may conflict with.
void DatasetCheck::sweepDispensingConflicts(int client)
{
    const auto &prescriptions = m_data.prescriptions;
    std::vector<int> rows(m_index.prescriptionsByClient.rows(client).begin(),
        m_index.prescriptionsByClient.rows(client).end());
    std::vector<bool> done(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (done[i]) continue;
        const Prescription &first = prescriptions[std::size_t(rows[i])];
        std::vector<int> group;
        for (std::size_t j = i; j < rows.size(); ++j) {
            if (!done[j] && sharesCoverage(first, prescriptions[std::size_t(rows[j])])) {
                done[j] = true;
                group.push_back(rows[j]);
            }
        }
        std::vector<const Dispensing *> sorted = countingDispensings(group);
        std::erase_if(sorted, [](const Dispensing *d) { return !d->date.isValid(); });
        const auto byDate = [this](const Dispensing *a, const Dispensing *b) {
            return std::tie(a->date, a) < std::tie(b->date, b);
        };
        // Dispensings are usually recorded day by day, so already in order.
        if (!std::is_sorted(sorted.begin(), sorted.end(), byDate))
            std::sort(sorted.begin(), sorted.end(), byDate);
        const Dispensing *previous = nullptr, *cover = nullptr;
        for (const Dispensing *d : sorted) {
            const Dispensing *conflict = nullptr;
            if (previous && previous->date == d->date)
                conflict = previous;
            else if (cover && cover->date < d->date && d->date <= cover->lastCoveredDay())
                conflict = cover;
            const std::size_t row = std::size_t(d - m_data.dispensings.data());
            const Prescription &p
                = prescriptions[std::size_t(m_index.prescriptionOfDispensing[row])];
            std::vector<CoverageEntry> others;
            if (conflict) others.push_back({conflict, nullptr});
            report(Section::Dispensings, row,
                checkDispensingCoverage(*d, p, others, m_closedDays));
            if (d->status == DispensingStatus::HandedOut
                && (!cover || d->lastCoveredDay() > cover->lastCoveredDay()))
                cover = d;
            previous = d;
        }
    }
}

void DatasetCheck::checkMissedDoseBlocks()
{
    const auto &prescriptions = m_data.prescriptions;
    std::vector<Prescription> clientPrescriptions;
    for (int client = 0; client < int(m_data.clients.size()); ++client) {
        const std::span<const int> rows = m_index.prescriptionsByClient.rows(client);
        std::vector<int> substitution;
        for (int p : rows) {
            if (prescriptions[std::size_t(p)].category == DrugCategory::Substitution)
                substitution.push_back(p);
        }
        const std::vector<const Dispensing *> dispensings = countingDispensings(substitution);
        if (dispensings.empty()) continue;
        clientPrescriptions.clear();
        for (int p : rows)
            clientPrescriptions.push_back(prescriptions[std::size_t(p)]);
        const DoseReassessments reassessments(
            clientPrescriptions, m_index.doctorVisitsByClient.span(m_doctorVisitsByClient, client));
        const auto blocked = dispensingsGivenWhileBlocked(clientPrescriptions, dispensings,
            m_index.absencesByClient.span(m_absencesByClient, client), m_closedDays,
            reassessments);
        for (const BlockedDispensing &b : blocked) {
            report(Section::Dispensings, std::size_t(b.dispensing - m_data.dispensings.data()),
                {blockedDispensingIssue(b.run.count(), b.run.last())});
        }
    }
}

void DatasetCheck::checkDosePlausibility(int client)
{
    std::vector<Prescription> clientPrescriptions;
    const std::span<const int> rows = m_index.prescriptionsByClient.rows(client);
    for (int p : rows)
        clientPrescriptions.push_back(m_data.prescriptions[std::size_t(p)]);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        report(Section::Prescriptions, std::size_t(rows[i]),
            core::checkDosePlausibility(clientPrescriptions[i], clientPrescriptions, m_settings));
    }
}

} // namespace mestring::core
