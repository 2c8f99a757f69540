#pragma once

#include "core/domain/medication/dispensinglist.h"
#include "core/domain/ruleissue.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QPlainTextEdit;
class QSpinBox;

namespace mestring::core {
class DispensingService;
}

namespace mestring::ui {

/// Records a dose that needs more than one key on the dispensing list: a take-home supply
/// (handed out, with the number of days, the prescription's take-home days by default) or a
/// dose withheld (with a note saying why). The service decides; a refusal stays in the dialog.
class DispensingDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `status` is HandedOut or Withheld.
    DispensingDialog(core::DispensingService &dispensings, core::Actor actor,
        const core::DispensingListRow &row, const QDate &day, core::DispensingStatus status,
        QWidget *parent = nullptr);

    QSpinBox *daysField() const { return m_days; }
    QPlainTextEdit *noteField() const { return m_note; }
    /// The warnings of the saved dispensing (e.g. a supply over 7 days).
    const core::RuleIssues &savedWarnings() const { return m_warnings; }

protected:
    bool save() override;

private:
    core::DispensingService &m_dispensings;
    core::Actor m_actor;
    core::DispensingListRow m_row;
    QDate m_day;
    core::DispensingStatus m_status;
    QSpinBox *m_days = nullptr;
    QPlainTextEdit *m_note;
    core::RuleIssues m_warnings;
};

} // namespace mestring::ui
