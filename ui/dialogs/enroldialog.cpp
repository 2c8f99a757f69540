#include "enroldialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "ui/servicecall.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/record/coursechooser.h"

namespace mestring::ui {

namespace {

constexpr int searchLimit = 30;

} // namespace

EnrolDialog::EnrolDialog(core::GroupService &groups, core::ClientService &clients,
    core::CourseService &courses, core::Actor actor, const core::GroupCourse &group,
    const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_groups(groups)
    , m_courses(courses)
    , m_actor(std::move(actor))
    , m_groupId(group.id)
    , m_today(today)
    , m_picker(new ClientPicker(clients, m_actor, this, searchLimit))
    , m_course(new CourseChooser(this))
    , m_askedOn(new DateField(this))
{
    setWindowTitle(tr("Enrol in %1").arg(group.name));
    setObjectName(QStringLiteral("enrolDialog"));
    m_picker->field()->setObjectName(QStringLiteral("enrolSearch"));
    m_picker->matchList()->setObjectName(QStringLiteral("enrolResults"));
    m_course->setObjectName(QStringLiteral("enrolCourse"));
    m_course->setEnabled(false);
    m_askedOn->setObjectName(QStringLiteral("enrolAskedOn"));
    m_askedOn->setDate(today);
    m_askedOn->setToolTip(tr("The day the client asked for a place: the waiting list keeps "
                             "this order"));
    connect(m_picker, &ClientPicker::clientPicked, this, [this](const core::Client &client) {
        loadCourses(client.id);
        m_course->setFocus();
    });

    addField(tr("&Client"), m_picker, QStringLiteral("client"));
    addField(tr("Treatment c&ourse"), m_course, QStringLiteral("course"));
    addField(tr("&Asked on"), m_askedOn, QStringLiteral("from"));
    addNote(tr("When the group is full the client joins the waiting list, in the order people "
               "asked."));
    requireField(
        m_picker->field(), QStringLiteral("client"),
        [this] { return !m_picker->client().id.isEmpty(); },
        tr("Find the client: type part of the name, the CPR number or the birth date, and "
           "choose with the arrow keys and Enter."));
    requireField(
        m_askedOn, QStringLiteral("from"), [this] { return m_askedOn->date().isValid(); },
        tr("Type the day the client asked as dd-mm-yyyy."));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Enrol"));
    watchForChanges();
    setClean();
    resize(560, sizeHint().height());
}

QLineEdit *EnrolDialog::searchField() const
{
    return m_picker->field();
}

QListWidget *EnrolDialog::resultList() const
{
    return m_picker->matchList();
}

void EnrolDialog::searchNow()
{
    m_picker->searchNow();
}

bool EnrolDialog::chooseClient(int row)
{
    return m_picker->choose(row);
}

QString EnrolDialog::clientName() const
{
    return m_picker->client().displayName();
}

void EnrolDialog::loadCourses(const QString &clientId)
{
    std::vector<core::Course> all;
    if (const auto failure = failureOf([&] { all = m_courses.forClient(m_actor, clientId); }))
        showGeneralMessage(*failure);
    // Only an open course can join a group (core refuses an ended one).
    std::vector<core::Course> open;
    std::copy_if(all.begin(), all.end(), std::back_inserter(open),
        [](const core::Course &c) { return c.isOpen(); });
    showIssues({});
    if (open.empty()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("course"),
            tr("The client has no open treatment course. Register a request on the "
               "client's Forløb tab first.")}});
    }
    m_course->setEnabled(!open.empty());
    m_course->setCourses(std::move(open), m_today);
}

bool EnrolDialog::save()
{
    if (m_course->currentCourseId().isEmpty()) {
        showGeneralMessage(tr("Search for the client and choose one of their open courses."));
        m_picker->field()->setFocus();
        return false;
    }
    if (!m_askedOn->date().isValid()) {
        showGeneralMessage(tr("Type the day the client asked as dd-mm-yyyy."));
        m_askedOn->setFocus();
        return false;
    }
    m_result = m_groups.enrol(m_actor, m_groupId, m_course->currentCourseId(), m_askedOn->date());
    return true;
}

} // namespace mestring::ui
