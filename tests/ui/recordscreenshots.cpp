// The client record's working tabs (plan and goals, assessments, journal, absences) and their
// dialogs in Danish at 1366x768 with demo data, into docs/screenshots/. Hidden like the other
// screenshots; run with:
//     QT_QPA_PLATFORM=offscreen build/dev/tests/ui_tests "[.screenshots]"
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include "core/domain/clock.h"
#include "ui/widgets/datefield.h"
#include <QDir>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "core/demo/demoinstaller.h"
#include "core/services/absenceservice.h"
#include "core/services/appointmentservice.h"
#include "core/services/assessmentservice.h"
#include "core/services/goalservice.h"
#include "core/services/noteservice.h"
#include "core/storage/staffrepository.h"
#include "ui/dialogs/absencedialog.h"
#include "ui/dialogs/assessmentdialog.h"
#include "ui/dialogs/goaldialog.h"
#include "ui/dialogs/goalscoredialog.h"
#include "ui/dialogs/notedialog.h"
#include "ui/translations.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/record/coursechooser.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

namespace {

void saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(80); // let layouts, charts and deferred paints settle
    const QString dir = QStringLiteral(MESTRING_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    INFO("writing " << path.toStdString());
    REQUIRE(widget.grab().save(path));
}

void showDialog(QDialog &dialog, const QString &name)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    saveShot(dialog, name);
    dialog.done(QDialog::Rejected);
}

struct RecordPick
{
    QString clientId;
    core::Course course;
    int score = -1;
};

// The demo client whose newest course has the fullest plan and most assessments, and who has
// a planned appointment ahead (for the absence preview).
RecordPick pickClient(UiTestDatabase &data, const core::Actor &actor, const QDate &today)
{
    RecordPick best;
    for (const auto &client : data.clients.search(actor, QString(), 0, 400)) {
        if (client.anonymous) continue;
        const auto courses = data.courses.forClient(actor, client.id);
        for (const auto &course : courses) {
            if (!course.isActiveOn(today)) continue;
            const auto goals = data.set.goals.forCourse(actor, course.id);
            const auto assessments = data.set.assessments.forCourse(actor, course.id);
            const auto ahead = data.set.appointments.forClient(actor, client.id, today.addDays(1));
            int scores = 0;
            for (const auto &goal : goals)
                scores += int(goal.scores.size() + goal.subgoals.size());
            const int score = int(goals.size()) * 3 + scores + int(assessments.size()) * 4
                + (ahead.empty() ? 0 : 20);
            if (score > best.score) best = {client.id, course, score};
        }
    }
    return best;
}

} // namespace

TEST_CASE("Screenshots of the client record's tabs and dialogs in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        UiTestDatabase data(UiTestDatabase::Content::Empty);
        const QDate today = core::Clock().today();
        core::installDemoDatabase(data.db, core::DemoSize::Small, 20250101, today);
        const auto anne = core::StaffRepository(data.db).byUsername(QStringLiteral("anne"));
        REQUIRE(anne);
        const auto actor = core::Actor::fromStaff(*anne);
        const RecordPick pick = pickClient(data, actor, today);
        REQUIRE_FALSE(pick.clientId.isEmpty());

        QHash<QString, QString> staffNames;
        for (const auto &member : core::StaffRepository(data.db).all())
            staffNames.insert(member.id, member.name);

        ui::MainWindow window(data.services(), actor, QStringLiteral("mestring.sqlite"));
        window.resize(QSize(1366, 768));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.findClient();
        auto *page = window.clientsPage();

        // The dialogs first, over the window as in use; what they save shows in the tabs.
        core::Goal goal;
        goal.course = pick.course.id;
        goal.theme = core::Theme::EducationEmployment;
        goal.text = QStringLiteral("Komme i praktik i en butik inden sommerferien");
        goal.measure = QStringLiteral("Har en aftale om praktik og møder op 3 dage om ugen");
        goal.deadline = today.addMonths(4);
        goal.baselineScore = 3;
        goal.targetScore = 1;
        for (int attempt = 0; attempt < 3; ++attempt) {
            ui::GoalDialog goalDialog(data.set.goals, actor, goal, today, &window);
            goalDialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&goalDialog));
            if (attempt == 0) saveShot(goalDialog, QStringLiteral("dialog-goal.png"));
            goalDialog.accept();
            if (goalDialog.isVisible()) { // the course's fourth active goal
                saveShot(goalDialog, QStringLiteral("dialog-goal-refused.png"));
                goalDialog.done(QDialog::Rejected);
                break;
            }
            goal.theme = core::Theme::Health;
            goal.text = QStringLiteral("Gå en tur hver dag");
            goal.measure = QStringLiteral("Skridttæller");
        }

        const auto goals = data.set.goals.forCourse(actor, pick.course.id);
        REQUIRE_FALSE(goals.empty());
        ui::GoalScoreDialog scoreDialog(
            data.set.goals, actor, goals.front().id, goals.front().text, today, &window);
        scoreDialog.scoreCombo()->setCurrentIndex(3);
        showDialog(scoreDialog, QStringLiteral("dialog-goal-score.png"));

        core::Assessment assessment;
        assessment.course = pick.course.id;
        assessment.date = today;
        assessment.type = core::AssessmentType::Followup;
        assessment.setArea(core::LifeArea::Alcohol, 2);
        assessment.setArea(core::LifeArea::MentalHealth, 3);
        assessment.setArea(core::LifeArea::Economy, 1);
        assessment.qualityOfLife = 11;
        assessment.drinksPerWeek = 14;
        ui::AssessmentDialog assessmentDialog(data.set.assessments, actor, assessment, &window);
        showDialog(assessmentDialog, QStringLiteral("dialog-assessment.png"));

        const auto courses = data.courses.forClient(actor, pick.clientId);
        ui::NoteDialog noteDialog(
            data.set.notes, actor, pick.clientId, courses, pick.course.id, &window);
        noteDialog.textEdit()->setPlainText(
            QStringLiteral("Samtale om ugens forløb. Har holdt pause fra alkohol i fire dage "
                           "og vil fortsætte frem til næste samtale.\nAftalt: ringer ved trang."));
        noteDialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&noteDialog));
        saveShot(noteDialog, QStringLiteral("dialog-note.png"));
        noteDialog.accept();
        REQUIRE(noteDialog.result() == QDialog::Accepted);

        const auto journal = data.set.notes.journal(actor, pick.clientId);
        REQUIRE_FALSE(journal.empty());
        ui::NoteDialog addendum(data.set.notes, actor, journal.back(),
            ui::CourseChooser::shortName(pick.course), &window);
        addendum.textEdit()->setPlainText(
            QStringLiteral("Rettelse: pausen fra alkohol var tre dage, ikke fire."));
        addendum.show();
        REQUIRE(QTest::qWaitForWindowExposed(&addendum));
        saveShot(addendum, QStringLiteral("dialog-note-addendum.png"));
        addendum.accept();
        REQUIRE(addendum.result() == QDialog::Accepted);

        const auto ahead = data.set.appointments.forClient(actor, pick.clientId, today.addDays(1));
        core::Absence absence;
        absence.client = pick.clientId;
        absence.from = ahead.empty() ? today.addDays(7) : ahead.front().startDay();
        absence.reason = core::AbsenceReason::Hospital;
        ui::AbsenceDialog absenceDialog(data.set.absences, actor, absence, staffNames, &window);
        absenceDialog.toField()->setDate(absence.from.addDays(13));
        absenceDialog.noteEdit()->setText(QStringLiteral("Indlagt på Regionshospitalet Viborg"));
        absenceDialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&absenceDialog));
        absenceDialog.accept(); // the first Save lists what would be cancelled
        CHECK(absenceDialog.isVisible());
        saveShot(absenceDialog, QStringLiteral("dialog-absence.png"));
        absenceDialog.accept();
        REQUIRE(absenceDialog.result() == QDialog::Accepted);

        REQUIRE(page->openClient(pick.clientId));
        QTabWidget *tabs = page->record()->tabs();
        const auto shoot = [&](const char *tabName, const QString &file) {
            QWidget *tab = tabs->findChild<QWidget *>(QLatin1StringView(tabName));
            REQUIRE(tab);
            tabs->setCurrentWidget(tab);
            saveShot(window, file);
        };
        shoot("goalsTab", QStringLiteral("record-goals.png"));
        shoot("assessmentsTab", QStringLiteral("record-assessments.png"));
        shoot("journalTab", QStringLiteral("record-journal.png"));
        shoot("absencesTab", QStringLiteral("record-absences.png"));
        window.hide();
    }
    ui::removeTranslations(app);
}
