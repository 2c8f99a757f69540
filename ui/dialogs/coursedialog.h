#pragma once

#include <vector>

#include "core/domain/course.h"
#include "core/domain/staffmember.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mestring::core {
class CourseService;
}

namespace mestring::ui {

class DateField;

/// Registers a request for treatment (the guarantee countdown starts on the request date) or
/// a course that starts at once, with what the course is: kind, legal basis, setting,
/// program, substances, contact person, and for residential stays the provider and weeks.
class CourseDialog : public RecordDialog
{
    Q_OBJECT

public:
    CourseDialog(core::CourseService &courses, core::Actor actor, const QString &clientId,
        const std::vector<core::StaffMember> &staff, const QDate &today, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    /// The client's other courses and whether the client is anonymous, for the register's
    /// 10-day merge notice shown while the dates are typed.
    void setRegistryContext(std::vector<core::Course> clientCourses, bool anonymousClient);
    /// The merge notice shown (empty when none), for tests.
    QString mergeNotice() const;
    core::Course draft() const;

    QComboBox *kindField() const { return m_kind; }
    QComboBox *legalBasisField() const { return m_legalBasis; }
    DateField *requestDateField() const { return m_requestDate; }
    DateField *startDateField() const { return m_startDate; }
    QLineEdit *delayReasonField() const { return m_delayReason; }

protected:
    bool save() override;

private:
    void buildForm(const std::vector<core::StaffMember> &staff);
    void onKindChanged();
    void updateDependentFields();

    core::CourseService &m_courses;
    core::Actor m_actor;
    QString m_clientId;
    QDate m_today;
    QString m_savedId;
    QComboBox *m_kind;
    QComboBox *m_legalBasis;
    QComboBox *m_setting;
    QComboBox *m_program;
    QComboBox *m_primary;
    std::vector<QCheckBox *> m_secondary;
    QComboBox *m_responsible;
    DateField *m_requestDate;
    DateField *m_startDate;
    QLabel *m_deadline;
    QLabel *m_merge;
    std::vector<core::Course> m_clientCourses;
    bool m_anonymousClient = false;
    QLineEdit *m_delayReason;
    QCheckBox *m_freeChoice;
    QLineEdit *m_provider;
    QSpinBox *m_weeks;
};

} // namespace mestring::ui
