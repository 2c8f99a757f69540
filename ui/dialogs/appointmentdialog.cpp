#include "appointmentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/courseservice.h"
#include "fieldinputs.h"
#include "ui/formatting.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/recordtitles.h"
#include "ui/servicecall.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/record/coursechooser.h"
#include "ui/widgets/timefield.h"

namespace mestring::ui {

namespace {

const QString quietStyle = QStringLiteral("background: #eef6ee; padding: 6px;");
const QString warningStyle = QStringLiteral("background: #fff8e1; padding: 6px;");

} // namespace

AppointmentDialog::AppointmentDialog(Services services, core::Actor actor,
    core::Appointment appointment, std::vector<core::StaffMember> staff, bool moving,
    QWidget *parent)
    : RecordDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_appointment(std::move(appointment))
    , m_staffList(std::move(staff))
    , m_moving(moving)
    , m_course(new CourseChooser(this))
    , m_type(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_date(new DateField(this))
    , m_time(new TimeField(this))
    , m_minutes(new QSpinBox(this))
    , m_location(new QLineEdit(this))
    , m_conflicts(new QLabel(this))
    , m_conflictDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(moving ? tr("Move appointment") : tr("Book appointment"));
    m_conflictDelay->setSingleShot(true);
    m_conflictDelay->setInterval(150);
    connect(m_conflictDelay, &QTimer::timeout, this, &AppointmentDialog::refreshConflicts);
}

AppointmentDialog::AppointmentDialog(Services services, core::Actor actor,
    core::Appointment proposal, std::optional<core::Client> client,
    std::vector<core::StaffMember> staff, QWidget *parent)
    : AppointmentDialog(services, std::move(actor), std::move(proposal), std::move(staff), false,
        parent)
{
    buildForm(client, client ? client->displayName() : QString());
}

AppointmentDialog::AppointmentDialog(Services services, core::Actor actor,
    core::CalendarAppointment existing, std::vector<core::StaffMember> staff, QWidget *parent)
    : AppointmentDialog(services, std::move(actor), existing.appointment, std::move(staff), true,
        parent)
{
    core::Client client;
    client.id = existing.client;
    buildForm(client, existing.clientName);
}

void AppointmentDialog::buildForm(
    const std::optional<core::Client> &client, const QString &clientName)
{
    if (client) {
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(clientName.toHtmlEscaped()), this);
        name->setObjectName(QStringLiteral("clientName"));
        addField(tr("Client"), name);
        loadCourses(client->id);
    } else {
        m_picker = new ClientPicker(m_services.clients, m_actor, this);
        addField(tr("&Client"), m_picker, QStringLiteral("client"));
        connect(m_picker, &ClientPicker::clientPicked, this, [this](const core::Client &picked) {
            loadCourses(picked.id);
            m_course->setFocus();
        });
        requireField(
            m_picker->field(), QStringLiteral("client"),
            [this] { return !m_picker->client().id.isEmpty(); }, pickClientHint());
    }
    // Full width, so a message under it wraps as little as under the other fields.
    m_course->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addField(tr("C&ourse"), m_course, QStringLiteral("course"));
    fillEnumCombo(m_type, &appointmentTypeTitle);
    setEnumComboValue(m_type, std::optional(m_appointment.type));
    addField(tr("&Type"), m_type, QStringLiteral("type"));
    for (const core::StaffMember &member : m_staffList) {
        if (member.active || member.id == m_appointment.staff) m_staff->addItem(member.name, member.id);
    }
    // No staff member proposed: the course's responsible staff member (kontaktperson), until
    // the user chooses someone else; without one, the one booking.
    m_staff->setObjectName(QStringLiteral("appointmentStaff"));
    m_followResponsible = m_appointment.staff.isEmpty() && !m_moving;
    const QString proposed = m_followResponsible ? m_actor.staffId : m_appointment.staff;
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(proposed)));
    connect(m_staff, &QComboBox::activated, this, [this] { m_followResponsible = false; });
    followResponsible();
    addField(tr("&Staff member"), m_staff, QStringLiteral("staff"));
    const QDateTime start = core::Clock::centreTime(m_appointment.start);
    m_date->setDate(start.date());
    addField(tr("&Date"), m_date, QStringLiteral("start"));
    m_time->setTime(start.time());
    addField(tr("T&ime"), m_time, QStringLiteral("time"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_appointment.minutes);
    addField(tr("&Length"), m_minutes, QStringLiteral("minutes"));
    m_location->setMaxLength(core::textlimit::location);
    m_location->setText(m_appointment.location);
    m_location->setPlaceholderText(tr("E.g. room 2, the client's home, the shelter"));
    addField(tr("L&ocation"), m_location, QStringLiteral("location"));
    m_conflicts->setObjectName(QStringLiteral("conflictList"));
    m_conflicts->setWordWrap(true);
    m_conflicts->hide();
    form()->addRow(m_conflicts);

    requireField(
        m_course, QStringLiteral("course"),
        [this] { return !m_course->currentCourseId().isEmpty(); },
        tr("Choose the course the appointment belongs to."));
    requireField(
        m_date, QStringLiteral("start"), [this] { return m_date->date().isValid(); },
        tr("Enter the date as dd-mm-yyyy."));
    requireField(
        m_time, QStringLiteral("time"), [this] { return m_time->time().isValid(); },
        tr("Type the time as 13:00, 13.00 or 1300."));
    if (m_moving) {
        // Moving changes the time, the length or the staff member; the rest is the booking's.
        m_course->setEnabled(false);
        m_type->setEnabled(false);
        m_location->setEnabled(false);
        setFirstField(m_date);
    }
    const auto later = [this] { m_conflictDelay->start(); };
    connect(m_course, &CourseChooser::courseChanged, this, &AppointmentDialog::followResponsible);
    connect(m_course, &CourseChooser::courseChanged, this, later);
    connect(m_staff, &QComboBox::currentIndexChanged, this, later);
    connect(m_date, &DateField::dateChanged, this, later);
    connect(m_time, &TimeField::timeChanged, this, later);
    connect(m_minutes, &QSpinBox::valueChanged, this, later);
    watchForChanges();
    fitToWidth(this, 600);
    if (!m_picker) refreshConflicts();
}

void AppointmentDialog::loadCourses(const QString &clientId)
{
    std::vector<core::Course> open;
    const auto failure = failureOf([&] {
        for (core::Course &course : m_services.courses.forClient(m_actor, clientId)) {
            if (!course.endDate.isValid() || course.id == m_appointment.course)
                open.push_back(std::move(course));
        }
    });
    m_course->setCourses(std::move(open), m_services.clock.today());
    if (!m_appointment.course.isEmpty()) m_course->selectCourse(m_appointment.course);
    followResponsible();
    if (failure)
        showIssues({core::dataError(QStringLiteral("course"), *failure)});
    else if (m_course->count() == 0)
        showIssues({core::dataError(QStringLiteral("course"),
            tr("The client has no open course. Register a course on the client's Courses tab "
               "first."))});
    else
        showIssues({});
    refreshConflicts();
}

void AppointmentDialog::followResponsible()
{
    const core::Course *course = m_course->currentCourse();
    if (!m_followResponsible || !course || course->responsible.isEmpty()) return;
    const int index = m_staff->findData(course->responsible); // active staff only
    if (index >= 0) m_staff->setCurrentIndex(index);
}

core::Appointment AppointmentDialog::draft() const
{
    core::Appointment a = m_appointment;
    a.course = m_course->currentCourseId();
    a.type = enumComboValue<core::AppointmentType>(m_type).value_or(a.type);
    a.staff = m_staff->currentData().toString();
    a.start = core::Clock::at(m_date->date(), m_time->time());
    a.minutes = m_minutes->value();
    a.location = m_location->text().trimmed();
    return a;
}

QString AppointmentDialog::staffName(const QString &staffId) const
{
    for (const core::StaffMember &member : m_staffList) {
        if (member.id == staffId) return member.name;
    }
    return staffId;
}

void AppointmentDialog::refreshConflicts()
{
    m_conflictDelay->stop();
    const core::Appointment a = draft();
    m_hasConflicts = false;
    if (a.course.isEmpty() || !a.start.isValid() || a.staff.isEmpty()) {
        m_conflicts->hide();
        return;
    }
    core::AppointmentConflicts found;
    if (failureOf([&] { found = m_services.appointments.conflicts(m_actor, a); })) {
        m_conflicts->hide(); // saving reports the failure in full
        return;
    }
    showConflicts(found);
}

void AppointmentDialog::showConflicts(const core::AppointmentConflicts &found)
{
    m_hasConflicts = !found.isEmpty();
    QStringList lines;
    for (const core::Appointment &other : found.staffOverlaps) {
        lines << tr("%1 already has an appointment %2 (%3).")
                     .arg(staffName(other.staff), AppointmentTableModel::timeText(other),
                         appointmentTypeTitle(other.type));
    }
    for (const core::Appointment &other : found.clientOverlaps) {
        lines << tr("The client already has an appointment %1 with %2 (%3).")
                     .arg(AppointmentTableModel::timeText(other), staffName(other.staff),
                         appointmentTypeTitle(other.type));
    }
    for (const core::Absence &absence : found.absences) {
        lines << tr("The client is registered as absent %1 to %2 (%3).")
                     .arg(formatDate(absence.from),
                         absence.to.isValid() ? formatDate(absence.to) : tr("open-ended"),
                         absenceReasonTitle(absence.reason).toLower());
    }
    QPushButton *saveButton = buttons()->button(QDialogButtonBox::Save);
    if (lines.isEmpty()) {
        m_conflicts->setStyleSheet(quietStyle);
        m_conflicts->setText(tr("No conflicts with the staff member's or the client's other "
                                "appointments or absences."));
        saveButton->setText(m_moving ? tr("Move") : tr("Book"));
    } else {
        m_conflicts->setStyleSheet(warningStyle);
        QString html = QStringLiteral("<b>") + tr("Conflicts:").toHtmlEscaped()
            + QStringLiteral("</b>");
        for (const QString &line : std::as_const(lines))
            html += QStringLiteral("<br>• ") + line.toHtmlEscaped();
        m_conflicts->setText(html);
        saveButton->setText(m_moving ? tr("Move despite the conflict")
                                     : tr("Book despite the conflict"));
    }
    m_conflicts->show();
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) resize(width(), needed);
}

QString AppointmentDialog::pickClientHint()
{
    return tr("Find the client: type part of the name, the CPR number or the birth date, and "
              "choose with the arrow keys and Enter.");
}

QString AppointmentDialog::conflictText() const
{
    return m_conflicts->isHidden() ? QString() : m_conflicts->text();
}

bool AppointmentDialog::save()
{
    core::RuleIssues issues;
    if (m_picker && m_picker->client().id.isEmpty())
        issues.push_back(core::dataError(QStringLiteral("client"), pickClientHint()));
    checkDateField(m_date, QStringLiteral("start"), true, issues);
    if (!m_time->time().isValid()) {
        issues.push_back(
            core::dataError(QStringLiteral("time"), tr("Type the time as 13:00, 13.00 or 1300.")));
    }
    if (showIssues(issues)) return false;
    // Never book past a conflict the user has not seen: the list may still wait for the
    // typing pause. When checking now shows a new conflict, stop so it can be read; saving
    // again books despite it.
    const QString shown = conflictText();
    refreshConflicts();
    if (m_hasConflicts && conflictText() != shown) return false;
    const core::Appointment a = draft();
    const core::SaveResult result = m_moving
        ? m_services.appointments.move(m_actor, a.id, a.start, a.minutes, a.staff, &m_appointment)
        : m_services.appointments.book(m_actor, a);
    m_savedId = result.id;
    return true;
}

} // namespace mestring::ui
