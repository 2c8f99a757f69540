#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QString>

#include "core/domain/client.h"
#include "core/domain/dispensing.h"
#include "core/domain/medication/dosesafety.h"
#include "core/domain/medication/medicalreview.h"
#include "core/domain/prescription.h"
#include "core/services/actor.h"
#include "ui/services.h"

namespace mestring::ui {

/// One day of the recent dispensing history: a scheduled dose (given, refused, withheld or
/// missed) or a dose recorded on an unscheduled day.
struct OverviewDoseDay
{
    QDate date;
    core::Prescription prescription;
    core::DoseState state = core::DoseState::Pending;
    bool scheduled = false;
    std::optional<core::Dispensing> recorded;
};

/// What the printed medication overview shows, read through the services (each read logged).
struct MedicationOverviewData
{
    core::Client client;
    QDate today;
    QString printedBy;
    std::vector<core::Prescription> prescriptions; // earliest start first
    QHash<QString, QString> staffNames;
    std::vector<OverviewDoseDay> recentDays; // newest first
    int recentDayCount = 28;
    core::DoseBlock block; // the missed-dose block of today, if any
    core::MedicalReview review;
    /// False when the reader may not read appointments: the review is then by prescriptions.
    bool appointmentsRead = false;
};

/// Reads a client's medication overview as of `today` for `actor` (who needs ReadMedication).
/// Throws what the services throw (ServiceError, StorageError).
MedicationOverviewData loadMedicationOverview(
    Services services, const core::Actor &actor, const QString &clientId, const QDate &today);

} // namespace mestring::ui
