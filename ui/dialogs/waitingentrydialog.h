#pragma once

#include "core/domain/waitinglistentry.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QLineEdit;
class QRadioButton;

namespace mestring::core {
class ClientService;
class WaitingListService;
}

namespace mestring::ui {

class ClientPicker;
class DateField;

/// Puts someone on an offer's waiting list, or corrects a waiting entry: a person (name and
/// phone, typically a relative who is not a client) or an existing client found by name or
/// CPR, the day they asked (today by default) and a note.
class WaitingEntryDialog : public RecordDialog
{
    Q_OBJECT

public:
    WaitingEntryDialog(core::WaitingListService &lists, core::ClientService &clients,
        core::Actor actor, core::WaitingListEntry entry, const QDate &today,
        QWidget *parent = nullptr);

    QLineEdit *personField() const { return m_person; }
    QRadioButton *clientChoice() const { return m_isClient; }
    ClientPicker *clientPicker() const { return m_picker; }
    DateField *askedOnField() const { return m_askedOn; }
    QLineEdit *noteField() const { return m_note; }
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    void updateChoice();

    core::WaitingListService &m_lists;
    core::Actor m_actor;
    core::WaitingListEntry m_entry;
    QRadioButton *m_isPerson;
    QRadioButton *m_isClient;
    QLineEdit *m_person;
    ClientPicker *m_picker;
    DateField *m_askedOn;
    QLineEdit *m_note;
    QString m_savedId;
};

} // namespace mestring::ui
