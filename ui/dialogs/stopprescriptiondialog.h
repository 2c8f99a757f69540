#pragma once

#include "core/domain/prescription.h"
#include "core/services/actor.h"
#include "recorddialog.h"

namespace mestring::core {
class PrescriptionService;
}

namespace mestring::ui {

class DateField;

/// Stops a prescription after a chosen last day (only ever earlier than its end; never before a
/// dispensing already registered). Doctors only.
class StopPrescriptionDialog : public RecordDialog
{
    Q_OBJECT

public:
    StopPrescriptionDialog(core::PrescriptionService &prescriptions, core::Actor actor,
        const core::Prescription &prescription, const QDate &today, QWidget *parent = nullptr);

    DateField *lastDayField() const { return m_lastDay; }

protected:
    bool save() override;

private:
    core::PrescriptionService &m_prescriptions;
    core::Actor m_actor;
    core::Prescription m_prescription;
    DateField *m_lastDay;
};

} // namespace mestring::ui
