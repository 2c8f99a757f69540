// Every dialog of the program, opened as staff open it: where the cursor is, whether Tab
// reaches every field before the buttons, mnemonics, and whether any text is cut off.
#include <catch2/catch.hpp>

#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/serviceset.h"
#include "core/storage/prescriptionrepository.h"
#include "layoutchecks.h"
#include "recordtestdata.h"
#include "ui/dialogs/absencedialog.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/dialogs/assessmentdialog.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/dialogs/coursedialog.h"
#include "ui/dialogs/courseenddialog.h"
#include "ui/dialogs/coursestartdialog.h"
#include "ui/dialogs/dispensingdialog.h"
#include "ui/dialogs/enroldialog.h"
#include "ui/dialogs/goaldialog.h"
#include "ui/dialogs/goalscoredialog.h"
#include "ui/dialogs/groupdialog.h"
#include "ui/dialogs/groupleavedialog.h"
#include "ui/dialogs/groupsessiondialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/phasedialog.h"
#include "ui/dialogs/prescriptiondialog.h"
#include "ui/dialogs/stopprescriptiondialog.h"
#include "ui/dialogs/subgoaldialog.h"
#include "ui/dialogs/targetdialog.h"
#include "ui/translations.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/datefield.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
namespace core = mestring::core;
namespace ui = mestring::ui;
namespace test = mestring::test;

namespace {

const QDate today(2026, 11, 23);

/// A centre with what every dialog needs: a client with an open course and a goal, a group
/// with a session and a member, a doctor and a prescription.
struct DialogData
{
    UiTestDatabase data;
    core::Actor doctor = data.addStaff(QStringLiteral("s9"), QStringLiteral("Ole Berg"),
        core::Role::Doctor, QStringLiteral("ole"));
    core::Actor manager = data.addStaff(QStringLiteral("s8"), QStringLiteral("Jørgen Mikkelsen"),
        core::Role::Manager, QStringLiteral("jorgen"));
    core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Course course = test::addCourse(data, client.id, today.addDays(-60));
    core::Goal goal;
    core::GroupCourse group;
    core::Prescription prescription;

    DialogData()
    {
        goal.course = course.id;
        goal.theme = core::Theme::Health;
        goal.text = QStringLiteral("Sove hele natten");
        goal.id = data.set.goals.create(data.therapist, goal).id;
        core::GroupCourse g;
        g.name = QStringLiteral("BASIS efterår");
        g.leaders = {data.therapist.staffId};
        g.capacity = 8;
        g.rolling = true;
        g.sessions = {{QString(), today.addDays(7), QTime(10, 0), QStringLiteral("Trang")}};
        const QString groupId = data.set.groups.create(data.therapist, g).id;
        data.set.groups.enrol(data.therapist, groupId, course.id, today.addDays(-1));
        group = data.set.groups.get(data.therapist, groupId);
        prescription.id = core::newId();
        prescription.client = client.id;
        prescription.drug = core::Drug::Methadone;
        prescription.category = core::DrugCategory::Substitution;
        prescription.doseMg = 60;
        prescription.start = today.addDays(-10);
        prescription.prescriber = doctor.staffId;
        core::PrescriptionRepository(data.db).insert(prescription);
    }

    std::vector<core::StaffMember> staff() { return data.staff.list(data.therapist); }
};

struct DialogCase
{
    const char *name;
    std::function<std::unique_ptr<QDialog>(DialogData &)> open;
    /// The field that must have the cursor; nullptr: the first field of the form.
    std::function<QWidget *(QDialog *)> first = nullptr;
};

template <typename D> D *as(QDialog *dialog)
{
    return static_cast<D *>(dialog);
}

core::DispensingListRow dispensingRow(DialogData &d)
{
    core::DispensingListRow row;
    row.clientId = d.client.id;
    row.clientName = d.client.displayName();
    row.birthDate = d.client.birthDate;
    row.prescription = d.prescription;
    row.scheduled = true;
    return row;
}

core::Appointment proposal(DialogData &d)
{
    core::Appointment a;
    a.course = d.course.id;
    a.staff = d.data.therapist.staffId;
    a.start = core::Clock::at(today, QTime(9, 0));
    a.minutes = 60;
    return a;
}

std::vector<DialogCase> everyDialog()
{
    using P = std::unique_ptr<QDialog>;
    return {
        {"new client",
            [](DialogData &d) -> P {
                return std::make_unique<ui::ClientDialog>(
                    d.data.clients, d.data.therapist, core::Client {});
            },
            [](QDialog *dialog) -> QWidget * {
                return as<ui::ClientDialog>(dialog)->cprField(); // staff start from the CPR
            }},
        {"edit client",
            [](DialogData &d) -> P {
                return std::make_unique<ui::ClientDialog>(
                    d.data.clients, d.data.therapist, d.client);
            },
            [](QDialog *dialog) -> QWidget * { return as<ui::ClientDialog>(dialog)->cprField(); }},
        {"book from the calendar",
            [](DialogData &d) -> P {
                core::Appointment a = proposal(d);
                a.course.clear();
                return std::make_unique<ui::AppointmentDialog>(
                    d.data.services(), d.data.therapist, a, std::nullopt, d.staff());
            },
            [](QDialog *dialog) -> QWidget * {
                return as<ui::AppointmentDialog>(dialog)->clientPicker()->field();
            }},
        {"book for an open client",
            [](DialogData &d) -> P {
                return std::make_unique<ui::AppointmentDialog>(
                    d.data.services(), d.data.therapist, proposal(d), d.client, d.staff());
            }},
        {"move an appointment",
            [](DialogData &d) -> P {
                core::CalendarAppointment existing;
                existing.appointment = proposal(d);
                existing.appointment.id
                    = d.data.set.appointments.book(d.data.therapist, existing.appointment).id;
                existing.client = d.client.id;
                existing.clientName = d.client.displayName();
                return std::make_unique<ui::AppointmentDialog>(
                    d.data.services(), d.data.therapist, existing, d.staff());
            },
            [](QDialog *dialog) -> QWidget * {
                return as<ui::AppointmentDialog>(dialog)->dateField();
            }},
        {"absence",
            [](DialogData &d) -> P {
                core::Absence absence;
                absence.client = d.client.id;
                absence.from = today;
                return std::make_unique<ui::AbsenceDialog>(
                    d.data.set.absences, d.data.therapist, absence, QHash<QString, QString> {});
            }},
        {"assessment",
            [](DialogData &d) -> P {
                core::Assessment assessment;
                assessment.course = d.course.id;
                assessment.date = today;
                return std::make_unique<ui::AssessmentDialog>(
                    d.data.set.assessments, d.data.therapist, assessment);
            }},
        {"request or course",
            [](DialogData &d) -> P {
                return std::make_unique<ui::CourseDialog>(
                    d.data.courses, d.data.therapist, d.client.id, d.staff(), today);
            }},
        {"end course",
            [](DialogData &d) -> P {
                return std::make_unique<ui::CourseEndDialog>(
                    d.data.courses, d.data.therapist, d.course, today);
            }},
        {"start treatment",
            [](DialogData &d) -> P {
                core::Course request = d.course;
                request.startDate = QDate();
                request.phases.clear();
                return std::make_unique<ui::CourseStartDialog>(
                    d.data.courses, d.data.therapist, request, today);
            }},
        {"change phase",
            [](DialogData &d) -> P {
                return std::make_unique<ui::PhaseDialog>(
                    d.data.courses, d.data.therapist, d.course, today);
            }},
        {"new goal",
            [](DialogData &d) -> P {
                core::Goal goal;
                goal.course = d.course.id;
                return std::make_unique<ui::GoalDialog>(
                    d.data.set.goals, d.data.therapist, goal, today);
            }},
        {"change goal",
            [](DialogData &d) -> P {
                return std::make_unique<ui::GoalDialog>(
                    d.data.set.goals, d.data.therapist, d.goal, today);
            }},
        {"goal score",
            [](DialogData &d) -> P {
                return std::make_unique<ui::GoalScoreDialog>(
                    d.data.set.goals, d.data.therapist, d.goal.id, d.goal.text, today);
            },
            [](QDialog *dialog) -> QWidget * {
                return as<ui::GoalScoreDialog>(dialog)->scoreCombo();
            }},
        {"sub-goal",
            [](DialogData &d) -> P {
                return std::make_unique<ui::SubGoalDialog>(
                    d.data.set.goals, d.data.therapist, d.goal.id, d.goal.text);
            }},
        {"journal note",
            [](DialogData &d) -> P {
                return std::make_unique<ui::NoteDialog>(d.data.set.notes, d.data.therapist,
                    d.client.id, std::vector<core::Course> {d.course}, d.course.id);
            },
            [](QDialog *dialog) -> QWidget * {
                return dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
            }},
        {"new group",
            [](DialogData &d) -> P {
                return std::make_unique<ui::GroupDialog>(
                    d.data.set.groups, d.data.therapist, core::GroupCourse {}, d.staff());
            }},
        {"change group",
            [](DialogData &d) -> P {
                return std::make_unique<ui::GroupDialog>(
                    d.data.set.groups, d.data.therapist, d.group, d.staff());
            }},
        {"group session",
            [](DialogData &d) -> P {
                return std::make_unique<ui::GroupSessionDialog>(d.data.set.groups, d.data.therapist,
                    d.group.id, today.addDays(14), QTime(10, 0));
            }},
        {"enrol in a group",
            [](DialogData &d) -> P {
                return std::make_unique<ui::EnrolDialog>(d.data.set.groups, d.data.clients,
                    d.data.courses, d.data.therapist, d.group, today);
            }},
        {"leave a group",
            [](DialogData &d) -> P {
                return std::make_unique<ui::GroupLeaveDialog>(d.data.set.groups, d.data.therapist,
                    d.group.id, d.course.id, d.client.displayName(), false, today);
            }},
        {"effect target",
            [](DialogData &d) -> P {
                return std::make_unique<ui::TargetDialog>(d.data.set.targets, d.manager,
                    QStringLiteral("alcohol_success_rate"), QString(), today.year());
            }},
        {"new prescription",
            [](DialogData &d) -> P {
                return std::make_unique<ui::PrescriptionDialog>(
                    d.data.set.prescriptions, d.doctor, d.client.id, today);
            }},
        {"dose change",
            [](DialogData &d) -> P {
                return std::make_unique<ui::PrescriptionDialog>(
                    d.data.set.prescriptions, d.doctor, d.prescription, today);
            }},
        {"stop prescription",
            [](DialogData &d) -> P {
                return std::make_unique<ui::StopPrescriptionDialog>(
                    d.data.set.prescriptions, d.doctor, d.prescription, today);
            }},
        {"withhold a dose",
            [](DialogData &d) -> P {
                return std::make_unique<ui::DispensingDialog>(d.data.set.dispensings, d.doctor,
                    dispensingRow(d), today, core::DispensingStatus::Withheld, today,
                    core::MedicationSettings {});
            }},
        {"log in",
            [](DialogData &d) -> P {
                return std::make_unique<ui::LoginDialog>(d.data.auth, QStringLiteral("test"));
            }},
    };
}

bool isButtonBoxButton(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget)
        && qobject_cast<QDialogButtonBox *>(widget->parentWidget());
}

// The field a person reads first: the highest, then the leftmost, that is not a button.
QWidget *topField(QDialog *dialog, const QList<QWidget *> &stops)
{
    QWidget *top = nullptr;
    QPoint topAt;
    for (QWidget *stop : stops) {
        if (qobject_cast<QAbstractButton *>(stop) && !stop->inherits("QCheckBox")) continue;
        const QPoint at = stop->mapTo(dialog, QPoint(0, 0));
        if (!top || at.y() < topAt.y() || (at.y() == topAt.y() && at.x() < topAt.x())) {
            top = stop;
            topAt = at;
        }
    }
    return top;
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (QWidget *w : widgets)
        names << QStringLiteral("%1(%2)").arg(
            QLatin1StringView(w->metaObject()->className()), w->objectName());
    return names.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("Every dialog opens with the cursor in its first field and Tab reaches every field "
          "before the buttons",
    "[ui][keyboard][dialogs]")
{
    for (const DialogCase &c : everyDialog()) {
        DYNAMIC_SECTION(c.name)
        {
            DialogData d;
            const std::unique_ptr<QDialog> dialog = c.open(d);
            REQUIRE(test::showActive(dialog.get()));
            QWidget *focus = QApplication::focusWidget();
            REQUIRE(focus);
            INFO("focus: " << focus->metaObject()->className() << " "
                           << focus->objectName().toStdString());
            CHECK_FALSE(isButtonBoxButton(focus));
            const QList<QWidget *> stops = test::tabStops(dialog.get());
            CHECK(focus == (c.first ? c.first(dialog.get()) : topField(dialog.get(), stops)));
            // A full round from the top of the form.
            topField(dialog.get(), stops)->setFocus(Qt::TabFocusReason);
            const QList<QWidget *> passed = test::walkTabs(dialog.get());
            INFO("stops: " << describe(stops).toStdString());
            INFO("passed: " << describe(passed).toStdString());
            for (QWidget *stop : stops)
                CHECK(passed.contains(stop));
            // The buttons come last: after the first button no field follows.
            qsizetype firstButton = -1;
            for (qsizetype i = 0; i < passed.size(); ++i) {
                if (isButtonBoxButton(passed[i]) && firstButton < 0) firstButton = i;
                if (firstButton >= 0) CHECK(isButtonBoxButton(passed[i]));
            }
            CHECK(firstButton > 0);
            dialog->done(QDialog::Rejected);
        }
    }
}

TEST_CASE("Every dialog in Danish has a mnemonic on each field and button, none twice, and no "
          "text cut off",
    "[ui][keyboard][dialogs]")
{
    auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    for (const DialogCase &c : everyDialog()) {
        DYNAMIC_SECTION(c.name)
        {
            DialogData d;
            const std::unique_ptr<QDialog> dialog = c.open(d);
            REQUIRE(test::showActive(dialog.get()));
            const QStringList mnemonics = test::mnemonicProblems(dialog.get());
            INFO(mnemonics.join(QLatin1Char('\n')).toStdString());
            CHECK(mnemonics.isEmpty());
            QStringList clipped = test::clippedTexts(dialog.get());
            // And with the messages Enter shows on an incomplete form.
            if (auto *record = qobject_cast<ui::RecordDialog *>(dialog.get());
                record && !record->isComplete()) {
                record->saveIfComplete();
                QTest::qWait(20);
                clipped << test::clippedTexts(dialog.get());
            }
            INFO(clipped.join(QLatin1Char('\n')).toStdString());
            CHECK(clipped.isEmpty());
            dialog->done(QDialog::Rejected);
        }
    }
    ui::removeTranslations(app);
}
