#include "stopprescriptiondialog.h"

#include "core/services/prescriptionservice.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

StopPrescriptionDialog::StopPrescriptionDialog(core::PrescriptionService &prescriptions,
    core::Actor actor, const core::Prescription &prescription, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_prescriptions(prescriptions)
    , m_actor(std::move(actor))
    , m_prescription(prescription)
    , m_lastDay(new DateField(this))
{
    setObjectName(QStringLiteral("stopPrescriptionDialog"));
    setWindowTitle(tr("Stop the prescription"));
    addNote(
        tr("%1 %2 from %3. The prescription is kept in the history.")
            .arg(drugTitle(prescription.drug), DispensingListModel::doseText(prescription.doseMg),
                formatDate(prescription.start)));
    m_lastDay->setDate(std::max(today, prescription.start));
    addField(tr("&Last day"), m_lastDay, QStringLiteral("end"));
    addNote(tr("A prescription entered in error, with no dispensing yet, is annulled instead "
               "(Annul prescription)."));
    setFirstField(m_lastDay);
    watchForChanges();
    resize(480, sizeHint().height());
}

bool StopPrescriptionDialog::save()
{
    if (!m_lastDay->date().isValid()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("end"),
            tr("Enter the last day as dd-mm-yyyy.")}});
        return false;
    }
    m_prescriptions.stop(m_actor, m_prescription.id, m_lastDay->date());
    return true;
}

} // namespace mestring::ui
