#include "medicationoverviewdata.h"

#include <algorithm>

#include "core/domain/medication/doseschedule.h"
#include "core/services/absenceservice.h"
#include "core/services/appointmentservice.h"
#include "core/services/clientservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/permissions.h"
#include "core/services/prescriptionservice.h"
#include "core/services/staffservice.h"

namespace mestring::ui {

namespace {

bool isCurrentSubstitution(const core::Prescription &p, const QDate &today)
{
    return p.category == core::DrugCategory::Substitution && p.isActiveOn(today)
        && p.mode != core::DispensingMode::Pharmacy;
}

} // namespace

MedicationOverviewData loadMedicationOverview(
    Services services, const core::Actor &actor, const QString &clientId, const QDate &today)
{
    core::requirePermission(actor, core::Permission::ReadMedication);
    MedicationOverviewData data;
    data.today = today;
    data.printedBy = actor.name;
    data.client = services.clients.get(actor, clientId);
    for (const core::StaffMember &member : services.staff.list(actor, true))
        data.staffNames.insert(member.id, member.name);
    data.prescriptions = services.prescriptions.forClient(actor, clientId);

    std::vector<core::Absence> absences;
    std::vector<core::Appointment> appointments;
    if (core::mayDo(actor, core::Permission::ManageAppointments)) {
        absences = services.absences.forClient(actor, clientId);
        appointments = services.appointments.forClient(actor, clientId, QDate(), today);
        data.appointmentsRead = true;
    }
    data.review = core::medicalReviewOn(today, data.prescriptions, appointments);

    const QDate from = today.addDays(1 - data.recentDayCount);
    for (const core::Prescription &p : data.prescriptions) {
        if (!p.overlaps(from, today)) continue;
        const std::vector<core::Dispensing> given
            = services.dispensings.forPrescription(actor, p.id);
        const QDate to = p.end.isValid() ? std::min(p.end, today) : today;
        for (const core::DoseDay &day : core::doseDays(p, given, absences, from, to, today)) {
            if (!day.scheduled && !day.dispensing) continue;
            OverviewDoseDay line {day.date, p, day.state, day.scheduled, std::nullopt};
            if (day.dispensing) line.recorded = *day.dispensing;
            data.recentDays.push_back(std::move(line));
        }
        if (isCurrentSubstitution(p, today) && !data.block.blocked)
            data.block = services.dispensings.blockOn(actor, p.id, today);
    }
    std::stable_sort(data.recentDays.begin(), data.recentDays.end(),
        [](const OverviewDoseDay &a, const OverviewDoseDay &b) { return a.date > b.date; });
    return data;
}

} // namespace mestring::ui
