#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/domain/rules/textlimits.h"
#include "fieldinputs.h"

namespace mestring::ui {

ReasonDialog::ReasonDialog(const Text &text,
    std::function<core::RuleIssues(const QString &)> save, QWidget *parent)
    : RecordDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_save(std::move(save))
    , m_required(text.reasonRequired)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(text.title);
    addNote(text.about);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(text.placeholder);
    m_reason->setMaximumHeight(90);
    limitLength(m_reason, core::textlimit::reason);
    addField(text.reasonRequired ? tr("&Reason") : tr("&Note"), m_reason, QStringLiteral("reason"));
    buttons()->button(QDialogButtonBox::Save)->setText(text.saveButton);
    setFirstField(m_reason);
    watchForChanges();
    resize(520, sizeHint().height());
}

bool ReasonDialog::save()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (m_required && reason.isEmpty()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("reason"),
            tr("Write the reason: it stays with the record, so colleagues and the doctor can "
               "see why.")}});
        m_reason->setFocus();
        return false;
    }
    m_warnings = m_save(reason);
    return true;
}

} // namespace mestring::ui
