#pragma once

#include <optional>
#include <vector>

#include "core/domain/calendar.h"
#include "core/domain/client.h"
#include "core/domain/staffmember.h"
#include "core/services/actor.h"
#include "recorddialog.h"
#include "ui/services.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace mestring::core {
struct AppointmentConflicts;
}

namespace mestring::ui {

class ClientPicker;
class CourseChooser;
class DateField;
class TimeField;

/// Books an appointment, or moves a planned one. While the user fills it in, the conflicts
/// are listed under the form: the staff member's other appointments at that time, the
/// client's other appointments, and the client's absence periods that day. A conflict does
/// not refuse the booking (two staff at a family session, a holiday cut short), but the Save
/// button then says that it books despite it.
class AppointmentDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// Booking `proposal` (its staff, start and length preset). With `client` the client is
    /// fixed (the client's Aftaler tab); without, the user finds the client first.
    AppointmentDialog(Services services, core::Actor actor, core::Appointment proposal,
        std::optional<core::Client> client, std::vector<core::StaffMember> staff,
        QWidget *parent = nullptr);
    /// Moving `existing` to another time, length or staff member.
    AppointmentDialog(Services services, core::Actor actor, core::CalendarAppointment existing,
        std::vector<core::StaffMember> staff, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    /// The appointment as the form describes it now.
    core::Appointment draft() const;
    /// The text of the conflict list (for tests); empty while none is shown.
    QString conflictText() const;

    ClientPicker *clientPicker() const { return m_picker; }
    CourseChooser *courseField() const { return m_course; }
    QComboBox *typeField() const { return m_type; }
    QComboBox *staffField() const { return m_staff; }
    DateField *dateField() const { return m_date; }
    TimeField *timeField() const { return m_time; }
    QSpinBox *minutesField() const { return m_minutes; }
    QLineEdit *locationField() const { return m_location; }
    /// Checks the conflicts now instead of after the typing pause (tests).
    void refreshConflicts();

protected:
    bool save() override;
    void adoptVersion(int version) override { m_appointment.version = version; }

private:
    AppointmentDialog(Services services, core::Actor actor, core::Appointment appointment,
        std::vector<core::StaffMember> staff, bool moving, QWidget *parent);
    void buildForm(const std::optional<core::Client> &client, const QString &clientName);
    void loadCourses(const QString &clientId);
    /// Proposes the chosen course's responsible staff member, until the user chose one.
    void followResponsible();
    void showConflicts(const core::AppointmentConflicts &found);
    QString staffName(const QString &staffId) const;
    static QString pickClientHint();

    Services m_services;
    core::Actor m_actor;
    core::Appointment m_appointment;
    std::vector<core::StaffMember> m_staffList;
    bool m_moving;
    QString m_savedId;
    ClientPicker *m_picker = nullptr;
    CourseChooser *m_course;
    QComboBox *m_type;
    QComboBox *m_staff;
    DateField *m_date;
    TimeField *m_time;
    QSpinBox *m_minutes;
    QLineEdit *m_location;
    QLabel *m_conflicts;
    QTimer *m_conflictDelay;
    bool m_hasConflicts = false;
    bool m_followResponsible = false;
};

} // namespace mestring::ui
