#include "medicationpage.h"

#include <QAction>
#include <QLabel>
#include <QTableView>

#include "core/services/dispensingservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "ui/dialogs/dispensingdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistfilter.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/servicecall.h"

// Recording and annulling from the dispensing list (MedicationPage).
namespace mestring::ui {

bool MedicationPage::needsDialog(
    const core::DispensingListRow &row, core::DispensingStatus status) const
{
    using core::DispensingStatus;
    if (m_day < m_services.clock.today()) return true; // a late registration
    if (status == DispensingStatus::HandedOut || status == DispensingStatus::Withheld)
        return true;
    // The doses of the closed days ahead go with today's: T plans the take-home too.
    return status == DispensingStatus::Taken && row.closedDaysAhead > 0;
}

bool MedicationPage::recordCurrent(core::DispensingStatus status)
{
    const int row = currentSourceRow();
    if (row < 0 || !recordAction(status)->isEnabled()) return false;
    const core::DispensingListRow listRow = m_model->rowAt(row);
    if (!needsDialog(listRow, status)) return saveDirect(row, status);
    return recordInDialog(row, status);
}

bool MedicationPage::recordInDialog(int row, core::DispensingStatus status)
{
    const core::DispensingListRow listRow = m_model->rowAt(row);
    if (status == core::DispensingStatus::Taken && listRow.closedDaysAhead > 0
        && m_day >= m_services.clock.today())
        status = core::DispensingStatus::HandedOut;
    DispensingDialog dialog(m_services.dispensings, m_actor, listRow, m_day, status,
        m_services.clock.today(), m_settings, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_table->setFocus(Qt::OtherFocusReason);
        return false;
    }
    afterRecording(row, listRow.clientId);
    if (!dialog.savedWarnings().empty()) showMessage(issueText(dialog.savedWarnings()), false);
    return true;
}

bool MedicationPage::saveDirect(int row, core::DispensingStatus status)
{
    const core::DispensingListRow listRow = m_model->rowAt(row);
    core::Dispensing d;
    d.prescription = listRow.prescription.id;
    d.date = m_day;
    d.doseMg = listRow.prescription.doseMg;
    d.status = status;
    try {
        const core::SaveResult saved = m_services.dispensings.record(m_actor, d);
        afterRecording(row, listRow.clientId);
        if (!saved.warnings.empty()) showMessage(issueText(saved.warnings), false);
        return true;
    } catch (const core::RuleViolation &violation) {
        showMessage(issueText(violation.issues()), true);
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        showMessage(error.message(), true);
    }
    return false;
}

bool MedicationPage::annulCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_annul->isEnabled()) return false;
    const core::DispensingListRow listRow = m_model->rowAt(row);
    const core::Dispensing &d = *listRow.recorded;
    const QString status = d.status == core::DispensingStatus::HandedOut
        ? DispensingListModel::tr("Handed out for %n day(s)", nullptr, d.days)
        : dispensingStatusTitle(d.status);
    ReasonDialog dialog(
        {tr("Annul a registration"),
            tr("%1, born %2: \"%3\" on %4 is annulled. It stays in the history, struck "
               "through with your reason, and no longer counts. Register the right one "
               "afterwards.")
                .arg(listRow.clientName, formatDate(listRow.birthDate), status,
                    formatDate(d.date)),
            tr("&Annul the registration"), tr("e.g. pressed the wrong key, wrong client"), true},
        [&](const QString &reason) {
            return m_services.dispensings.annul(m_actor, d.id, reason).warnings;
        },
        this);
    if (dialog.exec() != QDialog::Accepted) {
        m_table->setFocus(Qt::OtherFocusReason);
        return false;
    }
    afterRecording(row, listRow.clientId);
    // The cursor stays on the row just annulled: it is due again.
    selectListRow(std::min(row, m_model->rowCount() - 1));
    return true;
}

void MedicationPage::afterRecording(int row, const QString &clientId)
{
    const std::optional<QString> failure = failureOf([&] {
        m_model->replaceClientRows(
            clientId, m_services.dispensings.dayList(m_actor, m_day, clientId));
    });
    if (failure) refresh(); // the list is read again whole
    showMessage(QString(), false);
    m_table->setFocus(Qt::OtherFocusReason);
    // On to the next row still to be done, in the order shown; stay when there is none.
    const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    for (int r = shown.isValid() ? shown.row() + 1 : 0; r < m_filter->rowCount(); ++r) {
        const int source = m_filter->mapToSource(m_filter->index(r, 0)).row();
        if (!m_model->rowAt(source).recorded) {
            selectListRow(source);
            updateActions();
            return;
        }
    }
    if (row < m_model->rowCount()) selectListRow(row);
    updateActions();
}

} // namespace mestring::ui
