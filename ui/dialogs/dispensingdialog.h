#pragma once

#include "core/domain/medication/dispensinglist.h"
#include "core/domain/medication/medicationsettings.h"
#include "core/domain/ruleissue.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace mestring::core {
class DispensingService;
}

namespace mestring::ui {

/// Records a dose that needs more than one key on the dispensing list: a take-home supply
/// (handed out, with the number of days: what the list planned, closed days included, and the
/// total handed out), a dose withheld (with a note saying why), or any dose of a day that is
/// over (a late registration, with its reason). The service decides; a refusal stays in the
/// dialog. Opens with the cursor in its first field; stray keys never reach the buttons.
class DispensingDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `today` tells whether `day` is over (then the late reason is asked for).
    DispensingDialog(core::DispensingService &dispensings, core::Actor actor,
        const core::DispensingListRow &row, const QDate &day, core::DispensingStatus status,
        const QDate &today, const core::MedicationSettings &settings, QWidget *parent = nullptr);

    QSpinBox *daysField() const { return m_days; }
    QPlainTextEdit *noteField() const { return m_note; }
    QPlainTextEdit *lateReasonField() const { return m_lateReason; }
    /// The total handed out ("3 × 60 mg = 180 mg (180 ml)"); empty unless handing out.
    QString totalText() const;
    /// The warnings of the saved dispensing (e.g. a supply over 7 days).
    const core::RuleIssues &savedWarnings() const { return m_warnings; }

protected:
    bool save() override;

private:
    void addSupplyFields();
    void updateTotal();

    core::DispensingService &m_dispensings;
    core::Actor m_actor;
    core::DispensingListRow m_row;
    QDate m_day;
    core::DispensingStatus m_status;
    core::MedicationSettings m_settings;
    QSpinBox *m_days = nullptr;
    QLabel *m_total = nullptr;
    QPlainTextEdit *m_lateReason = nullptr;
    QPlainTextEdit *m_note;
    core::RuleIssues m_warnings;
};

} // namespace mestring::ui
