// A therapist's day in the main window without the mouse: every key goes where the cursor is,
// as when a person types, and at the end each thing typed is where it was meant to go.
#include <catch2/catch.hpp>

#include <functional>

#include <QApplication>
#include <QDialog>
#include <QTabBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/services/noteservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/appointmentdialog.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/dialogs/notedialog.h"
#include "ui/views/calendarpage.h"
#include "ui/views/clientspage.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/timefield.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

namespace {

/// Keys typed one step after another, each when the screen is ready for it. A step that opens
/// a modal dialog does not stop the script: the next steps run inside the dialog's loop.
class KeyScript
{
public:
    explicit KeyScript(QWidget *window)
        : m_window(window)
    {
    }

    void step(QString what, std::function<bool()> ready, std::function<void()> act)
    {
        m_steps.push_back({std::move(what), std::move(ready), std::move(act)});
    }
    /// Runs every step; the description of the step it got stuck at, empty when all ran.
    QString run(int timeoutMs = 20000)
    {
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            // A window manager gives the main window back its focus when a dialog closes; the
            // offscreen test platform has none to do it.
            if (!QApplication::activeModalWidget() && !QApplication::activeWindow())
                QApplication::setActiveWindow(m_window);
            if (m_next >= m_steps.size() || !m_steps[m_next].ready()) return;
            // Queued, so a dialog it opens runs its loop outside this timer's slot.
            QMetaObject::invokeMethod(qApp, m_steps[m_next].act, Qt::QueuedConnection);
            ++m_next;
        });
        poll.start();
        test::waitUntil([&] { return m_next >= m_steps.size(); }, timeoutMs);
        QTest::qWait(50);
        if (m_next >= m_steps.size()) return QString();
        QWidget *w = QApplication::focusWidget();
        return m_steps[m_next].what + QStringLiteral(" (the cursor is in %1 %2)")
            .arg(w ? QLatin1StringView(w->metaObject()->className()) : QLatin1StringView("nothing"),
                w ? w->objectName() : QString());
    }

private:
    struct Step
    {
        QString what;
        std::function<bool()> ready;
        std::function<void()> act;
    };
    QWidget *m_window;
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
};

QWidget *focus()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QTest::keyClicks(focus(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
}

template <typename D> D *modal()
{
    return qobject_cast<D *>(QApplication::activeModalWidget());
}

template <typename W> bool focusIn()
{
    for (QWidget *w = focus(); w; w = w->parentWidget()) {
        if (qobject_cast<W *>(w)) return true;
    }
    return false;
}

} // namespace

TEST_CASE("A therapist's day by keyboard alone: attendance, a booking, a note and a new client "
          "each land where they were meant",
    "[ui][keyboard][workflow]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const core::Client jens = data.addClient(
        QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const core::Client aase = data.addClient(
        QStringLiteral("Åse"), QStringLiteral("Østergaard"), QDate(1971, 4, 12), 1236);
    const core::Course jensCourse = test::addCourse(data, jens.id, today.addMonths(-2));
    const core::Course aaseCourse = test::addCourse(data, aase.id, today.addMonths(-3));
    const auto book = [&](const core::Course &course, int hour) {
        core::Appointment a;
        a.course = course.id;
        a.staff = data.therapist.staffId;
        a.start = core::Clock::at(today, QTime(hour, 0));
        return data.set.appointments.book(data.therapist, a).id;
    };
    const QString jensAt8 = book(jensCourse, 8);
    const QString aaseAt9 = book(aaseCourse, 9);
    data.set.appointments.setStatus(
        data.therapist, aaseAt9, core::AppointmentStatus::CancelledCentre);
    const QString jensAt10 = book(jensCourse, 10);

    ui::MainWindow window(data.services(), data.therapist, QStringLiteral("test.sqlite"));
    window.resize(1366, 740);
    REQUIRE(test::showActive(&window));
    auto *calendar = window.findChild<ui::CalendarPage *>();
    ui::ClientsPage *clients = window.clientsPage();
    KeyScript day(&window);

    // Morning: the day list, attendance by one key each.
    day.step(QStringLiteral("Kalender"), [] { return true; },
        [] { press(Qt::Key_3, Qt::ControlModifier); });
    day.step(QStringLiteral("Jens came at 08:00"),
        [&] { return focus() == calendar->dayTable(); }, [] { press(Qt::Key_F); });
    // The cursor moves to the cancelled 09:00: U asks, and Enter keeps the default "No".
    day.step(QStringLiteral("U on the cancelled appointment"), [] { return true; },
        [] { press(Qt::Key_U); });
    day.step(QStringLiteral("No, leave it cancelled"), [] { return modal<QMessageBox>(); },
        [] { press(Qt::Key_Return); });
    day.step(QStringLiteral("down to 10:00"),
        [&] { return !modal<QMessageBox>() && focus() == calendar->dayTable(); },
        [] { press(Qt::Key_Down); });
    day.step(QStringLiteral("Jens did not come at 10:00"), [] { return true; },
        [] { press(Qt::Key_U); });

    // A booking for Åse at 13:00 from the calendar.
    day.step(QStringLiteral("Ctrl+N books"), [] { return true; },
        [] { press(Qt::Key_N, Qt::ControlModifier); });
    day.step(QStringLiteral("find Åse"),
        [] { return modal<ui::AppointmentDialog>() && focusIn<ui::ClientPicker>(); },
        [] { type(QStringLiteral("øster")); });
    day.step(QStringLiteral("Enter chooses her"), [] { return true; },
        [] { press(Qt::Key_Return); });
    day.step(QStringLiteral("Tab to the time"),
        [] { return !modal<ui::AppointmentDialog>()->clientPicker()->client().id.isEmpty(); },
        [] {
            for (int i = 0; i < 10 && !qobject_cast<ui::TimeField *>(focus()); ++i)
                press(Qt::Key_Tab);
            type(QStringLiteral("1300"));
        });
    day.step(QStringLiteral("Enter books"),
        [] { return qobject_cast<ui::TimeField *>(focus()); }, [] { press(Qt::Key_Return); });

    // A journal note for Jens.
    day.step(QStringLiteral("Ctrl+F"), [] { return !modal<ui::AppointmentDialog>(); },
        [] { press(Qt::Key_F, Qt::ControlModifier); });
    day.step(QStringLiteral("find Jens"), [&] { return focus() == clients->searchField(); },
        [] {
            type(QStringLiteral("hansen"));
            press(Qt::Key_Return);
        });
    day.step(QStringLiteral("to the journal tab"), [&] { return clients->isShowingRecord(); },
        [&] {
            QTabWidget *tabs = clients->record()->tabs();
            tabs->tabBar()->setFocus(); // where Ctrl+Tab leaves the cursor
            for (int i = 0; i < tabs->count() && tabs->currentWidget()->objectName()
                     != QLatin1StringView("journalTab");
                 ++i)
                press(Qt::Key_Tab, Qt::ControlModifier);
        });
    day.step(QStringLiteral("Ctrl+N writes a note"),
        [&] {
            return clients->record()->tabs()->currentWidget()->objectName()
                == QLatin1StringView("journalTab");
        },
        [] { press(Qt::Key_N, Qt::ControlModifier); });
    day.step(QStringLiteral("the note"), [] { return modal<ui::NoteDialog>(); },
        [] {
            type(QStringLiteral("Kom til tiden. Taler om søvn."));
            press(Qt::Key_Return, Qt::ControlModifier);
        });

    // A new client who rang.
    day.step(QStringLiteral("Ctrl+Shift+N"), [] { return !modal<ui::NoteDialog>(); },
        [] { press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); });
    day.step(QStringLiteral("the new client"), [] { return modal<ui::ClientDialog>(); },
        [] {
            type(QStringLiteral("030385-1233"));
            press(Qt::Key_Tab); // the open-existing button is hidden: on to the first name
            type(QStringLiteral("Mads"));
            press(Qt::Key_Tab);
            type(QStringLiteral("Madsen"));
            press(Qt::Key_Return);
        });
    const QString stuck = day.run();
    INFO("stuck at: " << stuck.toStdString());
    CHECK(stuck.isEmpty());
    while (QWidget *open = QApplication::activeModalWidget()) { // never leave a dialog behind
        if (auto *dialog = qobject_cast<QDialog *>(open))
            dialog->done(QDialog::Rejected);
        else
            open->close();
    }

    const auto statusOf = [&](const QString &id) {
        for (const core::Appointment &a : data.set.appointments.onDay(data.therapist, today))
            if (a.id == id) return a.status;
        return core::AppointmentStatus::Planned;
    };
    CHECK(statusOf(jensAt8) == core::AppointmentStatus::Attended);
    CHECK(statusOf(aaseAt9) == core::AppointmentStatus::CancelledCentre);
    CHECK(statusOf(jensAt10) == core::AppointmentStatus::NoShow);
    const auto aases = data.set.appointments.forCourse(data.therapist, aaseCourse.id);
    REQUIRE(aases.size() == 2);
    CHECK(std::any_of(aases.begin(), aases.end(), [&](const core::Appointment &a) {
        return a.start == core::Clock::at(today, QTime(13, 0)) && a.status == core::AppointmentStatus::Planned;
    }));
    const auto notes = data.set.notes.journal(data.therapist, jens.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().note.text == QStringLiteral("Kom til tiden. Taler om søvn."));
    const auto found = data.clients.search(data.therapist, QStringLiteral("madsen"), 0, 5);
    REQUIRE(found.size() == 1);
    CHECK(found.front().firstName == QStringLiteral("Mads"));
    CHECK(found.front().lastName == QStringLiteral("Madsen"));
    CHECK(QString(found.front().cpr).remove(QLatin1Char('-')) == QStringLiteral("0303851233"));
    CHECK(data.clients.count(data.therapist) == 3);
}
