#include "coursestab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/services/courseservice.h"
#include "core/services/groupservice.h"
#include "coursegroupstext.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "phasetimeline.h"
#include "ui/dialogs/coursedialog.h"
#include "ui/dialogs/courseenddialog.h"
#include "ui/dialogs/coursestartdialog.h"
#include "ui/dialogs/phasedialog.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/coursetablemodel.h"
#include "ui/servicecall.h"

namespace mestring::ui {

CoursesTab::CoursesTab(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new CourseTableModel(this))
    , m_table(new QTableView(this))
    , m_timeline(new PhaseTimeline(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("coursesTab"));
    m_register = addButton(tr("&Register request…"), QStringLiteral("registerCourseButton"),
        tr("Register a request for treatment or a course that starts now"),
        &CoursesTab::registerCourse);
    m_start = addButton(tr("&Start treatment…"), QStringLiteral("startCourseButton"),
        tr("Treatment starts on the chosen request"), &CoursesTab::startSelected);
    m_phase = addButton(tr("C&hange phase…"), QStringLiteral("changePhaseButton"),
        tr("Move the course to another phase"), &CoursesTab::changePhaseOfSelected);
    m_end = addButton(tr("E&nd course…"), QStringLiteral("endCourseButton"),
        tr("End the course with end reason and outcome"), &CoursesTab::endSelected);
    m_freeChoice = addButton(tr("&Free choice"), QStringLiteral("freeChoiceButton"),
        tr("The client chose another offer: the treatment guarantee does not apply"),
        &CoursesTab::toggleFreeChoice);
    m_declined = addButton(tr("&Declined follow-up"), QStringLiteral("declinedFollowupButton"),
        tr("The client declined the follow-up 1 and 6 months after discharge"),
        &CoursesTab::toggleDeclinedFollowup);
    m_freeChoice->setCheckable(true);
    m_declined->setCheckable(true);

    m_table->setObjectName(QStringLiteral("courseStepsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        CourseTableModel::EndReasonColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its few rows, so the timeline and details sit right under the chosen course.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Treatment courses"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CoursesTab::updateSelection);
    m_details->setObjectName(QStringLiteral("courseDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_register, m_start, m_phase, m_end, m_freeChoice, m_declined})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addSpacing(8);
    layout->addWidget(m_timeline);
    layout->addWidget(m_details);
    layout->addStretch(1);
    updateSelection();
}

QPushButton *CoursesTab::addButton(
    const QString &text, const QString &objectName, const QString &tip, void (CoursesTab::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

void CoursesTab::setCourses(const QString &clientId, std::vector<core::Course> courses,
    const QHash<QString, QString> &staffNames, const QDate &today)
{
    const core::Course *before = selectedCourse();
    const QString keep = before && clientId == m_clientId ? before->id : QString();
    m_clientId = clientId;
    m_today = today;
    m_model->setCourses(std::move(courses), staffNames);
    if (!keep.isEmpty())
        selectCourse(keep);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0); // newest first: the open course, if any
    updateSelection();
}

std::vector<core::Course> CoursesTab::allCourses() const
{
    std::vector<core::Course> courses;
    for (int row = 0; row < m_model->rowCount(); ++row)
        courses.push_back(m_model->courseAt(row));
    return courses;
}

const core::Course *CoursesTab::selectedCourse() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? &m_model->courseAt(current.row()) : nullptr;
}

void CoursesTab::selectCourse(const QString &courseId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->courseAt(row).id == courseId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void CoursesTab::updateSelection()
{
    const core::Course *course = selectedCourse();
    const bool clinical = core::roleHas(m_actor.role, core::Permission::WriteClinical);
    const bool intake = clinical || core::roleHas(m_actor.role, core::Permission::ManageIntake);
    const bool open = course && course->isOpen();
    m_register->setEnabled(intake && !m_clientId.isEmpty());
    m_start->setEnabled(intake && open && !course->startDate.isValid());
    m_phase->setEnabled(clinical && open && course->startDate.isValid());
    m_end->setEnabled(clinical && open);
    const bool anonymous = course && course->guaranteeExempt == core::GuaranteeExempt::Anonymous;
    m_freeChoice->setEnabled(clinical && open && !anonymous && !course->startDate.isValid());
    m_freeChoice->setChecked(
        course && course->guaranteeExempt == core::GuaranteeExempt::FreeChoice);
    m_declined->setEnabled(clinical && course != nullptr);
    m_declined->setChecked(course && course->declinedFollowup);
    if (course) {
        m_timeline->setCourse(*course, m_today);
        m_details->setText(describe(*course));
    } else {
        m_timeline->clear();
        m_details->setText(tr("No treatment courses are registered. Use Register request to "
                              "start one."));
    }
}

QString CoursesTab::describe(const core::Course &course) const
{
    QStringList lines;
    const QDate deadline = core::CourseService::guaranteeDeadline(course);
    if (!course.startDate.isValid() && course.isOpen() && deadline.isValid()) {
        const qint64 day = course.requestDate.daysTo(m_today);
        const QString text = tr("Request registered %1 (day %2). Treatment must start by %3.")
                                 .arg(formatDate(course.requestDate))
                                 .arg(day)
                                 .arg(formatDate(deadline));
        const QString color = m_today > deadline ? QStringLiteral("#b71c1c")
            : day >= 10                          ? QStringLiteral("#8a5a00")
                                                 : QString();
        lines << (color.isEmpty()
                ? text.toHtmlEscaped()
                : QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color, text.toHtmlEscaped()));
    }
    if (course.guaranteeExempt == core::GuaranteeExempt::FreeChoice)
        lines << tr("The client chose another offer: no treatment guarantee.").toHtmlEscaped();
    if (!course.guaranteeDelayReason.isEmpty())
        lines << tr("Delay reason: %1").arg(course.guaranteeDelayReason).toHtmlEscaped();
    QStringList substances;
    substances << substanceTitle(course.primarySubstance);
    for (core::Substance s : course.secondarySubstances)
        substances << substanceTitle(s);
    lines << tr("Program: %1 · Substances: %2")
                 .arg(programTitle(course.program), substances.join(QStringLiteral(", ")))
                 .toHtmlEscaped();
    if (course.endDate.isValid() && course.outcome)
        lines << tr("Outcome: %1").arg(outcomeTitle(*course.outcome)).toHtmlEscaped();
    if (course.declinedFollowup) lines << tr("Declined follow-up after discharge.").toHtmlEscaped();
    std::vector<core::GroupCourse> groups; // places and attendance in group courses
    if (!failureOf([&] { groups = m_services.groups.forCourse(m_actor, course.id); })) {
        const QString text = CourseGroupsText::describe(groups, course.id, m_today);
        if (!text.isEmpty()) lines << text.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

void CoursesTab::registerCourse()
{
    std::vector<core::StaffMember> staff;
    if (!callOrWarn(this, tr("Register request"), [&] { staff = m_services.staff.list(m_actor); }))
        return;
    CourseDialog dialog(m_services.courses, m_actor, m_clientId, staff, m_today, this);
    dialog.setRegistryContext(allCourses(), m_anonymousClient);
    if (dialog.exec() == QDialog::Accepted) Q_EMIT coursesChanged(dialog.savedId());
}

void CoursesTab::startSelected()
{
    if (const core::Course *course = selectedCourse()) {
        CourseStartDialog dialog(m_services.courses, m_actor, *course, m_today, this);
        dialog.setRegistryContext(allCourses(), m_anonymousClient);
        if (dialog.exec() == QDialog::Accepted) Q_EMIT coursesChanged(course->id);
    }
}

void CoursesTab::changePhaseOfSelected()
{
    if (const core::Course *course = selectedCourse()) {
        PhaseDialog dialog(m_services.courses, m_actor, *course, m_today, this);
        if (dialog.exec() == QDialog::Accepted) Q_EMIT coursesChanged(course->id);
    }
}

void CoursesTab::endSelected()
{
    if (const core::Course *course = selectedCourse()) {
        CourseEndDialog dialog(m_services.courses, m_actor, *course, m_today, this);
        if (dialog.exec() == QDialog::Accepted) Q_EMIT coursesChanged(course->id);
    }
}

void CoursesTab::toggleFreeChoice()
{
    const core::Course *course = selectedCourse();
    if (!course) return;
    const QString id = course->id;
    const auto exempt = m_freeChoice->isChecked() ? std::optional(core::GuaranteeExempt::FreeChoice)
                                                  : std::nullopt;
    if (callOrWarn(this, tr("Free choice"),
            [&] { m_services.courses.setGuaranteeExempt(m_actor, id, exempt); }))
        Q_EMIT coursesChanged(id);
    else
        updateSelection();
}

void CoursesTab::toggleDeclinedFollowup()
{
    const core::Course *course = selectedCourse();
    if (!course) return;
    const QString id = course->id;
    const bool declined = m_declined->isChecked();
    if (callOrWarn(this, tr("Declined follow-up"),
            [&] { m_services.courses.setDeclinedFollowup(m_actor, id, declined); }))
        Q_EMIT coursesChanged(id);
    else
        updateSelection();
}

} // namespace mestring::ui
