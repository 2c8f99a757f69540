#include "medicationoverviewdata.h"

#include <algorithm>

#include "core/services/appointmentservice.h"
#include "core/services/clientservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/medicationsettingsservice.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"

namespace mestring::ui {

std::vector<OverviewDoseDay> recentDoseDays(const core::MedicationRecord &record, const QDate &from)
{
    QHash<QString, const core::Prescription *> byId;
    for (const core::Prescription &p : record.prescriptions)
        byId.insert(p.id, &p);
    std::vector<OverviewDoseDay> days;
    for (const core::DoseDayEntry &day : record.doseDays) {
        const core::Prescription *p = byId.value(day.prescriptionId);
        if (day.date < from || !p || (!day.scheduled && !day.dispensing)) continue;
        days.push_back({day.date, *p, day.state, day.scheduled, day.dispensing, std::nullopt});
    }
    for (const core::DispensingEntry &entry : record.dispensings) {
        const core::Prescription *p = byId.value(entry.dispensing.prescription);
        if (!entry.isAnnulled() || entry.dispensing.date < from || !p) continue;
        days.push_back({entry.dispensing.date, *p, core::DoseState::Pending, false,
            entry.dispensing, entry.correction});
    }
    std::stable_sort(days.begin(), days.end(),
        [](const OverviewDoseDay &a, const OverviewDoseDay &b) { return a.date > b.date; });
    return days;
}

MedicationOverviewData loadMedicationOverview(
    Services services, const core::Actor &actor, const QString &clientId)
{
    core::requirePermission(actor, core::Permission::ReadMedication);
    MedicationOverviewData data;
    data.printedBy = actor.name;
    data.client = services.clients.get(actor, clientId);
    for (const core::StaffMember &member : services.staff.list(actor, true))
        data.staffNames.insert(member.id, member.name);
    const core::MedicationRecord record = services.dispensings.clientRecord(actor, clientId);
    data.today = record.today;
    data.prescriptions = record.prescriptions;
    data.block = record.block;
    data.settings = services.medicationSettings.settings(actor);

    std::vector<core::Appointment> appointments;
    if (core::mayDo(actor, core::Permission::ManageAppointments)) {
        appointments = services.appointments.forClient(actor, clientId, QDate(), data.today);
        data.appointmentsRead = true;
    }
    data.review = core::medicalReviewOn(data.today, data.prescriptions, appointments);
    data.recentDays = recentDoseDays(record, data.today.addDays(1 - data.recentDayCount));
    return data;
}

} // namespace mestring::ui
