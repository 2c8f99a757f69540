#include "calendarpage.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/storage/livelisttables.h"
#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/services/staffservice.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/formatting.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/models/calendarweekmodel.h"
#include "ui/print/daylist.h"
#include "ui/print/htmlprint.h"
#include "ui/recordtitles.h"
#include "ui/servicecall.h"
#include "ui/widgets/attendanceactions.h"
#include "ui/widgets/fitentryaction.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/liverefresh.h"
#include "ui/widgets/daywatcher.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/record/recordtab.h"

namespace mestring::ui {

namespace {

bool keepsOwnCalendar(core::Role role)
{
    switch (role) {
    case core::Role::Therapist:
    case core::Role::FamilyTherapist:
    case core::Role::Nurse:
    case core::Role::Doctor:
        return true;
    default:
        return false;
    }
}

} // namespace

CalendarPage::CalendarPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_day(services.clock.today())
    , m_header(new PageHeader(tr("Calendar"), this))
    , m_staff(new QComboBox(this))
    , m_viewButtons(new QButtonGroup(this))
    , m_dayField(new DateField(this))
    , m_absences(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_dayModel(new AppointmentTableModel(this))
    , m_dayTable(new QTableView(this))
    , m_weekModel(new CalendarWeekModel(this))
    , m_weekTable(new QTableView(this))
{
    setUpTables();
    m_attendance = new AttendanceActions(m_services.appointments, m_actor, m_dayModel, m_dayTable);
    connect(m_attendance, &AttendanceActions::failed, this,
        [this](const QString &text) { showMessage(text); });
    connect(m_attendance, &AttendanceActions::marked, this, [this] { showMessage({}); });
    m_fit = new FitEntryAction(m_services.feedback, m_actor, m_dayModel, m_dayTable);
    connect(m_fit, &FitEntryAction::failed, this, [this](const QString &text) {
        showMessage(text, true);
    });
    connect(m_fit, &FitEntryAction::saved, this, [this] { showMessage({}); });
    m_attendanceRow = m_attendance->createButtonRow(
        tr("Mark the chosen appointment:"), this, {m_fit->action()});
    loadStaff();

    m_absences->setObjectName(QStringLiteral("calendarAbsences"));
    m_absences->setWordWrap(true);
    m_absences->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 4px;"));
    m_absences->hide();
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(createNavigationRow());
    layout->addWidget(createActionRow());
    layout->addWidget(m_attendanceRow);
    layout->addWidget(m_message);
    layout->addWidget(m_absences);
    layout->addWidget(m_stack, 1);
    m_dayField->setDate(m_day);
    // At midnight a calendar showing today moves on to the new day.
    connect(new DayWatcher(m_services.clock, this), &DayWatcher::dayChanged, this,
        [this](const QDate &today, const QDate &previous) {
            if (m_day == previous) setDay(today);
        });
    new LiveRefresh(
        m_services.changes, this,
        core::livelisttables::calendar(),
        [this] { followChanges(); }, m_dayTable);
}

void CalendarPage::followChanges()
{
    // What the user is being told stays: only a failure to read replaces it.
    const QString shown = m_message->text();
    const QString style = m_message->styleSheet();
    refresh();
    if (m_message->text().isEmpty() && !shown.isEmpty()) {
        m_message->setText(shown);
        m_message->setStyleSheet(style);
        m_message->show();
    }
}

void CalendarPage::setUpTables()
{
    RecordTab::setUpTable(m_dayTable, QStringLiteral("calendarDayTable"));
    m_dayTable->setModel(m_dayModel);
    m_dayTable->setAccessibleName(tr("The day's appointments"));
    m_dayTable->hideColumn(AppointmentTableModel::DateColumn);
    m_dayTable->setColumnWidth(AppointmentTableModel::TimeColumn, 120);
    m_dayTable->setColumnWidth(AppointmentTableModel::ClientColumn, 240);
    m_dayTable->setColumnWidth(AppointmentTableModel::TypeColumn, 170);
    m_dayTable->setColumnWidth(AppointmentTableModel::StaffColumn, 180);
    m_dayTable->setColumnWidth(AppointmentTableModel::LocationColumn, 180);
    connect(m_dayTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openClientRequested(index.data(AppointmentTableModel::ClientIdRole).toString());
    });

    m_weekTable->setObjectName(QStringLiteral("calendarWeekTable"));
    m_weekTable->setModel(m_weekModel);
    m_weekTable->setAccessibleName(tr("The week's appointments"));
    m_weekTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weekTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_weekTable->setWordWrap(true);
    m_weekTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_weekTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_weekTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weekTable->setToolTip(tr("Enter or a double click opens the day"));
    connect(m_weekTable, &QTableView::activated, this, &CalendarPage::openWeekCell);

    m_stack->addWidget(m_dayTable);
    setFocusProxy(m_dayTable);
    m_stack->addWidget(m_weekTable);
}

void CalendarPage::loadStaff()
{
    m_staff->setObjectName(QStringLiteral("calendarStaff"));
    m_staff->addItem(tr("The whole centre"), QString());
    const auto failure = failureOf([&] { m_staffList = m_services.staff.list(m_actor, true); });
    if (failure) showMessage(*failure);
    for (const core::StaffMember &member : m_staffList) {
        m_staffNames.insert(member.id, member.name);
        if (member.active) m_staff->addItem(member.name, member.id);
    }
    const int own = m_staff->findData(m_actor.staffId);
    if (keepsOwnCalendar(m_actor.role) && own > 0) m_staff->setCurrentIndex(own);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &CalendarPage::refresh);
}

QWidget *CalendarPage::createNavigationRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *staffLabel = new QLabel(tr("Ca&lendar of:"), row);
    staffLabel->setBuddy(m_staff);
    m_staff->setMinimumWidth(220);
    auto *dayButton = new QPushButton(tr("Da&y"), row);
    auto *weekButton = new QPushButton(tr("&Week"), row);
    dayButton->setObjectName(QStringLiteral("dayViewButton"));
    weekButton->setObjectName(QStringLiteral("weekViewButton"));
    for (QPushButton *button : {dayButton, weekButton})
        button->setCheckable(true);
    dayButton->setChecked(true);
    m_viewButtons->addButton(dayButton, int(View::Day));
    m_viewButtons->addButton(weekButton, int(View::Week));
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });

    // Tool buttons: as wide as the arrow (a push button is at least 80 pixels wide in the
    // style, which a narrower maximum cut through), and taking focus like the push buttons.
    const auto arrowButton = [row](const QString &arrow) {
        auto *button = new QToolButton(row);
        button->setText(arrow);
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    QToolButton *previous = arrowButton(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous day or week (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    auto *today = new QPushButton(tr("T&oday"), row);
    connect(today, &QPushButton::clicked, this, [this] { setDay(m_services.clock.today()); });
    QToolButton *next = arrowButton(QStringLiteral("▶"));
    next->setToolTip(tr("Next day or week (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    m_dayField->setObjectName(QStringLiteral("calendarDay"));
    m_dayField->setMaximumWidth(130);
    m_dayField->setToolTip(tr("Go to a day (dd-mm-yyyy)"));
    connect(m_dayField, &DateField::dateChanged, this, [this](const QDate &day) {
        if (day.isValid() && day != m_day) setDay(day);
    });

    layout->addWidget(staffLabel);
    layout->addWidget(m_staff);
    layout->addSpacing(12);
    layout->addWidget(dayButton);
    layout->addWidget(weekButton);
    layout->addSpacing(12);
    layout->addWidget(previous);
    layout->addWidget(today);
    layout->addWidget(next);
    layout->addWidget(m_dayField);
    layout->addStretch(1);
    return row;
}

QWidget *CalendarPage::createActionRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *book = new QPushButton(tr("&New appointment..."), row);
    book->setObjectName(QStringLiteral("bookAppointment"));
    book->setToolTip(tr("Book an appointment (Ctrl+N)"));
    auto *bookShortcut = new QAction(this);
    bookShortcut->setShortcut(QKeySequence::New);
    bookShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(bookShortcut);
    connect(bookShortcut, &QAction::triggered, this, &CalendarPage::bookAppointment);
    connect(book, &QPushButton::clicked, this, &CalendarPage::bookAppointment);
    auto *move = new QPushButton(tr("&Move..."), row);
    move->setObjectName(QStringLiteral("moveAppointment"));
    move->setToolTip(tr("Move the chosen planned appointment to another time (F2)"));
    move->setShortcut(Qt::Key_F2);
    connect(move, &QPushButton::clicked, this, &CalendarPage::moveAppointment);
    auto *print = new QPushButton(tr("&Print day list..."), row);
    print->setToolTip(tr("The day's appointments per staff member, with a preview"));
    connect(print, &QPushButton::clicked, this, &CalendarPage::printDayList);
    auto *pdf = new QPushButton(tr("Day list as P&DF..."), row);
    connect(pdf, &QPushButton::clicked, this, &CalendarPage::saveDayListPdf);
    auto *refreshButton = new QPushButton(tr("&Refresh"), row);
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(tr("Read the calendar again (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, &CalendarPage::refresh);
    layout->addWidget(book);
    layout->addWidget(move);
    layout->addStretch(1);
    layout->addWidget(print);
    layout->addWidget(pdf);
    layout->addWidget(refreshButton);
    return row;
}

QString CalendarPage::staff() const
{
    return m_staff->currentData().toString();
}

void CalendarPage::setStaff(const QString &staffId)
{
    const int index = m_staff->findData(staffId);
    if (index >= 0) m_staff->setCurrentIndex(index); // refreshes when it changes
}

void CalendarPage::setDay(const QDate &day)
{
    if (!day.isValid()) return;
    m_day = day;
    if (m_dayField->date() != day) m_dayField->setDate(day);
    refresh();
}

void CalendarPage::setView(View view)
{
    m_view = view;
    m_viewButtons->button(int(view))->setChecked(true);
    m_stack->setCurrentIndex(view == View::Day ? 0 : 1);
    m_attendanceRow->setVisible(view == View::Day);
    // Ctrl+3 lands in the list, where the one-key actions (F U A L P R) work.
    setFocusProxy(m_stack->currentWidget());
    refresh();
}

void CalendarPage::step(int direction)
{
    setDay(m_day.addDays(direction * (m_view == View::Day ? 1 : 7)));
}

QDate CalendarPage::firstDay() const
{
    return m_view == View::Day ? m_day : m_day.addDays(1 - m_day.dayOfWeek());
}

QDate CalendarPage::lastDay() const
{
    return m_view == View::Day ? m_day : firstDay().addDays(6);
}

void CalendarPage::refresh()
{
    const QString staffId = staff();
    const QString whose = staffId.isEmpty() ? tr("the whole centre") : m_staffNames.value(staffId);
    m_header->setSubtitle(m_view == View::Day
            ? tr("%1 %2, %3").arg(QLocale().dayName(m_day.dayOfWeek()), formatDate(m_day), whose)
            : tr("Week %1: %2 to %3, %4")
                  .arg(QString::number(firstDay().weekNumber()), formatDate(firstDay()),
                      formatDate(lastDay()), whose));
    core::CalendarSpan span;
    const auto failure = failureOf([&] {
        span = m_services.appointments.calendar(m_actor, firstDay(), lastDay(), staffId);
    });
    showMessage(failure.value_or(QString()));
    if (m_view == View::Day) {
        const QString current
            = m_dayTable->currentIndex().data(AppointmentTableModel::AppointmentIdRole).toString();
        m_dayModel->setEntries(span.appointments, m_staffNames);
        m_fit->loadTotals();
        m_dayTable->setColumnHidden(AppointmentTableModel::StaffColumn, !staffId.isEmpty());
        const int row = std::max(0, m_dayModel->rowOf(current));
        if (m_dayModel->rowCount() > 0) m_dayTable->setCurrentIndex(m_dayModel->index(row, 1));
        m_attendance->updateEnabled();
    } else {
        m_weekModel->setSpan(span, m_staffNames);
    }
    showAbsences(span);
}

void CalendarPage::showAbsences(const core::CalendarSpan &span)
{
    if (m_view == View::Week || span.absences.empty()) {
        m_absences->hide();
        return;
    }
    QStringList names;
    for (const core::CalendarAbsence &entry : span.absences) {
        QString text = entry.clientName + QStringLiteral(" (")
            + absenceReasonTitle(entry.absence.reason).toLower();
        if (entry.absence.to.isValid())
            text += QLatin1Char(' ') + tr("until %1").arg(formatDate(entry.absence.to));
        names << text + QLatin1Char(')');
    }
    m_absences->setText(tr("Absent: %1").arg(names.join(QStringLiteral(", "))));
    m_absences->show();
}

QString CalendarPage::absenceText() const
{
    return m_absences->isHidden() ? QString() : m_absences->text();
}

QString CalendarPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CalendarPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #9b1c1c; font-weight: bold;")
                                     : QStringLiteral("color: #7a4f00;"));
    m_message->setVisible(!text.isEmpty());
}

void CalendarPage::openWeekCell(const QModelIndex &index)
{
    if (!index.isValid()) return;
    const QString staffId = index.data(CalendarWeekModel::StaffIdRole).toString();
    m_day = index.data(CalendarWeekModel::DayRole).toDate();
    m_dayField->setDate(m_day);
    if (!staffId.isEmpty()) {
        const QSignalBlocker quiet(m_staff);
        m_staff->setCurrentIndex(std::max(0, m_staff->findData(staffId)));
    }
    setView(View::Day);
    m_dayTable->setFocus();
}

void CalendarPage::bookAppointment()
{
    core::Appointment proposal;
    // The calendar shown (a staff member's own) books for them; the whole centre's books for
    // the client's responsible staff member, proposed by the dialog.
    proposal.staff = staff();
    // The next whole hour today, else 09:00 on the chosen day.
    const QDateTime now = m_services.clock.now();
    const bool today = m_day == now.date() && now.time().hour() < 17;
    proposal.start = core::Clock::at(m_day, today ? QTime(now.time().hour() + 1, 0) : QTime(9, 0));
    AppointmentDialog dialog(m_services, m_actor, proposal, std::nullopt, m_staffList, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QDate booked = dialog.draft().startDay();
    setDay(booked);
    const int row = m_dayModel->rowOf(dialog.savedId());
    if (row >= 0) m_dayTable->setCurrentIndex(m_dayModel->index(row, 1));
}

void CalendarPage::moveAppointment()
{
    const QModelIndex current = m_dayTable->currentIndex();
    if (m_view != View::Day || !current.isValid()) {
        showMessage(tr("Choose the appointment in the day view first."), false);
        return;
    }
    const core::CalendarAppointment entry = m_dayModel->entryAt(current.row());
    if (entry.appointment.status != core::AppointmentStatus::Planned) {
        showMessage(tr("Only a planned appointment can be moved. Book a new appointment instead."),
            false);
        return;
    }
    AppointmentDialog dialog(m_services, m_actor, entry, m_staffList, this);
    if (dialog.exec() == QDialog::Accepted) setDay(dialog.draft().startDay());
}

DayList CalendarPage::dayList()
{
    // Read again: the list on paper is the calendar as it is now, whatever the view shows.
    core::CalendarSpan day {m_day, m_day, staff(), {}, {}};
    if (const auto failure = failureOf(
            [&] { day = m_services.appointments.calendar(m_actor, m_day, m_day, staff()); }))
        showMessage(*failure);
    return DayList(std::move(day), m_staffNames);
}

HtmlDocument CalendarPage::dayListDocument(const DayList &list) const
{
    return {tr("Day list"), tr("day-list-%1.pdf").arg(m_day.toString(Qt::ISODate)), list.html()};
}

void CalendarPage::printDayList()
{
    const DayList list = dayList();
    previewHtml(this, dayListDocument(list),
        {m_services.accessLog, m_actor, core::AccessDocument::DayList, list.clientIds()});
}

void CalendarPage::saveDayListPdf()
{
    const DayList list = dayList();
    const QString failure = saveHtmlPdfAs(this, dayListDocument(list),
        {m_services.accessLog, m_actor, core::AccessDocument::DayList, list.clientIds()});
    if (!failure.isEmpty()) showMessage(failure);
}

void CalendarPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
