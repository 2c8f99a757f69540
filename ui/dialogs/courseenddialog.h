#pragma once

#include "core/domain/course.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;

namespace mestring::core {
class CourseService;
}

namespace mestring::ui {

class DateField;

/// Ends a course with the end reason and the outcome (both required, from the national
/// guideline's closed lists) and, if the client declined it, no follow-up after discharge.
class CourseEndDialog : public RecordDialog
{
    Q_OBJECT

public:
    CourseEndDialog(core::CourseService &courses, core::Actor actor, const core::Course &course,
        const QDate &today, QWidget *parent = nullptr);

    QComboBox *reasonField() const { return m_reason; }
    QComboBox *outcomeField() const { return m_outcome; }

protected:
    bool save() override;

private:
    core::CourseService &m_courses;
    core::Actor m_actor;
    core::Course m_course;
    DateField *m_date;
    QComboBox *m_reason;
    QComboBox *m_outcome;
    QCheckBox *m_declined;
};

} // namespace mestring::ui
