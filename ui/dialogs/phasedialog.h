#pragma once

#include "core/domain/course.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace mestring::core {
class CourseService;
}

namespace mestring::ui {

class DateField;

/// Moves a course to another phase from a date. A step back to an earlier phase asks for a
/// journal note saying why, which is signed and saved with the change.
class PhaseDialog : public RecordDialog
{
    Q_OBJECT

public:
    PhaseDialog(core::CourseService &courses, core::Actor actor, const core::Course &course,
        const QDate &today, QWidget *parent = nullptr);

    QComboBox *phaseField() const { return m_phase; }
    QPlainTextEdit *noteField() const { return m_note; }

protected:
    bool save() override;

private:
    bool isStepBack() const;
    void updateNote();

    core::CourseService &m_courses;
    core::Actor m_actor;
    core::Course m_course;
    QComboBox *m_phase;
    DateField *m_date;
    QLabel *m_noteHint;
    QPlainTextEdit *m_note;
};

} // namespace mestring::ui
