#pragma once

#include <optional>

#include "core/domain/medication/medicationsettings.h"
#include "core/domain/prescription.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mestring::core {
class PrescriptionService;
}

namespace mestring::ui {

class DateField;

/// Writes a new prescription for a client, or changes the dose of one: the old prescription
/// ends on the chosen last day and the new one starts the day after (PrescriptionService
/// keeps the history). Only doctors save; the service refuses everyone else. Methadone shows
/// its volume in ml beside the dose. A dose above the centre's limit or more than 50 % from
/// the previous one is saved only when the doctor confirms it with a reason (a field appears
/// for it). Opens with the cursor in its first field.
class PrescriptionDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A new prescription for `clientId`, starting `today` by default.
    PrescriptionDialog(core::PrescriptionService &prescriptions, core::Actor actor,
        const QString &clientId, const QDate &today, QWidget *parent = nullptr);
    /// A dose change of `current`: the fields start as it is, the old one ends `today`.
    PrescriptionDialog(core::PrescriptionService &prescriptions, core::Actor actor,
        const core::Prescription &current, const QDate &today, QWidget *parent = nullptr);

    QComboBox *drugField() const { return m_drug; }
    QComboBox *categoryField() const { return m_category; }
    QDoubleSpinBox *doseField() const { return m_dose; }
    QComboBox *scheduleField() const { return m_schedule; }
    QComboBox *modeField() const { return m_mode; }
    QSpinBox *takeHomeField() const { return m_takeHomeDays; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    /// The doctor's reason for a dose that needs confirming; hidden until one does.
    QLineEdit *confirmationField() const { return m_confirmation; }
    QLabel *volumeLabel() const { return m_volume; }
    /// The id saved (the new prescription's on a change).
    QString savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    void build(const QDate &today);
    QWidget *createScheduleRow();
    void fill(const core::Prescription &p);
    core::Prescription prescription() const;
    void updateCategory();
    void updateSchedule();
    void updateVolume();
    QWidget *createDoseRow();
    /// False (with the confirmation field shown) when the dose needs confirming and has no
    /// reason yet.
    bool confirmationGiven(core::Prescription &p);

    core::PrescriptionService &m_prescriptions;
    core::Actor m_actor;
    QString m_clientId;
    std::optional<core::Prescription> m_current; // set on a dose change
    QComboBox *m_drug;
    QComboBox *m_category;
    QDoubleSpinBox *m_dose;
    QComboBox *m_schedule;
    QWidget *m_weekdayBox;
    std::vector<QCheckBox *> m_weekdays;
    QSpinBox *m_everyDays;
    QComboBox *m_mode;
    QSpinBox *m_takeHomeDays;
    DateField *m_start;
    DateField *m_end;
    QPlainTextEdit *m_reason;
    QLabel *m_volume;
    QLineEdit *m_confirmation;
    QWidget *m_confirmationRow = nullptr;
    core::MedicationSettings m_settings;
    QString m_savedId;
};

} // namespace mestring::ui
