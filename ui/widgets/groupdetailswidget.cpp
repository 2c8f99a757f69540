#include "groupdetailswidget.h"

#include <algorithm>
#include <memory>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/domain/groupstanding.h"
#include "core/domain/nameorder.h"
#include "core/services/feedbackservice.h"
#include "core/services/permissions.h"
#include "ui/dialogs/fitdialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/formatting.h"
#include "ui/grouptitles.h"
#include "ui/models/groupregistermodel.h"
#include "ui/servicecall.h"

namespace mestring::ui {

namespace {

constexpr core::AttendanceStatus keyedStatuses[] = {core::AttendanceStatus::Attended,
    core::AttendanceStatus::NoShow, core::AttendanceStatus::CancelledClient};

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

GroupDetailsWidget::GroupDetailsWidget(
    core::GroupService &groups, core::Actor actor, QWidget *parent)
    : QTabWidget(parent)
    , m_groups(groups)
    , m_actor(std::move(actor))
    , m_members(
          createTable({tr("Member"), tr("Born"), tr("From"), tr("Last day"), tr("Attendance")},
              QStringLiteral("groupMembers")))
    , m_waiting(createTable(
          {tr("No."), tr("Name"), tr("Born"), tr("Asked on")}, QStringLiteral("groupWaiting")))
    , m_sessions(createTable(
          {tr("No."), tr("Date"), tr("Start"), tr("Topic")}, QStringLiteral("groupSessions")))
    , m_register(new QTableView(this))
    , m_registerModel(new GroupRegisterModel(this))
{
    setObjectName(QStringLiteral("groupDetails"));
    m_register->setObjectName(QStringLiteral("groupRegister"));
    m_register->setModel(m_registerModel);
    m_register->setSelectionMode(QAbstractItemView::SingleSelection);
    m_register->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_register->horizontalHeader()->setDefaultSectionSize(82);
    m_register->horizontalHeader()->setMinimumSectionSize(60);
    m_register->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_register->verticalHeader()->setDefaultSectionSize(m_register->fontMetrics().height() + 12);
    m_register->verticalHeader()->setMinimumWidth(180);
    m_register->setAccessibleName(tr("Attendance register"));
    m_register->setToolTip(tr("Keys: F attended, U no-show, A cancelled by the client. The cursor "
                              "moves down to the next member."));
    createRegisterActions();
    m_members->setColumnWidth(0, 220);
    m_waiting->setColumnWidth(0, 50);
    m_waiting->setColumnWidth(1, 220);
    m_sessions->setColumnWidth(0, 50);
    m_sessions->setColumnWidth(1, 150);
    addTab(m_members, tr("&Members"));
    addTab(m_waiting, tr("&Waiting list"));
    addTab(m_sessions, tr("&Sessions"));
    addTab(createRegisterPage(), tr("&Attendance register"));
}

QTableWidget *GroupDetailsWidget::createTable(const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setAlternatingRowColors(true);
    return table;
}

QWidget *GroupDetailsWidget::createRegisterPage()
{
    // The grid with the keys and colours spelled out under it, so nobody has to guess.
    auto *page = new QWidget(this);
    auto *legend = new QLabel(page);
    legend->setObjectName(QStringLiteral("registerLegend"));
    QStringList keys;
    for (core::AttendanceStatus status : keyedStatuses) {
        keys << QStringLiteral("<span style=\"background:%1\">&nbsp;<b>%2</b>&nbsp;</span> %3")
                    .arg(attendanceStatusColor(status).name(), attendanceStatusLetter(status),
                        attendanceStatusTitle(status).toHtmlEscaped());
    }
    legend->setText(tr("Keys: %1. The cursor then moves down to the next member; "
                       "grey: not a member that day. R: FIT (ORS and SRS) of the cell's member.")
                        .arg(keys.join(QStringLiteral(" &nbsp; "))));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_register, 1);
    layout->addWidget(legend);
    return page;
}

void GroupDetailsWidget::createRegisterActions()
{
    const bool mayRecord = core::mayDo(m_actor, core::Permission::ManageGroups);
    for (core::AttendanceStatus status : keyedStatuses) {
        const QString letter = attendanceStatusLetter(status);
        auto *action = new QAction(tr("%1 (%2)").arg(attendanceStatusTitle(status), letter), this);
        action->setObjectName(QStringLiteral("attendance_") + core::enumCode(status));
        action->setShortcut(QKeySequence(letter));
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setEnabled(mayRecord);
        connect(action, &QAction::triggered, this, [this, status] { recordCurrent(status); });
        m_register->addAction(action);
    }
}

void GroupDetailsWidget::setGroup(const core::GroupDetails &details, const QDate &today)
{
    const QString course = selectedCourse();
    const QModelIndex cell = m_register->currentIndex();
    const QString registerCourse
        = cell.isValid() ? m_registerModel->courseAt(cell.row(), cell.column()) : QString();
    const QString registerSession
        = cell.isValid() ? m_registerModel->sessionAt(cell.column()).id : QString();
    m_details = details;
    m_today = today;
    fillMembers(today);
    fillWaiting();
    fillSessions();
    m_registerModel->setGroup(details);
    for (QTableWidget *table : {m_members, m_waiting}) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == course) table->selectRow(row);
        }
    }
    if (!setRegisterCell(registerCourse, registerSession)) {
        // The latest session held by today: the one usually being filled in.
        int column = 0;
        for (int c = 0; c < m_registerModel->columnCount(); ++c) {
            if (m_registerModel->sessionAt(c).date <= today) column = c;
        }
        if (m_registerModel->rowCount() > 0)
            m_register->setCurrentIndex(m_registerModel->index(0, column));
    }
}

void GroupDetailsWidget::clear()
{
    setGroup({}, core::Clock().today());
}

void GroupDetailsWidget::fillMembers(const QDate &today)
{
    std::vector<core::GroupMember> members = m_details.group.members;
    auto nameOf = [&](const QString &course) {
        const core::GroupPerson *person = m_details.person(course);
        return person ? person->name : course;
    };
    // Current members first, by name; those who left after them, the latest leaver first.
    std::stable_sort(members.begin(), members.end(),
        [&](const core::GroupMember &a, const core::GroupMember &b) {
            const bool leftA = a.to.isValid() && a.to < today;
            const bool leftB = b.to.isValid() && b.to < today;
            if (leftA != leftB) return leftB;
            if (leftA) return a.to > b.to;
            return core::nameLess(nameOf(a.course), nameOf(b.course));
        });
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < int(members.size()); ++row) {
        const core::GroupMember &member = members[std::size_t(row)];
        const core::GroupPerson *person = m_details.person(member.course);
        const core::GroupStanding standing
            = core::groupStanding(m_details.group, member.course, today);
        const bool left = member.to.isValid() && member.to < today;
        QTableWidgetItem *name = item(nameOf(member.course));
        name->setData(Qt::UserRole, member.course);
        m_members->setItem(row, 0, name);
        m_members->setItem(row, 1, item(person ? formatDate(person->birthDate) : QString()));
        m_members->setItem(row, 2, item(formatDate(member.from)));
        m_members->setItem(row, 3, item(formatDate(member.to)));
        m_members->setItem(row, 4,
            item(standing.held == 0
                    ? tr("no sessions yet")
                    : tr("%1 of %2 attended").arg(standing.attended).arg(standing.held)));
        if (left) {
            for (int c = 0; c < m_members->columnCount(); ++c)
                m_members->item(row, c)->setForeground(
                    QPalette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    setTabText(MembersTab,
        tr("&Members (%1)").arg(core::GroupService::occupiedOn(m_details.group, today)));
}

void GroupDetailsWidget::fillWaiting()
{
    const auto &waiting = m_details.group.waiting;
    m_waiting->setRowCount(int(waiting.size()));
    for (int row = 0; row < int(waiting.size()); ++row) {
        const core::WaitingEntry &entry = waiting[std::size_t(row)];
        const core::GroupPerson *person = m_details.person(entry.course);
        QTableWidgetItem *number = item(QString::number(row + 1));
        number->setData(Qt::UserRole, entry.course);
        m_waiting->setItem(row, 0, number);
        m_waiting->setItem(row, 1, item(person ? person->name : entry.course));
        m_waiting->setItem(row, 2, item(person ? formatDate(person->birthDate) : QString()));
        m_waiting->setItem(row, 3, item(formatDate(entry.askedOn)));
    }
    setTabText(WaitingTab, tr("&Waiting list (%1)").arg(waiting.size()));
}

void GroupDetailsWidget::fillSessions()
{
    m_sessions->setRowCount(m_registerModel->columnCount());
    std::vector<core::GroupSession> sessions = m_details.group.sessions;
    std::stable_sort(sessions.begin(), sessions.end(),
        [](const core::GroupSession &a, const core::GroupSession &b) {
            return a.date != b.date ? a.date < b.date : a.start < b.start;
        });
    m_sessions->setRowCount(int(sessions.size()));
    for (int row = 0; row < int(sessions.size()); ++row) {
        const core::GroupSession &session = sessions[std::size_t(row)];
        QTableWidgetItem *number = item(QString::number(row + 1));
        number->setData(Qt::UserRole, session.id);
        m_sessions->setItem(row, 0, number);
        m_sessions->setItem(row, 1,
            item(QLocale().dayName(session.date.dayOfWeek(), QLocale::ShortFormat)
                + QLatin1Char(' ') + formatDate(session.date)));
        m_sessions->setItem(row, 2, item(session.start.toString(QStringLiteral("HH:mm"))));
        m_sessions->setItem(row, 3, item(session.topic));
    }
    // The next session is the one usually printed or looked up; the last when all are held.
    int next = int(sessions.size()) - 1;
    for (int row = int(sessions.size()) - 1; row >= 0; --row) {
        if (sessions[std::size_t(row)].date >= m_today) next = row;
    }
    if (next >= 0) {
        m_sessions->selectRow(next);
        m_sessions->scrollToItem(m_sessions->item(next, 0), QAbstractItemView::PositionAtCenter);
    }
    setTabText(SessionsTab, tr("&Sessions (%1)").arg(sessions.size()));
}

QString GroupDetailsWidget::selectedCourse() const
{
    QTableWidget *table = selectedIsWaiting() ? m_waiting : m_members;
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0)) return QString();
    return table->item(row, 0)->data(Qt::UserRole).toString();
}

bool GroupDetailsWidget::selectedIsWaiting() const
{
    return currentIndex() == WaitingTab;
}

QString GroupDetailsWidget::selectedSession() const
{
    if (currentIndex() == SessionsTab) {
        const int row = m_sessions->currentRow();
        if (row >= 0) return m_sessions->item(row, 0)->data(Qt::UserRole).toString();
    }
    const QModelIndex cell = m_register->currentIndex();
    return cell.isValid() ? m_registerModel->sessionAt(cell.column()).id : QString();
}

bool GroupDetailsWidget::setRegisterCell(const QString &courseId, const QString &sessionId)
{
    const int row = m_registerModel->rowOfCourse(courseId);
    if (row < 0) return false;
    for (int column = 0; column < m_registerModel->columnCount(); ++column) {
        if (m_registerModel->sessionAt(column).id == sessionId) {
            m_register->setCurrentIndex(m_registerModel->index(row, column));
            return true;
        }
    }
    return false;
}

bool GroupDetailsWidget::recordCurrent(core::AttendanceStatus status)
{
    const QModelIndex cell = m_register->currentIndex();
    if (!cell.isValid()) return false;
    const QString course = m_registerModel->courseAt(cell.row(), cell.column());
    const QString session = m_registerModel->sessionAt(cell.column()).id;
    const auto failure = failureOf(
        [&] { m_groups.recordAttendance(m_actor, m_details.group.id, session, course, status); });
    if (failure) {
        Q_EMIT message(*failure, true);
        return false;
    }
    m_registerModel->setStatus(cell.row(), cell.column(), status);
    m_details.group.attendance = m_registerModel->details().group.attendance;
    fillMembers(m_today);
    Q_EMIT message(QString(), false);
    // Down to the next member of that session; the cursor stays on the last one.
    for (int row = cell.row() + 1; row < m_registerModel->rowCount(); ++row) {
        const QModelIndex next = m_registerModel->index(row, cell.column());
        if (next.data(GroupRegisterModel::MemberOnDayRole).toBool()) {
            m_register->setCurrentIndex(next);
            break;
        }
    }
    return true;
}

void GroupDetailsWidget::setFeedback(core::FeedbackService &feedback)
{
    if (!core::mayDo(m_actor, core::Permission::WriteClinical)) return;
    m_feedback = &feedback;
    auto *action = new QAction(tr("FIT… (R)"), this);
    action->setObjectName(QStringLiteral("groupFitAction"));
    action->setShortcut(QKeySequence(Qt::Key_R));
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, &GroupDetailsWidget::rateCurrent);
    m_register->addAction(action);
    m_register->setToolTip(m_register->toolTip() + QLatin1Char(' ')
        + tr("R: the member's ORS and SRS of the session (FIT)."));
}

bool GroupDetailsWidget::rateCurrent()
{
    const QModelIndex cell = m_register->currentIndex();
    if (!m_feedback || !cell.isValid()) return false;
    const QString course = m_registerModel->courseAt(cell.row(), cell.column());
    const core::GroupSession session = m_registerModel->sessionAt(cell.column());
    const QString text = tr("%1, %2 %3")
                             .arg(m_registerModel->nameAt(cell.row()), m_details.group.name,
                                 formatDate(session.date));
    std::unique_ptr<FitDialog> dialog;
    if (const auto failure = failureOf([&] {
            dialog = std::make_unique<FitDialog>(
                *m_feedback, m_actor, FitSessionKey {{}, session.id, course}, text, window());
        })) {
        Q_EMIT message(*failure, true);
        return false;
    }
    if (dialog->exec() != QDialog::Accepted) return false;
    Q_EMIT message(tr("FIT saved for %1: %2")
                       .arg(m_registerModel->nameAt(cell.row()),
                           AppointmentTableModel::fitText(dialog->totals())),
        false);
    m_register->setFocus();
    return true;
}

} // namespace mestring::ui
