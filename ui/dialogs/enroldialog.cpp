#include "enroldialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "ui/formatting.h"
#include "ui/servicecall.h"
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
    , m_clients(clients)
    , m_courses(courses)
    , m_actor(std::move(actor))
    , m_groupId(group.id)
    , m_today(today)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_course(new CourseChooser(this))
    , m_askedOn(new DateField(this))
    , m_searchTimer(new QTimer(this))
{
    setWindowTitle(tr("Enrol in %1").arg(group.name));
    setObjectName(QStringLiteral("enrolDialog"));
    m_search->setObjectName(QStringLiteral("enrolSearch"));
    m_search->setMaxLength(100);
    m_search->setPlaceholderText(tr("Name or CPR number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("enrolResults"));
    m_results->setMinimumHeight(140);
    m_course->setObjectName(QStringLiteral("enrolCourse"));
    m_course->setEnabled(false);
    m_askedOn->setObjectName(QStringLiteral("enrolAskedOn"));
    m_askedOn->setDate(today);
    m_askedOn->setMaximumWidth(130);
    m_askedOn->setToolTip(tr("The day the client asked for a place: the waiting list keeps "
                             "this order"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &EnrolDialog::searchNow);
    connect(m_results, &QListWidget::currentRowChanged, this, &EnrolDialog::loadCourses);

    addField(tr("&Client"), m_search, QStringLiteral("client"));
    addField(QString(), m_results);
    addField(tr("Treatment c&ourse"), m_course, QStringLiteral("course"));
    addField(tr("&Asked on"), m_askedOn, QStringLiteral("from"));
    addNote(tr("When the group is full the client joins the waiting list, in the order people "
               "asked."));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Enrol"));
    watchForChanges();
    setClean();
    resize(560, sizeHint().height());
}

void EnrolDialog::searchNow()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    m_results->clear();
    m_found.clear();
    if (text.isEmpty()) return;
    const auto failure
        = failureOf([&] { m_found = m_clients.search(m_actor, text, 0, searchLimit); });
    if (failure) {
        showGeneralMessage(*failure);
        return;
    }
    for (const core::Client &client : m_found) {
        const QString born = client.birthDate.isValid() ? formatDate(client.birthDate) : QString();
        m_results->addItem(born.isEmpty() ? client.displayName()
                                          : tr("%1, born %2").arg(client.displayName(), born));
    }
    if (m_found.empty()) m_results->addItem(tr("No client matches \"%1\".").arg(text));
    if (m_found.size() == 1) m_results->setCurrentRow(0);
}

bool EnrolDialog::chooseClient(int row)
{
    if (row < 0 || row >= int(m_found.size())) return false;
    m_results->setCurrentRow(row);
    return true;
}

QString EnrolDialog::clientName() const
{
    const int row = m_results->currentRow();
    return row >= 0 && row < int(m_found.size()) ? m_found[std::size_t(row)].displayName()
                                                 : QString();
}

void EnrolDialog::loadCourses()
{
    const int row = m_results->currentRow();
    std::vector<core::Course> open;
    if (row >= 0 && row < int(m_found.size())) {
        const QString clientId = m_found[std::size_t(row)].id;
        std::vector<core::Course> all;
        if (const auto failure = failureOf([&] { all = m_courses.forClient(m_actor, clientId); })) {
            showGeneralMessage(*failure);
        }
        // Only an open course can join a group (core refuses an ended one).
        std::copy_if(all.begin(), all.end(), std::back_inserter(open),
            [](const core::Course &c) { return c.isOpen(); });
        showIssues({});
        if (open.empty()) {
            showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("course"),
                tr("The client has no open treatment course. Register a request on the "
                   "client's Forløb tab first.")}});
        }
    }
    m_course->setCourses(std::move(open), m_today);
}

bool EnrolDialog::save()
{
    if (m_course->currentCourseId().isEmpty()) {
        showGeneralMessage(tr("Search for the client and choose one of their open courses."));
        m_search->setFocus();
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
