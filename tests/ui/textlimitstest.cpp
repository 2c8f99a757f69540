#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPlainTextEdit>

#include "core/domain/rules/textlimits.h"
#include "ui/dialogs/absencedialog.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/dialogs/fieldinputs.h"
#include "ui/dialogs/goaldialog.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/subgoaldialog.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;

TEST_CASE("A multi-line text box stops at its limit, typed or pasted", "[ui][textlimits]")
{
    QPlainTextEdit edit;
    ui::limitLength(&edit, 10);
    edit.insertPlainText(QStringLiteral("12345"));
    edit.insertPlainText(QStringLiteral("6789012345"));
    CHECK(edit.toPlainText() == QStringLiteral("1234567890"));
    CHECK(edit.textCursor().position() == 10);
    edit.setPlainText(QStringLiteral("short"));
    CHECK(edit.toPlainText() == QStringLiteral("short"));
}

TEST_CASE("The dialogs' text fields take core's limits", "[ui][textlimits]")
{
    UiTestDatabase data;
    ui::ClientDialog client(data.clients, data.therapist, core::Client {});
    CHECK(client.firstNameField()->maxLength() == core::textlimit::personName);
    CHECK(client.lastNameField()->maxLength() == core::textlimit::personName);
    CHECK(client.aliasField()->maxLength() == core::textlimit::alias);

    core::Goal goal;
    goal.course = QStringLiteral("k1");
    ui::GoalDialog goalDialog(data.set.goals, data.therapist, goal, QDate(2025, 3, 1));
    CHECK(goalDialog.measureEdit()->maxLength() == core::textlimit::goalMeasure);
    goalDialog.textEdit()->setPlainText(QString(core::textlimit::goalText + 50, QLatin1Char('x')));
    CHECK(goalDialog.textEdit()->toPlainText().size() == core::textlimit::goalText);

    ui::SubGoalDialog subGoal(data.set.goals, data.therapist, QStringLiteral("g1"), QString());
    CHECK(subGoal.textEdit()->maxLength() == core::textlimit::subGoalText);

    ui::NoteDialog note(data.set.notes, data.therapist, QStringLiteral("c1"), {}, QString());
    note.textEdit()->setPlainText(QString(core::textlimit::journalNote + 1, QLatin1Char('x')));
    CHECK(note.textEdit()->toPlainText().size() == core::textlimit::journalNote);

    ui::AbsenceDialog absence(data.set.absences, data.therapist, core::Absence {}, {});
    CHECK(absence.noteEdit()->maxLength() == core::textlimit::reason);
}
