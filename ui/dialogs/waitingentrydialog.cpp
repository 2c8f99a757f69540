#include "waitingentrydialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

#include "core/domain/rules/textlimits.h"
#include "core/services/clientservice.h"
#include "core/services/waitinglistservice.h"
#include "fieldinputs.h"
#include "ui/intaketitles.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

WaitingEntryDialog::WaitingEntryDialog(core::WaitingListService &lists,
    core::ClientService &clients, core::Actor actor, core::WaitingListEntry entry,
    const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_lists(lists)
    , m_actor(std::move(actor))
    , m_entry(std::move(entry))
    , m_isPerson(new QRadioButton(tr("A &person (name and phone)"), this))
    , m_isClient(new QRadioButton(tr("An existing &client"), this))
    , m_person(new QLineEdit(this))
    , m_picker(new ClientPicker(clients, m_actor, this))
    , m_askedOn(new DateField(this))
    , m_note(new QLineEdit(this))
{
    const bool isNew = m_entry.id.isEmpty();
    setWindowTitle(isNew ? tr("Put on the waiting list: %1").arg(offerTitle(m_entry.offer))
                         : tr("Correct waiting-list entry"));
    setObjectName(QStringLiteral("waitingEntryDialog"));
    auto *choice = new QWidget(this);
    auto *choiceLayout = new QHBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_isPerson);
    choiceLayout->addWidget(m_isClient);
    choiceLayout->addStretch(1);
    auto *group = new QButtonGroup(this);
    group->addButton(m_isPerson);
    group->addButton(m_isClient);
    m_person->setObjectName(QStringLiteral("waitingPerson"));
    m_person->setMaxLength(core::textlimit::waitingPerson);
    m_person->setPlaceholderText(tr("e.g. Inge Hansen (mother), 20 30 40 50"));
    m_note->setObjectName(QStringLiteral("waitingNote"));
    m_note->setMaxLength(core::textlimit::reason);
    m_askedOn->setObjectName(QStringLiteral("waitingAskedOn"));

    addField(tr("Who is waiting"), choice);
    addField(tr("&Name and phone"), m_person, QStringLiteral("person"));
    addField(tr("C&lient"), m_picker, QStringLiteral("client"));
    addField(tr("&Asked on"), m_askedOn, QStringLiteral("asked_on"));
    addField(tr("N&ote"), m_note, QStringLiteral("note"));
    addNote(tr("People wait in the order they asked. Call them from the top of the list."));
    buttons()->button(QDialogButtonBox::Save)->setText(
        isNew ? tr("Put on the list") : tr("Save"));

    m_person->setText(m_entry.person);
    m_askedOn->setDate(m_entry.askedOn.isValid() ? m_entry.askedOn : today);
    m_note->setText(m_entry.note);
    (m_entry.client.isEmpty() ? m_isPerson : m_isClient)->setChecked(true);
    connect(m_isPerson, &QRadioButton::toggled, this, &WaitingEntryDialog::updateChoice);
    updateChoice();
    watchForChanges();
    setClean();
    fitToWidth(this, 560);
    (m_entry.client.isEmpty() ? static_cast<QWidget *>(m_person) : m_picker->field())->setFocus();
}

void WaitingEntryDialog::updateChoice()
{
    m_person->setEnabled(m_isPerson->isChecked());
    m_picker->setEnabled(m_isClient->isChecked());
}

bool WaitingEntryDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_askedOn, QStringLiteral("asked_on"), true, issues);
    core::WaitingListEntry entry = m_entry;
    entry.askedOn = m_askedOn->date();
    entry.note = m_note->text().trimmed();
    if (m_isPerson->isChecked()) {
        entry.person = m_person->text().trimmed();
        entry.client.clear();
    } else {
        entry.person.clear();
        entry.client = m_picker->client().id;
        if (entry.client.isEmpty()) {
            issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("client"),
                tr("Find the client by name or CPR number and choose them in the list.")});
        }
    }
    if (showIssues(issues)) return false;
    m_savedId = entry.id.isEmpty() ? m_lists.add(m_actor, entry).id
                                   : m_lists.update(m_actor, entry).id;
    return true;
}

} // namespace mestring::ui
