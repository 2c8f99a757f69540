#include "coursestartdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "core/domain/registry.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/courseservice.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"
#include "fieldinputs.h"

namespace mestring::ui {

CourseStartDialog::CourseStartDialog(core::CourseService &courses, core::Actor actor,
    const core::Course &course, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_courses(courses)
    , m_actor(std::move(actor))
    , m_course(course)
    , m_startDate(new DateField(this))
    , m_phase(new QComboBox(this))
    , m_deadline(new QLabel(this))
    , m_delayReason(new QLineEdit(this))
    , m_merge(new QLabel(this))
{
    setWindowTitle(tr("Start treatment"));
    setObjectName(QStringLiteral("courseStartDialog"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_delayReason->setObjectName(QStringLiteral("delayReason"));
    m_delayReason->setMaxLength(core::textlimit::reason);
    fillEnumCombo(m_phase, &phaseTitle);
    setEnumComboValue(m_phase, std::optional(core::Phase::Intro));
    m_startDate->setDate(today);
    addField(tr("&Start date"), m_startDate, QStringLiteral("start_date"));
    addField(tr("&First phase"), m_phase, QStringLiteral("phases"));
    form()->addRow(QString(), m_deadline);
    addField(tr("&Delay reason"), m_delayReason, QStringLiteral("guarantee_delay_reason"));
    requireDate(m_startDate, QStringLiteral("start_date"));
    m_merge->setObjectName(QStringLiteral("registryMergeNotice"));
    m_merge->setWordWrap(true);
    m_merge->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_merge->hide();
    form()->addRow(QString(), m_merge);
    connect(m_startDate, &DateField::dateChanged, this, &CourseStartDialog::updateDelayReason);
    updateDelayReason();
    watchForChanges();
    resize(560, sizeHint().height());
}

void CourseStartDialog::setRegistryContext(
    std::vector<core::Course> clientCourses, bool anonymousClient)
{
    m_clientCourses = std::move(clientCourses);
    m_anonymousClient = anonymousClient;
    updateDelayReason();
}

QString CourseStartDialog::mergeNotice() const
{
    return m_merge->isHidden() ? QString() : m_merge->text();
}

void CourseStartDialog::updateDelayReason()
{
    const QDate deadline = core::CourseService::guaranteeDeadline(m_course);
    const QDate start = m_startDate->date();
    const bool late = deadline.isValid() && start.isValid() && start > deadline;
    m_delayReason->setEnabled(late);
    if (!deadline.isValid())
        m_deadline->setText(tr("No treatment guarantee applies to this course."));
    else if (late)
        m_deadline->setText(tr("The guarantee deadline was %1. Write why treatment starts later.")
                                .arg(formatDate(deadline)));
    else
        m_deadline->setText(
            tr("Within the treatment guarantee (deadline %1).").arg(formatDate(deadline)));
    core::Course started = m_course;
    started.startDate = start;
    showMergeNotice(m_merge, core::registryMergeNotice(m_clientCourses, started, m_anonymousClient));
}

bool CourseStartDialog::save()
{
    const QDate start = m_startDate->date();
    if (!start.isValid()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("start_date"),
            tr("Enter the day treatment starts as dd-mm-yyyy.")}});
        return false;
    }
    m_courses.start(m_actor, m_course.id, start,
        m_delayReason->isEnabled() ? m_delayReason->text() : QString());
    if (const auto phase = enumComboValue<core::Phase>(m_phase))
        m_courses.changePhase(m_actor, m_course.id, *phase, start);
    return true;
}

} // namespace mestring::ui
