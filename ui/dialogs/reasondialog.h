#pragma once

#include <functional>

#include "recorddialog.h"

class QPlainTextEdit;

namespace mestring::ui {

/// Asks for the reason of a signed decision and saves it through `save` (a service call that
/// may refuse): annulling a dispensing or a prescription entered in error, a doctor's
/// confirmation of a dose or a late registration. What it is about is shown above the field;
/// a refusal stays in the dialog with the reason kept.
class ReasonDialog : public RecordDialog
{
    Q_OBJECT

public:
    struct Text
    {
        QString title;
        QString about; // what the decision is about, shown above the field
        QString saveButton; // with a mnemonic, e.g. "&Annul the dispensing"
        QString placeholder;
        bool reasonRequired = true;
    };

    ReasonDialog(const Text &text, std::function<core::RuleIssues(const QString &reason)> save,
        QWidget *parent = nullptr);

    QPlainTextEdit *reasonField() const { return m_reason; }
    /// The warnings of the saved decision, if any.
    const core::RuleIssues &savedWarnings() const { return m_warnings; }

protected:
    bool save() override;

private:
    QPlainTextEdit *m_reason;
    std::function<core::RuleIssues(const QString &)> m_save;
    bool m_required;
    core::RuleIssues m_warnings;
};

} // namespace mestring::ui
