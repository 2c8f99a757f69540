#include "takeoffdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "core/services/waitinglistservice.h"
#include "fieldinputs.h"
#include "ui/intaketitles.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

TakeOffDialog::TakeOffDialog(core::WaitingListService &lists, core::Actor actor, QString entryId,
    const QString &who, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_lists(lists)
    , m_actor(std::move(actor))
    , m_entryId(std::move(entryId))
    , m_reason(new QComboBox(this))
    , m_day(new DateField(this))
{
    setWindowTitle(tr("Take off the waiting list"));
    setObjectName(QStringLiteral("takeOffDialog"));
    m_reason->setObjectName(QStringLiteral("takeOffReason"));
    m_reason->addItem(tr("Choose why"));
    for (core::WaitingTakenOffReason reason : core::enumValues<core::WaitingTakenOffReason>())
        m_reason->addItem(takenOffReasonTitle(reason), core::enumCode(reason));
    m_day->setDate(today);
    auto *name = new QLabel(who, this);
    name->setWordWrap(true);
    form()->addRow(tr("Who"), name);
    addField(tr("&Why"), m_reason, QStringLiteral("taken_off_reason"));
    addField(tr("&Day"), m_day, QStringLiteral("taken_off"));
    addNote(tr("The entry stays on the list's history with the day and the reason."));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Take off the list"));
    watchForChanges();
    setClean();
    fitToWidth(this, 480);
    m_reason->setFocus();
}

bool TakeOffDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_day, QStringLiteral("taken_off"), true, issues);
    const auto reason
        = core::parseEnum<core::WaitingTakenOffReason>(m_reason->currentData().toString());
    if (!reason) {
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("taken_off_reason"),
            tr("Choose why the person leaves the list.")});
    }
    if (showIssues(issues)) return false;
    m_lists.takeOff(m_actor, m_entryId, *reason, m_day->date());
    return true;
}

} // namespace mestring::ui
