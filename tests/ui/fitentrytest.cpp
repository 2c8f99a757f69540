#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTableView>
#include <QTest>

#include "core/domain/clock.h"
#include "core/services/appointmentservice.h"
#include "core/services/feedbackservice.h"
#include "core/services/groupservice.h"
#include "core/storage/feedbackrepository.h"
#include "recordtestdata.h"
#include "ui/charts/fitchart.h"
#include "ui/dialogs/fitdialog.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/models/fittablemodel.h"
#include "ui/views/calendarpage.h"
#include "ui/widgets/fitscaleeditor.h"
#include "ui/widgets/groupdetailswidget.h"
#include "ui/widgets/record/fittab.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

namespace {

struct FitData
{
    UiTestDatabase data;
    QDate today = core::Clock().today();
    core::Client jens
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    core::Client maria
        = data.addClient(QStringLiteral("Maria"), QStringLiteral("Berg"), QDate(1975, 5, 5), 1236);
    core::Course jensCourse = test::addCourse(data, jens.id, today.addMonths(-2));
    core::Course mariaCourse = test::addCourse(data, maria.id, today.addMonths(-2));

    QString book(const core::Course &course, const QDate &day, int hour)
    {
        core::Appointment a;
        a.course = course.id;
        a.staff = data.therapist.staffId;
        a.start = core::Clock::at(day, QTime(hour, 0));
        return data.set.appointments.book(data.therapist, a).id;
    }
    /// An earlier session of Jens's, attended, with an ORS of `tenths` in all.
    void earlierOrs(int daysAgo, int tenths)
    {
        const QString id = book(jensCourse, today.addDays(-daysAgo), 10);
        data.set.appointments.setStatus(data.therapist, id, core::AppointmentStatus::Attended);
        core::FitRating r;
        r.appointment = id;
        r.scale = core::FitScale::Ors;
        const int quarter = tenths / 4;
        r.items = {quarter, quarter, quarter, tenths - 3 * quarter};
        data.set.feedback.record(data.therapist, r);
    }
};

/// Types `keys` into whatever has the focus, as a user would: characters, "\t" for Tab and
/// "\n" for Enter. Returns the number of keystrokes.
int type(const QString &keys)
{
    int strokes = 0;
    for (QChar c : keys) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        if (c == QLatin1Char('\t'))
            QTest::keyClick(focus, Qt::Key_Tab);
        else if (c == QLatin1Char('\n'))
            QTest::keyClick(focus, Qt::Key_Return);
        else
            QTest::keyClicks(focus, QString(c));
        ++strokes;
    }
    return strokes;
}

QString score(int tenths)
{
    return QLocale().toString(tenths / 10.0, 'f', 1);
}

} // namespace

TEST_CASE("A therapist records ORS and SRS of a morning's sessions by keyboard from the day list "
          "and sees the trend",
    "[ui][fit]")
{
    FitData d;
    d.earlierOrs(28, 180);
    d.earlierOrs(14, 200);
    const QString jensToday = d.book(d.jensCourse, d.today, 9);
    const QString mariaToday = d.book(d.mariaCourse, d.today, 10);
    ui::CalendarPage page(d.data.services(), d.data.therapist);
    page.resize(1200, 700);
    REQUIRE(test::showActive(&page));
    page.setDay(d.today);
    REQUIRE(page.dayModel()->rowCount() == 2);
    page.dayTable()->setFocus();
    page.dayTable()->setCurrentIndex(page.dayModel()->index(0, 1));

    // A session's ORS and SRS: eight numbers, Tab between them, Enter. At an unhurried three
    // keystrokes a second each session takes well under ten seconds.
    int strokes = 0;
    REQUIRE(withModal<ui::FitDialog>([&] { QTest::keyClick(page.dayTable(), Qt::Key_R); },
        [&](ui::FitDialog *dialog) {
            REQUIRE(test::focusIsIn(dialog));
            CHECK(QApplication::focusWidget() == dialog->orsEditor()->itemEdit(0));
            strokes = type(QStringLiteral("5,5\t6\t7\t6,5\t9\t9,5\t9\t10\n"));
            CHECK_FALSE(dialog->isVisible()); // saved and closed
        }));
    CHECK(strokes <= 30);
    // Back in the list, as the user is after Enter (the offscreen platform does not hand the
    // activation back by itself).
    REQUIRE(test::showActive(&page));
    REQUIRE(test::focusIsIn(&page));
    REQUIRE(withModal<ui::FitDialog>(
        [&] {
            page.dayTable()->setCurrentIndex(page.dayModel()->index(1, 1));
            QTest::keyClick(page.dayTable(), Qt::Key_R);
        },
        [&](ui::FitDialog *dialog) {
            REQUIRE(test::focusIsIn(dialog));
            strokes = type(QStringLiteral("3\t4\t3,5\t4\t8\t8,5\t8\t9\n"));
            CHECK_FALSE(dialog->isVisible());
        }));
    CHECK(strokes <= 30);

    const core::FitSessionRatings jens = d.data.set.feedback.forSession(d.data.therapist, jensToday);
    REQUIRE(jens.ors);
    REQUIRE(jens.srs);
    CHECK(jens.ors->items == std::array<int, 4> {55, 60, 70, 65});
    CHECK(jens.srs->total() == 375);
    CHECK(d.data.set.feedback.forSession(d.data.therapist, mariaToday).srs->total() == 335);
    CHECK(page.dayModel()
              ->index(page.dayModel()->rowOf(jensToday), ui::AppointmentTableModel::FitColumn)
              .data()
              .toString()
        == QStringLiteral("ORS %1 · SRS %2").arg(score(250), score(375)));

    // The trend on Jens's record: three ORS, 18.0 up to 25.0, reliable progress.
    ui::FitTab tab(d.data.services(), d.data.therapist);
    tab.show();
    tab.setClient(d.jens, d.data.courses.forClient(d.data.therapist, d.jens.id), d.today);
    CHECK(tab.chart()->orsPoints() == 3);
    CHECK(tab.chart()->srsPoints() == 1);
    REQUIRE(tab.chart()->band());
    CHECK(tab.chart()->band()->first == Approx(13.0));
    CHECK(tab.chart()->band()->second == Approx(23.0));
    CHECK(tab.model()->rowCount() == 3);
    CHECK(tab.summaryText().contains(QStringLiteral("reliable progress")));
}

TEST_CASE("An item that is not a number from 0 to 10 with one decimal is refused under its scale "
          "and nothing is saved",
    "[ui][fit]")
{
    FitData d;
    const QString id = d.book(d.jensCourse, d.today, 9);
    ui::FitDialog dialog(d.data.set.feedback, d.data.therapist, {id, {}, {}}, QStringLiteral("Jens"));
    dialog.show();
    dialog.orsEditor()->itemEdit(0)->setText(QStringLiteral("7,55"));
    for (int i = 1; i < 4; ++i)
        dialog.orsEditor()->itemEdit(i)->setText(QStringLiteral("5"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.messageFor(QStringLiteral("ors")).contains(QStringLiteral("Item 1")));
    dialog.orsEditor()->itemEdit(0)->setText(QStringLiteral("10,5"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(core::FeedbackRepository(d.data.db).all().empty());
    // A scale half filled is refused too; an empty dialog says what to do.
    ui::FitDialog empty(d.data.set.feedback, d.data.therapist, {id, {}, {}}, QStringLiteral("Jens"));
    empty.show();
    empty.accept();
    CHECK(empty.isVisible());
    CHECK_FALSE(empty.messageFor(QStringLiteral("ors")).isEmpty());
}

TEST_CASE("The ORS alone at the start, the SRS added at the end, corrects the same session",
    "[ui][fit]")
{
    FitData d;
    const QString id = d.book(d.jensCourse, d.today, 9);
    {
        ui::FitDialog start(d.data.set.feedback, d.data.therapist, {id, {}, {}}, QString());
        for (int i = 0; i < 4; ++i)
            start.orsEditor()->itemEdit(i)->setText(QStringLiteral("4"));
        start.accept();
        REQUIRE_FALSE(start.isVisible());
    }
    ui::FitDialog end(d.data.set.feedback, d.data.therapist, {id, {}, {}}, QString());
    // The ORS is shown as given; the cursor waits in the SRS.
    CHECK(end.orsEditor()->itemEdit(0)->text() == score(40));
    CHECK(end.orsEditor()->totalText().contains(score(160)));
    for (int i = 0; i < 4; ++i)
        end.srsEditor()->itemEdit(i)->setText(QStringLiteral("8,5"));
    CHECK(end.srsEditor()->totalText().contains(score(340)));
    end.accept();
    REQUIRE_FALSE(end.isVisible());
    CHECK(core::FeedbackRepository(d.data.db).all().size() == 2);
}

TEST_CASE("Typed numbers and sliders stay in step; comma and point are both read",
    "[ui][fit]")
{
    using E = ui::FitScaleEditor;
    CHECK(E::parseItem(QStringLiteral("7,5")) == 75);
    CHECK(E::parseItem(QStringLiteral(" 7.5 ")) == 75);
    CHECK(E::parseItem(QStringLiteral("10")) == 100);
    CHECK(E::parseItem(QStringLiteral("0")) == 0);
    CHECK_FALSE(E::parseItem(QStringLiteral("10,1")));
    CHECK_FALSE(E::parseItem(QStringLiteral("7,55")));
    CHECK_FALSE(E::parseItem(QStringLiteral("-1")));
    CHECK_FALSE(E::parseItem(QStringLiteral("7,")));
    CHECK_FALSE(E::parseItem(QStringLiteral("syv")));
    CHECK_FALSE(E::parseItem(QString()));

    E editor(core::FitScale::Srs);
    editor.show();
    QTest::keyClicks(editor.itemEdit(2), QStringLiteral("6,4"));
    CHECK(editor.itemSlider(2)->value() == 64);
    editor.itemSlider(0)->setValue(91);
    CHECK(editor.itemEdit(0)->text() == score(91));
    editor.setItems(std::array<int, 4> {90, 90, 90, 89});
    CHECK(editor.totalText().contains(QStringLiteral("36"))); // below 36: the talk is suggested
}

TEST_CASE("A group member's ORS and SRS are entered from the register with R", "[ui][fit]")
{
    FitData d;
    core::GroupCourse group;
    group.name = QStringLiteral("KAT");
    group.type = core::GroupType::Cbt;
    group.sessions = {{QString(), d.today.addDays(-1), QTime(10, 0), QString()}};
    const QString groupId = d.data.set.groups.create(d.data.therapist, group).id;
    d.data.set.groups.enrol(d.data.therapist, groupId, d.jensCourse.id, d.today.addDays(-7));
    ui::GroupDetailsWidget details(d.data.set.groups, d.data.therapist);
    details.setFeedback(d.data.set.feedback);
    details.resize(900, 500);
    REQUIRE(test::showActive(&details));
    details.setGroup(d.data.set.groups.details(d.data.therapist, groupId), d.today);
    details.setCurrentIndex(ui::GroupDetailsWidget::RegisterTab);
    details.registerView()->setFocus();
    QString shown;
    QObject::connect(&details, &ui::GroupDetailsWidget::message, [&](const QString &text, bool) { shown = text; });
    REQUIRE(withModal<ui::FitDialog>([&] { QTest::keyClick(details.registerView(), Qt::Key_R); },
        [&](ui::FitDialog *dialog) {
            REQUIRE(test::focusIsIn(dialog));
            type(QStringLiteral("5\t5\t5\t5\t9\t9\t9\t9\n"));
            INFO(dialog->generalMessage().toStdString());
            CHECK_FALSE(dialog->isVisible());
        }));
    const std::vector<core::FitRating> stored = core::FeedbackRepository(d.data.db).all();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].course == d.jensCourse.id);
    CHECK_FALSE(stored[0].session.isEmpty());
    CHECK(shown.contains(QStringLiteral("SRS")));
}
