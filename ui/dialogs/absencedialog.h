#pragma once

#include <optional>
#include <vector>

#include <QHash>

#include "core/domain/absence.h"
#include "core/domain/appointment.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace mestring::core {
class AbsenceService;
}

namespace mestring::ui {

class DateField;

/// Registers an absence period (fravær) or changes one. Saving first asks core which planned
/// appointments the period would cancel; when there are any, they are listed in the dialog
/// and a second Save ("Save and cancel N appointments") saves and cancels them.
class AbsenceDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `absence.id` empty: a new period for `absence.client`. `staffNames` names the staff of
    /// the listed appointments.
    AbsenceDialog(core::AbsenceService &absences, core::Actor actor, core::Absence absence,
        QHash<QString, QString> staffNames, QWidget *parent = nullptr);

    DateField *fromField() const { return m_from; }
    /// Empty: open-ended.
    DateField *toField() const { return m_to; }
    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    /// The appointments listed as about to be cancelled (empty before the first Save).
    const std::vector<core::Appointment> &shownCancellations() const { return m_preview; }
    QString cancellationText() const;
    /// What the save cancelled (after a successful save).
    const std::vector<core::Appointment> &cancelled() const { return m_cancelled; }

protected:
    bool save() override;

private:
    void showPreview();
    void forgetPreview();

    core::AbsenceService &m_absences;
    core::Actor m_actor;
    core::Absence m_absence;
    QHash<QString, QString> m_staffNames;
    DateField *m_from;
    DateField *m_to;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_cancellations;
    std::optional<core::Absence> m_previewed; // the draft the listed appointments belong to
    std::vector<core::Appointment> m_preview;
    std::vector<core::Appointment> m_cancelled;
};

} // namespace mestring::ui
