#pragma once

#include "core/domain/course.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace mestring::core {
class CourseService;
}

namespace mestring::ui {

class DateField;

/// Starts treatment on a registered request, in a first phase. After day 14 of the request
/// (and not exempt) the guarantee was not kept: a delay reason is required.
class CourseStartDialog : public RecordDialog
{
    Q_OBJECT

public:
    CourseStartDialog(core::CourseService &courses, core::Actor actor, const core::Course &course,
        const QDate &today, QWidget *parent = nullptr);

    DateField *startDateField() const { return m_startDate; }
    QLineEdit *delayReasonField() const { return m_delayReason; }
    /// The client's other courses and whether the client is anonymous, for the register's
    /// 10-day merge notice.
    void setRegistryContext(std::vector<core::Course> clientCourses, bool anonymousClient);
    QString mergeNotice() const;

protected:
    bool save() override;

private:
    void updateDelayReason();

    core::CourseService &m_courses;
    core::Actor m_actor;
    core::Course m_course;
    DateField *m_startDate;
    QComboBox *m_phase;
    QLabel *m_deadline;
    QLineEdit *m_delayReason;
    QLabel *m_merge;
    std::vector<core::Course> m_clientCourses;
    bool m_anonymousClient = false;
};

} // namespace mestring::ui
