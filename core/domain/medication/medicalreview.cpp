#include "medicalreview.h"

#include <algorithm>

#include "core/domain/caseload.h"
#include "dosesafety.h"

namespace mestring::core {

QDate MedicalReview::dueBy() const
{
    return last.isNull() ? QDate() : last.addDays(medicalReviewDays);
}

MedicalReview medicalReviewOn(const QDate &day, std::span<const Prescription> clientPrescriptions,
    std::span<const Appointment> clientAppointments)
{
    MedicalReview review;
    review.last = DoseReassessments(clientPrescriptions, clientAppointments).lastOnOrBefore(day);
    review.required = std::any_of(
        clientPrescriptions.begin(), clientPrescriptions.end(), [&day](const Prescription &p) {
            return p.isActiveOn(day)
                && (p.category == DrugCategory::Substitution
                    || p.category == DrugCategory::Antabus);
        });
    review.overdue = review.required && (review.last.isNull() || review.dueBy() < day);
    return review;
}

} // namespace mestring::core
