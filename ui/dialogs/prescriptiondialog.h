#pragma once

#include <optional>

#include "core/domain/prescription.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace mestring::core {
class PrescriptionService;
}

namespace mestring::ui {

class DateField;

/// Writes a new prescription for a client, or changes the dose of one: the old prescription
/// ends on the chosen last day and the new one starts the day after (PrescriptionService
/// keeps the history). Only doctors save; the service refuses everyone else.
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
    QString m_savedId;
};

} // namespace mestring::ui
