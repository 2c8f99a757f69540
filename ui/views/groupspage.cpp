#include "groupspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/storage/livelisttables.h"
#include "core/domain/clock.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "ui/dialogs/enroldialog.h"
#include "ui/dialogs/groupdialog.h"
#include "ui/dialogs/groupleavedialog.h"
#include "ui/dialogs/groupsessiondialog.h"
#include "ui/formatting.h"
#include "ui/models/grouptablemodel.h"
#include "ui/print/groupattendancesheet.h"
#include "ui/print/htmlprint.h"
#include "ui/servicecall.h"
#include "ui/widgets/liverefresh.h"
#include "ui/widgets/daywatcher.h"
#include "ui/widgets/groupdetailswidget.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

GroupsPage::GroupsPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_today(services.clock.today())
    , m_header(new PageHeader(tr("Groups"), this))
    , m_message(new QLabel(this))
    , m_model(new GroupTableModel(this))
    , m_table(new QTableView(this))
    , m_details(new GroupDetailsWidget(m_services.groups, m_actor, this))
{
    setObjectName(QStringLiteral("groupsPage"));
    m_table->setObjectName(QStringLiteral("groupTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(GroupTableModel::NameColumn, 190);
    m_table->setColumnWidth(GroupTableModel::TypeColumn, 250);
    m_table->setColumnWidth(GroupTableModel::LeadersColumn, 220);
    m_table->setColumnWidth(GroupTableModel::MembersColumn, 90);
    m_table->setColumnWidth(GroupTableModel::WaitingColumn, 80);
    m_table->setAccessibleName(tr("Group courses"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &GroupsPage::loadSelected);
    m_message->setObjectName(QStringLiteral("groupsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_details, &GroupDetailsWidget::message, this, &GroupsPage::showMessage);
    m_details->setFeedback(m_services.feedback);
    connect(m_details, &QTabWidget::currentChanged, this, &GroupsPage::updateButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(createButtonRow());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    updateButtons();
    // Standings (member, waiting, left) are as of today: read again at midnight.
    connect(new DayWatcher(m_services.clock, this), &DayWatcher::dayChanged, this,
        &GroupsPage::refresh);
    // The register a co-leader marks at another PC shows here within about a second.
    new LiveRefresh(
        m_services.changes, this,
        core::livelisttables::groups(),
        [this] { refresh(); }, m_table);
}

QPushButton *GroupsPage::addButton(
    const QString &text, const QString &objectName, const QString &tip, void (GroupsPage::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

QWidget *GroupsPage::createButtonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_create = addButton(tr("&New group…"), QStringLiteral("newGroupButton"),
        tr("Create a group with leaders, places and a series of sessions"),
        &GroupsPage::createGroup);
    QPushButton *edit = addButton(tr("C&hange…"), QStringLiteral("editGroupButton"),
        tr("Change the chosen group's name, type, leaders, capacity or enrolment"),
        &GroupsPage::editGroup);
    QPushButton *session = addButton(tr("Add &session…"), QStringLiteral("addSessionButton"),
        tr("Add one session to the chosen group"), &GroupsPage::addSession);
    QPushButton *enrol = addButton(tr("&Enrol…"), QStringLiteral("enrolButton"),
        tr("Give a client's treatment course a place, or a place on the waiting list"),
        &GroupsPage::enrol);
    m_leave = addButton(tr("&Leave…"), QStringLiteral("leaveButton"),
        tr("The chosen member leaves the group, or the chosen client leaves the waiting list"),
        &GroupsPage::leaveSelected);
    m_print = addButton(tr("&Print attendance list…"), QStringLiteral("printAttendanceButton"),
        tr("The chosen session's attendance list for signatures, with a preview"),
        &GroupsPage::printAttendance);
    m_pdf = addButton(tr("List as P&DF…"), QStringLiteral("attendancePdfButton"),
        tr("Save the chosen session's attendance list as a PDF file"),
        &GroupsPage::saveAttendancePdf);
    QPushButton *refresh = addButton(tr("&Refresh"), QStringLiteral("refreshGroupsButton"),
        tr("Read the groups again (F5)"), &GroupsPage::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    m_changeButtons = {edit, session, enrol};
    for (QPushButton *button : {m_create, edit, session, enrol, m_leave})
        layout->addWidget(button);
    layout->addStretch(1);
    for (QPushButton *button : {m_print, m_pdf, refresh})
        layout->addWidget(button);
    return row;
}

void GroupsPage::updateButtons()
{
    const bool mayChange = core::mayDo(m_actor, core::Permission::ManageGroups);
    const bool chosen = !selectedGroup().isEmpty();
    m_create->setEnabled(mayChange);
    for (QPushButton *button : m_changeButtons)
        button->setEnabled(mayChange && chosen);
    const int tab = m_details->currentIndex();
    m_leave->setEnabled(mayChange && chosen
        && (tab == GroupDetailsWidget::MembersTab || tab == GroupDetailsWidget::WaitingTab));
    const bool hasSessions = chosen && !m_details->details().group.sessions.empty();
    m_print->setEnabled(hasSessions);
    m_pdf->setEnabled(hasSessions);
    if (!mayChange) {
        const QString why = tr("Your role (%1) may read the groups but not change them.")
                                .arg(core::roleTitle(m_actor.role));
        m_create->setToolTip(why);
    }
}

void GroupsPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #9b1c1c; font-weight: bold;")
                                     : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!text.isEmpty());
}

QString GroupsPage::selectedGroup() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(GroupTableModel::GroupIdRole).toString() : QString();
}

bool GroupsPage::selectGroup(const QString &groupId)
{
    const int row = m_model->rowOf(groupId);
    if (row < 0) return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void GroupsPage::refresh()
{
    m_today = m_services.clock.today();
    const QString keep = selectedGroup();
    std::vector<core::GroupCourse> groups;
    const auto failure = failureOf([&] {
        m_staffNames.clear();
        for (const core::StaffMember &member : m_services.staff.list(m_actor, true))
            m_staffNames.insert(member.id, member.name);
        groups = m_services.groups.list(m_actor);
    });
    if (failure) showMessage(*failure, true);
    m_model->setGroups(std::move(groups), m_staffNames, m_today);
    m_header->setSubtitle(tr("%n group(s)", nullptr, m_model->rowCount()));
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        if (!selectGroup(keep) && m_model->rowCount() > 0) selectGroup(m_model->groupAt(0).id);
    }
    m_table->viewport()->update();
    loadSelected(); // once, whether or not the chosen row changed
}

void GroupsPage::loadSelected()
{
    const QString id = selectedGroup();
    if (id.isEmpty()) {
        m_details->clear();
        updateButtons();
        return;
    }
    core::GroupDetails details;
    if (const auto failure = failureOf([&] { details = m_services.groups.details(m_actor, id); }))
        showMessage(*failure, true);
    m_details->setGroup(details, m_today);
    updateButtons();
}

QString GroupsPage::nameOf(const QString &courseId) const
{
    const core::GroupPerson *person = m_details->details().person(courseId);
    return person && !person->name.isEmpty() ? person->name : tr("a client");
}

void GroupsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void GroupsPage::createGroup()
{
    std::vector<core::StaffMember> staff;
    if (!callOrWarn(this, tr("New group"), [&] { staff = m_services.staff.list(m_actor); })) return;
    core::GroupCourse group;
    group.capacity = 8;
    if (!m_actor.staffId.isEmpty()) group.leaders = {m_actor.staffId};
    GroupDialog dialog(m_services.groups, m_actor, group, staff, this);
    if (dialog.exec() != QDialog::Accepted) return;
    refresh();
    selectGroup(dialog.savedId());
    showMessage(tr("The group %1 was created.").arg(dialog.draft().name), false);
}

void GroupsPage::editGroup()
{
    const core::GroupCourse group = m_details->details().group;
    if (group.id.isEmpty()) return;
    std::vector<core::StaffMember> staff;
    if (!callOrWarn(
            this, tr("Change group"), [&] { staff = m_services.staff.list(m_actor, true); }))
        return;
    GroupDialog dialog(m_services.groups, m_actor, group, staff, this);
    if (dialog.exec() != QDialog::Accepted) return;
    refresh(); // reads the chosen group again too
    QStringList moved;
    for (const QString &course : dialog.promoted())
        moved << nameOf(course);
    showMessage(moved.isEmpty()
            ? tr("The group %1 was changed.").arg(dialog.draft().name)
            : tr("The group %1 was changed. Moved up from the waiting list: %2.")
                  .arg(dialog.draft().name, moved.join(QStringLiteral(", "))),
        false);
}

void GroupsPage::addSession()
{
    const core::GroupCourse &group = m_details->details().group;
    if (group.id.isEmpty()) return;
    // Suggest a week after the last session, at its time.
    QDate suggested = m_today;
    QTime start(10, 0);
    for (const core::GroupSession &session : group.sessions) {
        if (session.date.addDays(7) > suggested) {
            suggested = session.date.addDays(7);
            start = session.start;
        }
    }
    GroupSessionDialog dialog(m_services.groups, m_actor, group.id, suggested, start, this);
    if (dialog.exec() != QDialog::Accepted) return;
    refresh(); // reads the chosen group again too
    showMessage(tr("The session was added."), false);
}

void GroupsPage::enrol()
{
    const core::GroupCourse group = m_details->details().group;
    if (group.id.isEmpty()) return;
    EnrolDialog dialog(
        m_services.groups, m_services.clients, m_services.courses, m_actor, group, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    showEnrolled(dialog.clientName(), dialog.result());
}

void GroupsPage::showEnrolled(const QString &name, const core::EnrolResult &result)
{
    refresh(); // reads the chosen group again too
    QString text = result.waiting ? tr("The group is full: %1 is on the waiting list as no. %2.")
                                        .arg(name)
                                        .arg(result.waitingPosition)
                                  : tr("%1 is now a member of the group.").arg(name);
    if (!result.warnings.empty()) text += QLatin1Char('\n') + issueText(result.warnings);
    m_details->setCurrentIndex(
        result.waiting ? GroupDetailsWidget::WaitingTab : GroupDetailsWidget::MembersTab);
    showMessage(text, false);
}

void GroupsPage::leaveSelected()
{
    const QString course = m_details->selectedCourse();
    if (course.isEmpty()) {
        showMessage(tr("Choose a member or a client on the waiting list first."), true);
        return;
    }
    const bool waiting = m_details->selectedIsWaiting();
    const QString name = nameOf(course);
    GroupLeaveDialog dialog(m_services.groups, m_actor, m_details->details().group.id, course, name,
        waiting, m_today, this);
    if (dialog.exec() != QDialog::Accepted) return;
    showLeft(name, dialog.result());
}

void GroupsPage::showLeft(const QString &name, const core::LeaveResult &result)
{
    refresh(); // reads the chosen group again too
    QStringList moved;
    for (const QString &course : result.promoted)
        moved << nameOf(course);
    showMessage(moved.isEmpty() ? tr("%1 has left.").arg(name)
                                : tr("%1 has left. Moved up from the waiting list: %2.")
                                      .arg(name, moved.join(QStringLiteral(", "))),
        false);
}

std::optional<GroupAttendanceSheet> GroupsPage::attendanceSheet() const
{
    const core::GroupDetails &details = m_details->details();
    QString session = m_details->selectedSession();
    if (session.isEmpty() && !details.group.sessions.empty())
        session = details.group.sessions.front().id;
    if (session.isEmpty()) return std::nullopt;
    QStringList leaders;
    for (const QString &id : details.group.leaders)
        leaders << m_staffNames.value(id, id);
    return GroupAttendanceSheet(details, session, leaders);
}

PrintUse GroupsPage::printUse(const GroupAttendanceSheet &sheet) const
{
    return {m_services.accessLog, m_actor, core::AccessDocument::AttendanceList, sheet.clientIds()};
}

void GroupsPage::printAttendance()
{
    if (const std::optional<GroupAttendanceSheet> sheet = attendanceSheet()) {
        previewHtml(this, {tr("Attendance list"), tr("attendance-list.pdf"), sheet->html()},
            printUse(*sheet));
    }
}

void GroupsPage::saveAttendancePdf()
{
    const std::optional<GroupAttendanceSheet> sheet = attendanceSheet();
    if (!sheet) return;
    const QString failure = saveHtmlPdfAs(
        this, {tr("Attendance list"), tr("attendance-list.pdf"), sheet->html()}, printUse(*sheet));
    if (!failure.isEmpty()) showMessage(failure, true);
}

} // namespace mestring::ui
