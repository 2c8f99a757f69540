#include "registrydatedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

#include "fieldinputs.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

RegistryDateDialog::RegistryDateDialog(const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_today(today)
    , m_day(new DateField(this))
{
    setWindowTitle(tr("Mark reported"));
    setObjectName(QStringLiteral("registryDateDialog"));
    m_day->setDate(today);
    addField(tr("&Reported on"), m_day, QStringLiteral("reported_on"));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Mark reported"));
    fitToWidth(this, 380);
    m_day->setFocus();
}

QDate RegistryDateDialog::date() const
{
    return m_day->date();
}

bool RegistryDateDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_day, QStringLiteral("reported_on"), true, issues);
    if (issues.empty() && m_day->date() > m_today) {
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("reported_on"),
            tr("The day lies in the future. Enter the day it was reported.")});
    }
    return !showIssues(issues);
}

} // namespace mestring::ui
