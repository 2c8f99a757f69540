#include "appointmentstab.h"

#include <algorithm>

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/domain/noshowrate.h"
#include "core/services/appointmentservice.h"
#include "core/services/caseloadservice.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/formatting.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/models/caseloadtablemodel.h"
#include "ui/widgets/attendanceactions.h"
#include "ui/widgets/fitentryaction.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

namespace {

QString rateLine(const core::NoShowRate &rate)
{
    if (!rate.rate()) return AppointmentsTab::tr("no attended or missed appointments");
    return AppointmentsTab::tr("%1 % (%2 of %3)")
        .arg(QLocale().toString(*rate.rate() * 100.0, 'f', 0), QString::number(rate.noShows),
            QString::number(rate.counted));
}

} // namespace

AppointmentsTab::AppointmentsTab(Services services, core::Actor actor, QWidget *parent)
    : RecordTab(services, std::move(actor), parent)
    , m_model(new AppointmentTableModel(this))
    , m_table(new QTableView(this))
    , m_rate(new QLabel(this))
    , m_contact(new QLabel(this))
{
    m_book = addTabAction(tr("New appointment"), QKeySequence::New,
        tr("Book an appointment for the client"), QStringLiteral("bookAppointmentAction"));
    m_move = addTabAction(tr("Move appointment"), Qt::Key_F2,
        tr("Move the chosen planned appointment to another time"),
        QStringLiteral("moveAppointmentAction"));
    connect(m_book, &QAction::triggered, this, &AppointmentsTab::bookAppointment);
    connect(m_move, &QAction::triggered, this, &AppointmentsTab::moveAppointment);

    setUpTable(m_table, QStringLiteral("appointmentTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("The client's appointments"));
    m_table->hideColumn(AppointmentTableModel::ClientColumn);
    m_table->setColumnWidth(AppointmentTableModel::DateColumn, 140);
    m_table->setColumnWidth(AppointmentTableModel::TimeColumn, 110);
    m_table->setColumnWidth(AppointmentTableModel::TypeColumn, 160);
    m_table->setColumnWidth(AppointmentTableModel::StaffColumn, 170);
    m_table->setColumnWidth(AppointmentTableModel::LocationColumn, 160);
    fitColumnsToTitles(m_table);
    m_attendance = new AttendanceActions(m_services.appointments, m_actor, m_model, m_table);
    connect(m_attendance, &AttendanceActions::failed, this,
        [this](const QString &text) { showMessage(text, true); });
    connect(m_attendance, &AttendanceActions::marked, this, [this] {
        showMessage(QString());
        showRate();
        showContactReminder();
    });
    m_fit = new FitEntryAction(m_services.feedback, m_actor, m_model, m_table);
    connect(m_fit, &FitEntryAction::failed, this,
        [this](const QString &text) { showMessage(text, true); });
    connect(m_fit, &FitEntryAction::saved, this, [this] { showMessage(QString()); });

    m_rate->setObjectName(QStringLiteral("noShowRate"));
    m_rate->setWordWrap(true);
    m_contact->setObjectName(QStringLiteral("contactReminder"));
    m_contact->setWordWrap(true);
    m_contact->setStyleSheet(QStringLiteral("background: #fdecea; padding: 6px;"));
    m_contact->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_rate, 1);
    top->addWidget(buttonFor(m_book));
    top->addWidget(buttonFor(m_move));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_contact);
    layout->addWidget(m_attendance->createButtonRow(
        tr("Mark the chosen appointment:"), this, {m_fit->action()}));
    layout->addWidget(messageLabel());
    layout->addWidget(m_table, 1);
}

void AppointmentsTab::reload()
{
    std::vector<core::CalendarAppointment> entries;
    if (!m_client.id.isEmpty()) {
        run([&] {
            for (core::Appointment &a :
                m_services.appointments.forClient(m_actor, m_client.id, QDate()))
                entries.push_back({std::move(a), m_client.id, m_client.displayName()});
        });
    }
    QHash<QString, QString> names;
    for (const core::StaffMember &member : staffList())
        names.insert(member.id, member.name);
    m_model->setEntries(std::move(entries), names);
    m_fit->loadTotals();
    selectUpcoming();
    showRate();
    showContactReminder();
}

std::vector<core::StaffMember> AppointmentsTab::staffList()
{
    std::vector<core::StaffMember> staff;
    // Names are a courtesy in the list; the appointments show without them.
    run([&] { staff = m_services.staff.list(m_actor, true); });
    return staff;
}

void AppointmentsTab::selectUpcoming()
{
    const std::vector<core::CalendarAppointment> &entries = m_model->entries();
    const auto upcoming = std::find_if(entries.begin(), entries.end(),
        [this](const core::CalendarAppointment &e) { return e.appointment.startDay() >= m_today; });
    const int row = entries.empty() ? -1
        : upcoming == entries.end()  ? int(entries.size()) - 1
                                     : int(upcoming - entries.begin());
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, AppointmentTableModel::DateColumn));
        m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
    }
    m_move->setEnabled(row >= 0);
}

void AppointmentsTab::showRate()
{
    std::vector<core::Appointment> appointments;
    for (const core::CalendarAppointment &entry : m_model->entries())
        appointments.push_back(entry.appointment);
    m_rate->setText(tr("No-show rate: %1 · last 12 months: %2")
                        .arg(rateLine(core::noShowRate(appointments)),
                            rateLine(core::noShowRate(
                                appointments, m_today.addYears(-1).addDays(1), m_today))));
    m_rate->setToolTip(tr("No-shows of the appointments the client attended or missed; "
                          "cancellations do not count (domain.md, no_show_rate)."));
}

void AppointmentsTab::showContactReminder()
{
    using K = core::CaseloadFlagKind;
    QStringList lines;
    if (!m_client.id.isEmpty() && core::mayDo(m_actor, core::Permission::ReadClinical)) {
        core::CaseloadOverview overview;
        run([&] {
            overview = m_services.caseload.overview(
                m_actor, core::CaseloadQuery::ofClient(m_client.id, m_today));
        });
        for (const core::CaseloadRow &row : overview.rows) {
            for (const core::CaseloadFlag &flag : row.flags) {
                if (flag.kind == K::ContactAfterNoShow || flag.kind == K::ThreeNoShowsInRow
                    || flag.kind == K::NoAttendedContact30)
                    lines << CaseloadTableModel::describeFlag(flag);
            }
        }
    }
    lines.removeDuplicates();
    m_contact->setText(lines.join(QLatin1Char('\n')));
    m_contact->setVisible(!lines.isEmpty());
}

QString AppointmentsTab::rateText() const
{
    return m_rate->text();
}

QString AppointmentsTab::contactText() const
{
    return m_contact->isHidden() ? QString() : m_contact->text();
}

void AppointmentsTab::bookAppointment()
{
    if (m_client.id.isEmpty()) return;
    core::Appointment proposal;
    // No staff member: the dialog proposes the course's responsible one.
    proposal.start = core::Clock::at(m_today.addDays(7), QTime(9, 0));
    // The course chooser proposes the active course.
    AppointmentDialog dialog(m_services, m_actor, proposal, m_client, staffList(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    const int row = m_model->rowOf(dialog.savedId());
    if (row >= 0) m_table->setCurrentIndex(m_model->index(row, AppointmentTableModel::DateColumn));
    showMessage(tr("The appointment is booked."));
}

void AppointmentsTab::moveAppointment()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return;
    const core::CalendarAppointment entry = m_model->entryAt(current.row());
    if (entry.appointment.status != core::AppointmentStatus::Planned) {
        showMessage(
            tr("Only a planned appointment can be moved. Book a new appointment instead."));
        return;
    }
    AppointmentDialog dialog(m_services, m_actor, entry, staffList(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    showMessage(tr("The appointment is moved."));
}

} // namespace mestring::ui
