#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QString>

#include "core/domain/client.h"
#include "core/domain/medication/medicalreview.h"
#include "core/domain/medication/medicationrecord.h"
#include "core/domain/medication/medicationsettings.h"
#include "core/services/actor.h"
#include "ui/services.h"

namespace mestring::ui {

/// One line of the recent dispensing history: a scheduled dose (given, refused, withheld or
/// missed), a dose recorded on an unscheduled day, or an annulled registration (struck
/// through, with its correction).
struct OverviewDoseDay
{
    QDate date;
    core::Prescription prescription;
    core::DoseState state = core::DoseState::Pending;
    bool scheduled = false;
    std::optional<core::Dispensing> recorded;
    std::optional<core::Correction> correction; // set: the registration was annulled
};

/// What the printed medication overview shows, read through the services (each read logged).
struct MedicationOverviewData
{
    core::Client client;
    QDate today;
    QString printedBy;
    std::vector<core::Prescription> prescriptions; // earliest start first, annulled ones too
    QHash<QString, QString> staffNames;
    std::vector<OverviewDoseDay> recentDays; // newest first
    int recentDayCount = 28;
    core::DoseBlock block; // the missed-dose block of today, if any
    core::MedicalReview review;
    core::MedicationSettings settings;
    /// False when the reader may not read appointments: the review is then by prescriptions.
    bool appointmentsRead = false;
};

/// The recent days of a client's medication record: its dose days and its annulled
/// registrations from `from` on, newest first.
std::vector<OverviewDoseDay> recentDoseDays(const core::MedicationRecord &record, const QDate &from);

/// Reads a client's medication overview as of today for `actor` (who needs ReadMedication).
/// Throws what the services throw (ServiceError, StorageError).
MedicationOverviewData loadMedicationOverview(
    Services services, const core::Actor &actor, const QString &clientId);

} // namespace mestring::ui
