#include "clientrecordwidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "clientoverviewtab.h"
#include "core/services/permissions.h"
#include "coursestab.h"
#include "medicationtab.h"
#include "record/absencestab.h"
#include "record/appointmentstab.h"
#include "record/assessmentstab.h"
#include "record/goalstab.h"
#include "record/fittab.h"
#include "record/journaltab.h"
#include "ui/access.h"
#include "tabshortcuts.h"
#include "ui/formatting.h"

namespace mestring::ui {

ClientRecordWidget::ClientRecordWidget(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_printStatus(new QToolButton(this))
    , m_printPlan(new QToolButton(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new ClientOverviewTab(this))
    , m_courses(new CoursesTab(services, actor, this))
{
    auto *back
        = new QAction(QIcon(QStringLiteral(":/icons/back.png")), tr("Back to the list"), this);
    back->setShortcut(Qt::Key_Escape);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    back->setToolTip(tr("Back to the client list (Esc)"));
    connect(back, &QAction::triggered, this, &ClientRecordWidget::closeRequested);
    addAction(back);
    m_back->setDefaultAction(back);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setObjectName(QStringLiteral("backButton"));

    auto *edit
        = new QAction(QIcon(QStringLiteral(":/icons/edit.png")), tr("Edit master data"), this);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->setToolTip(tr("Change name, CPR number, address and consent (Ctrl+E)"));
    connect(edit, &QAction::triggered, this, &ClientRecordWidget::editMasterDataRequested);
    addAction(edit);
    m_edit->setDefaultAction(edit);
    m_edit->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_edit->setAutoRaise(true);
    m_edit->setObjectName(QStringLiteral("editMasterDataButton"));

    // Borgerstatus for a plan meeting: preview, print or PDF (the page assembles it).
    m_printStatus->setText(tr("Print client status…"));
    m_printStatus->setToolTip(tr("Goals, assessments, attendance and medication on paper for a "
                                 "plan meeting; print or save as PDF"));
    m_printStatus->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_printStatus->setAutoRaise(true);
    m_printStatus->setObjectName(QStringLiteral("printStatusButton"));
    if (!core::mayDo(actor, core::Permission::ReadClinical)) {
        m_printStatus->setEnabled(false);
        m_printStatus->setToolTip(noAccessText(actor, tr("the plan and the assessments")));
    }
    connect(m_printStatus, &QToolButton::clicked, this, &ClientRecordWidget::printStatusRequested);
    // Borgerens plan: what the therapist hands the client, written for the client.
    m_printPlan->setText(tr("Print the client's plan…"));
    m_printPlan->setToolTip(tr("The client's own plan in plain words: goals, steps, the next "
                               "appointments and how to reach the centre; no journal text or "
                               "scores. Print or save as PDF."));
    m_printPlan->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_printPlan->setAutoRaise(true);
    m_printPlan->setObjectName(QStringLiteral("printPlanButton"));
    m_printPlan->setVisible(core::roleHas(actor.role, core::Permission::ReadClinical));
    connect(m_printPlan, &QToolButton::clicked, this, &ClientRecordWidget::printPlanRequested);

    m_name->setObjectName(QStringLiteral("recordName"));
    QFont font = m_name->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_name->setFont(font);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    forwardPageShortcuts(m_tabs);
    // Stamdata: master data and consent, with the client's courses at a glance.
    m_tabs->addTab(m_overview, tr("Master data"));
    m_tabs->addTab(m_courses, tr("Courses"));
    connect(m_courses, &CoursesTab::coursesChanged, this, &ClientRecordWidget::recordChanged);
    const bool clinical = core::mayDo(actor, core::Permission::ReadClinical);
    // A tab the role may not open stays in its place, greyed, and says why (tooltip and page),
    // so nobody reads an empty list as "nothing there" or types into a form that will refuse.
    const auto addDeniedTab = [&](const QString &title, const QString &name, const QString &what) {
        const QString text = noAccessText(actor, what);
        QWidget *page = makeNoAccessPage(text, this);
        page->setObjectName(name);
        const int index = m_tabs->addTab(page, title);
        m_tabs->setTabEnabled(index, false);
        m_tabs->setTabToolTip(index, text);
    };
    const auto addWorkTab = [&](RecordTab *tab, const QString &title, const QString &name) {
        tab->setObjectName(name);
        m_tabs->addTab(tab, title);
        m_workTabs.push_back(tab);
    };
    addWorkTab(new AppointmentsTab(services, actor, this), tr("Appointments"),
        QStringLiteral("appointmentsTab"));
    if (clinical) {
        addWorkTab(
            new GoalsTab(services, actor, this), tr("Plan and goals"), QStringLiteral("goalsTab"));
        addWorkTab(new AssessmentsTab(services, actor, this), tr("Assessments"),
            QStringLiteral("assessmentsTab"));
        addWorkTab(new FitTab(services, actor, this), tr("FIT"), QStringLiteral("fitTab"));
        addWorkTab(
            new JournalTab(services, actor, this), tr("Journal"), QStringLiteral("journalTab"));
    } else {
        addDeniedTab(tr("Plan and goals"), QStringLiteral("goalsTab"), tr("the treatment plan"));
        addDeniedTab(tr("Assessments"), QStringLiteral("assessmentsTab"), tr("the assessments"));
        addDeniedTab(tr("FIT"), QStringLiteral("fitTab"), tr("the client's feedback (FIT)"));
        addDeniedTab(tr("Journal"), QStringLiteral("journalTab"), tr("the journal"));
    }
    addWorkTab(
        new AbsencesTab(services, actor, this), tr("Absences"), QStringLiteral("absencesTab"));
    if (core::mayDo(actor, core::Permission::ReadMedication)) {
        m_medication = new MedicationTab(services, actor, this);
        m_tabs->addTab(m_medication, tr("Medication"));
    } else {
        addDeniedTab(tr("Medication"), QStringLiteral("medicationTab"), tr("the medication"));
    }

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_name);
    header->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addLayout(header, 1);
    top->addWidget(m_printPlan, 0, Qt::AlignTop);
    top->addWidget(m_printStatus, 0, Qt::AlignTop);
    top->addWidget(m_edit, 0, Qt::AlignTop);
    top->addWidget(m_back, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

void ClientRecordWidget::setRecord(const core::Client &client,
    std::optional<std::vector<core::Course>> courses, const QHash<QString, QString> &staffNames,
    const QDate &today)
{
    const bool sameClient = client.id == m_client.id;
    m_client = client;
    m_name->setText(client.displayName());

    // The line staff use to make sure they have the right person before they read on.
    QStringList facts;
    if (client.anonymous)
        facts << tr("Anonymous");
    else if (!client.cpr.isEmpty())
        facts << formatCpr(client.cpr);
    if (const auto age = ageOn(client.birthDate, today)) facts << tr("%n years", nullptr, *age);
    if (!client.municipality.isEmpty()) facts << client.municipality;
    m_summary->setText(facts.join(QStringLiteral("  \u00b7  ")));

    if (m_medication) m_medication->setClient(client.id, today);
    for (RecordTab *tab : m_workTabs)
        tab->setClient(client, courses.value_or(std::vector<core::Course> {}), today);
    m_courses->setEnabled(courses.has_value());
    m_courses->setClientAnonymous(client.anonymous);
    m_courses->setCourses(
        client.id, courses.value_or(std::vector<core::Course> {}), staffNames, today);
    m_overview->setRecord(client, std::move(courses), staffNames, today);
    if (!sameClient) m_tabs->setCurrentIndex(0);
}

} // namespace mestring::ui

namespace mestring::ui {

bool ClientRecordWidget::showTab(const QString &objectName)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == objectName && m_tabs->isTabEnabled(i)) {
            m_tabs->setCurrentIndex(i);
            m_tabs->widget(i)->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void ClientRecordWidget::showPlaceFor(
    std::optional<core::CaseloadFlagKind> flag, const QString &courseId)
{
    using K = core::CaseloadFlagKind;
    // Where each flag is resolved, best place first.
    QStringList places;
    if (flag) {
        switch (*flag) {
        case K::GuaranteeWarning:
        case K::GuaranteeOverdue:
            places << QStringLiteral("coursesTab");
            break;
        case K::FollowupAssessmentDue:
        case K::PostDischargeFollowupDue:
            places << QStringLiteral("assessmentsTab");
            break;
        case K::GoalPastDeadline:
        case K::GoalScoreDue:
            places << QStringLiteral("goalsTab");
            break;
        case K::NoAttendedContact30:
        case K::ThreeNoShowsInRow:
        case K::ContactAfterNoShow:
            // A phone note in the journal is a contact too.
            places << QStringLiteral("appointmentsTab") << QStringLiteral("journalTab");
            break;
        case K::ContactAfterMissedAntabus:
        case K::MedicalReviewOverdue:
            places << QStringLiteral("medicationTab");
            break;
        case K::SrsBelow36:
        case K::NoProgress:
            places << QStringLiteral("fitTab");
            break;
        case K::RegistryOverdue:
            places << QStringLiteral("coursesTab");
            break;
        }
    }
    m_courses->selectCourse(courseId);
    for (RecordTab *workTab : m_workTabs)
        workTab->selectCourse(courseId);
    for (const QString &place : places) {
        if (showTab(place)) return;
    }
    // The place is not on this record (yet): the summary says what there is.
    m_tabs->setCurrentIndex(0);
}

} // namespace mestring::ui
