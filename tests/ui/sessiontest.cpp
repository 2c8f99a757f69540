// Sessions on a shared PC: the idle lock, switching user, logging out, quitting.
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include "core/services/accesslog.h"
#include "core/services/noteservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/staffdialog.h"
#include "ui/session/lockscreen.h"
#include "ui/session/loginform.h"
#include "ui/session/sessionmanager.h"
#include "ui/views/clientspage.h"
#include "ui/views/idlelock.h"
#include "ui/views/mainwindow.h"
#include "ui/views/mainwindowactions.h"
#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::waitUntil;
using namespace mestring;

namespace {

const QString halfNote = QStringLiteral("Borgeren fortalte om en svær weekend og");

struct SessionFixture
{
    UiTestDatabase data;
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    core::Actor mette = data.addStaff(
        QStringLiteral("s-mette"), QStringLiteral("Mette Dahl"), core::Role::Nurse, QStringLiteral("mette"));
    core::Actor ole = data.addStaff(
        QStringLiteral("s-ole"), QStringLiteral("Ole Berg"), core::Role::Doctor, QStringLiteral("ole"));
    core::Client jens = data.addClient(
        QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ui::SessionManager sessions;
    bool finished = false;

    explicit SessionFixture(int idleMs = 60000)
        : sessions(data.services(), QStringLiteral("test.sqlite"), settings, idleMs)
    {
        sessions.setAvailableArea(QRect(0, 0, 1366, 768));
        test::addCourse(data, jens.id, QDate::currentDate().addDays(-30));
        QObject::connect(&sessions, &ui::SessionManager::finished, [this] { finished = true; });
    }

    // Every window a person at the screen could read.
    static QList<QWidget *> visibleWindows()
    {
        QList<QWidget *> result;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible()) result << w;
        }
        return result;
    }
    // Whether any visible window shows `text` in a field or a label.
    static bool visibleAnywhere(const QString &text)
    {
        for (QWidget *window : visibleWindows()) {
            for (auto *edit : window->findChildren<QPlainTextEdit *>())
                if (edit->isVisible() && edit->toPlainText().contains(text)) return true;
            for (auto *edit : window->findChildren<QLineEdit *>())
                if (edit->isVisible() && edit->text().contains(text)) return true;
            for (auto *label : window->findChildren<QLabel *>())
                if (label->isVisible() && label->text().contains(text)) return true;
            if (window->windowTitle().contains(text)) return true;
        }
        return false;
    }
    void logInAt(ui::LoginForm *form, const QString &username)
    {
        if (!form->usernameField()->isReadOnly()) form->usernameField()->setText(username);
        form->passwordField()->setText(UiTestDatabase::password());
    }
    int logged(const QString &action, const QString &actor) const
    {
        int n = 0;
        for (const core::AccessLogEntry &e : data.log.find({}))
            n += e.action == action && e.actor == actor ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("After the idle time every window hides behind the lock screen; the same user "
          "unlocks and finds what was typed",
    "[ui][session][lock]")
{
    SessionFixture f(150);
    f.sessions.open(f.mette);
    ui::MainWindow *window = f.sessions.activeWindow();
    REQUIRE(window);
    REQUIRE(window->clientsPage()->openClient(f.jens.id));
    ui::NoteDialog note(f.data.set.notes, f.mette, f.jens.id, {}, QString(), window);
    note.open();
    auto *text = note.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    text->setPlainText(halfNote);
    text->setFocus();

    REQUIRE(waitUntil([&] { return f.sessions.lockScreen()->isVisible(); }, 3000));
    // Nothing of Mette's work can be read: the lock screen is the only window.
    CHECK(SessionFixture::visibleWindows() == QList<QWidget *> {f.sessions.lockScreen()});
    CHECK_FALSE(SessionFixture::visibleAnywhere(halfNote));
    CHECK_FALSE(SessionFixture::visibleAnywhere(QStringLiteral("Hansen")));
    CHECK(f.sessions.lockScreen()->geometry().size() == window->geometry().size());

    ui::LockScreen *lock = f.sessions.lockScreen();
    lock->close(); // cannot be closed without a password
    CHECK(lock->isVisible());
    lock->form()->passwordField()->setText(QStringLiteral("forkert-kode"));
    lock->unlockButton()->click();
    CHECK_FALSE(lock->form()->errorText().isEmpty());
    CHECK(lock->isVisible());

    f.logInAt(lock->form(), QStringLiteral("mette"));
    lock->unlockButton()->click();
    CHECK_FALSE(lock->isVisible());
    CHECK(window->isVisible());
    CHECK(note.isVisible());
    CHECK(text->toPlainText() == halfNote);
    CHECK(f.sessions.activeUser()->staffId == f.mette.staffId);
    note.done(QDialog::Rejected);
}

TEST_CASE("A nurse hands the PC to the doctor without quitting, and gets her unsaved note back",
    "[ui][session][workflow]")
{
    SessionFixture f(150);
    f.sessions.open(f.mette);
    ui::MainWindow *metteWindow = f.sessions.activeWindow();
    REQUIRE(metteWindow->clientsPage()->openClient(f.jens.id));
    ui::ClientRecordWidget *record = metteWindow->clientsPage()->record();
    REQUIRE(record->showTab(QStringLiteral("journalTab")));
    auto *newNote = record->findChild<QAction *>(QStringLiteral("newNoteAction"));
    REQUIRE(newNote);
    REQUIRE(newNote->isEnabled());

    int stage = 0;
    QStringList failures;
    ui::MainWindow *oleWindow = nullptr;
    QTimer script;
    script.setInterval(20);
    QObject::connect(&script, &QTimer::timeout, [&] {
        ui::LockScreen *lock = f.sessions.lockScreen();
        switch (stage) {
        case 0: // Mette writes half a note, then leaves the PC.
            if (auto *dialog = qobject_cast<ui::NoteDialog *>(QApplication::activeModalWidget())) {
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"))->setPlainText(halfNote);
                stage = 1;
            }
            break;
        case 1: // The idle lock hides it; the doctor switches user at the lock.
            if (!lock->isVisible()) break;
            if (SessionFixture::visibleAnywhere(halfNote)) failures << QStringLiteral("note readable at the lock");
            lock->switchButton()->click();
            f.logInAt(lock->form(), QStringLiteral("ole"));
            lock->unlockButton()->click();
            oleWindow = f.sessions.activeWindow();
            if (!oleWindow || oleWindow == metteWindow) failures << QStringLiteral("no window of his own");
            if (SessionFixture::visibleAnywhere(halfNote)) failures << QStringLiteral("Ole sees the note");
            if (metteWindow->isVisible()) failures << QStringLiteral("Ole sees Mette's window");
            stage = 2;
            break;
        case 2: // Ole is done and logs out; the login names Mette's waiting work.
            oleWindow->actions()->logOut()->trigger();
            stage = 3;
            break;
        case 3:
            if (!f.sessions.loginDialog() || !f.sessions.loginDialog()->isVisible()) break;
            if (!f.sessions.loginDialog()->findChild<QLabel *>(QStringLiteral("hintLabel"))
                     ->text()
                     .contains(QStringLiteral("Mette Dahl")))
                failures << QStringLiteral("the login does not name the waiting work");
            f.logInAt(f.sessions.loginDialog()->form(), QStringLiteral("mette"));
            f.sessions.loginDialog()->accept();
            stage = 4;
            break;
        case 4: // Mette is back where she was and saves the note.
            if (auto *dialog = qobject_cast<ui::NoteDialog *>(QApplication::activeModalWidget())) {
                auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
                if (text->toPlainText() != halfNote) failures << QStringLiteral("the note changed");
                text->setPlainText(halfNote + QStringLiteral(" vil komme igen."));
                dialog->accept();
                stage = 5;
                script.stop();
            }
            break;
        default:
            break;
        }
    });
    script.start();
    newNote->trigger(); // the note dialog's exec(): the whole hand-over happens inside it
    script.stop();

    INFO(failures.join(QStringLiteral("; ")).toStdString());
    CHECK(failures.isEmpty());
    CHECK(stage == 5);
    CHECK(f.sessions.activeUser()->staffId == f.mette.staffId);
    const auto notes = f.data.set.notes.journal(f.mette, f.jens.id, {});
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().note.author == f.mette.staffId);
    CHECK(f.logged(QStringLiteral("login"), f.ole.staffId) == 1);
    CHECK(f.logged(QStringLiteral("logout"), f.ole.staffId) == 1);
    CHECK(f.logged(QStringLiteral("login"), f.mette.staffId) == 1);
    // Ole's window is gone once the events have run.
    REQUIRE(waitUntil([&] { return SessionFixture::visibleWindows() == QList<QWidget *> {metteWindow}; }));
}

TEST_CASE("Logging out at the lock with unsaved text asks first and can go back to the work",
    "[ui][session]")
{
    SessionFixture f;
    f.sessions.open(f.mette);
    ui::MainWindow *window = f.sessions.activeWindow();
    ui::NoteDialog note(f.data.set.notes, f.mette, f.jens.id, {}, QString(), window);
    note.open();
    QTest::keyClicks(note.findChild<QPlainTextEdit *>(QStringLiteral("noteText")), halfNote);
    REQUIRE(note.hasUnsavedChanges());
    f.sessions.lock();
    ui::LockScreen *lock = f.sessions.lockScreen();
    REQUIRE(lock->isVisible());

    // First "go back and save": the work comes back.
    QString question;
    test::withModal<QMessageBox>([&] {
        f.logInAt(lock->form(), QStringLiteral("mette"));
        lock->logOutButton()->click();
    },
        [&](QMessageBox *box) {
            question = box->text();
            box->findChild<QPushButton *>(QStringLiteral("goBackButton"))->click();
        });
    CHECK(question.contains(note.windowTitle()));
    CHECK(note.isVisible());
    CHECK(f.sessions.activeUser());

    // Then really log out: the note is discarded, the login comes up.
    f.sessions.lock();
    test::withModal<QMessageBox>([&] {
        f.logInAt(lock->form(), QStringLiteral("mette"));
        lock->logOutButton()->click();
    },
        [&](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
        });
    CHECK_FALSE(note.isVisible());
    CHECK_FALSE(f.sessions.activeUser());
    REQUIRE(f.sessions.loginDialog());
    CHECK(f.sessions.loginDialog()->isVisible());
    CHECK(f.logged(QStringLiteral("logout"), f.mette.staffId) == 1);
}

TEST_CASE("Quitting while locked work holds unsaved text names whose and asks first",
    "[ui][session]")
{
    SessionFixture f;
    f.sessions.open(f.mette);
    ui::NoteDialog note(f.data.set.notes, f.mette, f.jens.id, {}, QString(), f.sessions.activeWindow());
    note.open();
    QTest::keyClicks(note.findChild<QPlainTextEdit *>(QStringLiteral("noteText")), halfNote);
    f.sessions.switchUser();
    ui::LockScreen *lock = f.sessions.lockScreen();
    CHECK(lock->isSwitchingUser());
    f.logInAt(lock->form(), QStringLiteral("ole"));
    lock->unlockButton()->click();
    REQUIRE(f.sessions.activeUser()->staffId == f.ole.staffId);
    CHECK(f.sessions.waitingUsers() == QStringList {QStringLiteral("Mette Dahl")});

    QString question;
    test::withModal<QMessageBox>([&] { f.sessions.activeWindow()->close(); },
        [&](QMessageBox *box) {
            question = box->text();
            box->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        });
    CHECK(question.contains(QStringLiteral("Mette Dahl")));
    CHECK_FALSE(question.contains(halfNote));
    CHECK_FALSE(f.finished);
    CHECK(f.sessions.activeWindow()->isVisible());

    test::withModal<QMessageBox>([&] { f.sessions.quit(); },
        [&](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("quitAnywayButton"))->click();
        });
    CHECK(f.finished);
    CHECK_FALSE(note.isVisible());
    CHECK(f.logged(QStringLiteral("logout"), f.mette.staffId) == 1);
    CHECK(f.logged(QStringLiteral("logout"), f.ole.staffId) == 1);
}

TEST_CASE("The idle lock watches only while someone works in a window", "[ui][session][lock]")
{
    ui::IdleLock idle(30);
    int fired = 0;
    QObject::connect(&idle, &ui::IdleLock::idle, [&] { ++fired; });
    QTest::qWait(80);
    CHECK(fired == 0);
    idle.setWatching(true);
    REQUIRE(waitUntil([&] { return fired == 1; }));
    idle.setWatching(false);
    QTest::qWait(80);
    CHECK(fired == 1);
}

TEST_CASE("After unlocking, what was typed in a field is not selected, so the next key adds to it",
    "[ui][session][lock]")
{
    SessionFixture f;
    const core::Actor manager = f.data.addStaff(
        QStringLiteral("m1"), QStringLiteral("Ida Lund"), core::Role::Manager, QStringLiteral("ida"));
    f.sessions.open(manager);
    ui::StaffDialog dialog(f.data.staff, manager, std::nullopt, {}, f.sessions.activeWindow());
    dialog.open();
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Pia Mu"));
    dialog.nameField()->setFocus();
    f.sessions.lock();
    f.logInAt(f.sessions.lockScreen()->form(), QStringLiteral("ida"));
    f.sessions.lockScreen()->unlockButton()->click();
    REQUIRE(dialog.isVisible());
    CHECK_FALSE(dialog.nameField()->hasSelectedText());
    CHECK(dialog.nameField()->cursorPosition() == 6);
    QTest::keyClicks(dialog.nameField(), QStringLiteral("nk"));
    CHECK(dialog.nameField()->text() == QStringLiteral("Pia Munk"));
    dialog.done(QDialog::Rejected);
}
