#pragma once

#include <span>

#include <QDate>

#include "core/domain/appointment.h"
#include "core/domain/prescription.h"

namespace mestring::core {

/// A client's medical review as of a day (domain.md: substitution and antabus treatment needs a
/// review at least every 6 months and at every change).
struct MedicalReview
{
    /// The latest review on or before the day: an attended doctor appointment or the start of
    /// a prescription (a change starts a new one). Null when there is none.
    QDate last;
    /// The client has a substitution or antabus prescription active on the day.
    bool required = false;
    /// Required and the last review more than medicalReviewDays (183) before the day, or none.
    bool overdue = false;

    /// The last day the review is on time (last + 183 days); null when there is no review.
    QDate dueBy() const;
};

/// The medical review of a client on `day` from their prescriptions and appointments (other
/// appointment types and statuses are ignored), as the caseload overview flags it.
MedicalReview medicalReviewOn(const QDate &day, std::span<const Prescription> clientPrescriptions,
    std::span<const Appointment> clientAppointments);

} // namespace mestring::core
