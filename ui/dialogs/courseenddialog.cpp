#include "courseenddialog.h"

#include <QCheckBox>
#include <QComboBox>

#include "core/services/courseservice.h"
#include "ui/enumtitles.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

CourseEndDialog::CourseEndDialog(core::CourseService &courses, core::Actor actor,
    const core::Course &course, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_courses(courses)
    , m_actor(std::move(actor))
    , m_course(course)
    , m_date(new DateField(this))
    , m_reason(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_declined(new QCheckBox(tr("The client declined follow-up after discharge"), this))
{
    setWindowTitle(tr("End course"));
    setObjectName(QStringLiteral("courseEndDialog"));
    m_reason->setObjectName(QStringLiteral("endReason"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_declined->setChecked(course.declinedFollowup);
    // No preselection: a default would be saved by a tired hand without being chosen.
    fillEnumCombo(m_reason, &endReasonTitle, tr("Choose end reason"));
    fillEnumCombo(m_outcome, &outcomeTitle, tr("Choose outcome"));
    m_date->setDate(today);
    addField(tr("&End date"), m_date, QStringLiteral("end_date"));
    addField(tr("End &reason"), m_reason, QStringLiteral("end_reason"));
    addField(tr("&Outcome"), m_outcome, QStringLiteral("outcome"));
    addField(QString(), m_declined, QStringLiteral("declined_followup"));
    requireDate(m_date, QStringLiteral("end_date"));
    requireField(
        m_reason, QStringLiteral("end_reason"),
        [this] { return m_reason->currentData().isValid(); }, tr("Choose why the course ended."));
    requireField(
        m_outcome, QStringLiteral("outcome"), [this] { return m_outcome->currentData().isValid(); },
        tr("Choose the client's status on the substance at the end."));
    addNote(tr("The centre follows up 1 and 6 months after the end, unless the client "
               "declined."));
    watchForChanges();
    resize(560, sizeHint().height());
}

bool CourseEndDialog::save()
{
    const QDate date = m_date->date();
    if (!date.isValid()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("end_date"),
            tr("Enter the day the course ended as dd-mm-yyyy.")}});
        return false;
    }
    m_courses.end(m_actor, m_course.id, date, enumComboValue<core::EndReason>(m_reason),
        enumComboValue<core::Outcome>(m_outcome));
    if (m_declined->isChecked() != m_course.declinedFollowup)
        m_courses.setDeclinedFollowup(m_actor, m_course.id, m_declined->isChecked());
    return true;
}

} // namespace mestring::ui
