#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include "core/storage/closeddayrepository.h"
#include "core/storage/correctionrepository.h"
#include "ui/dialogs/dispensingdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/enumtitles.h"
#include "ui/models/dispensinglistfilter.h"
#include "medicationtestdata.h"
#include "uitesthelpers.h"

using namespace mestring;
using mestring::test::MedicationData;
using mestring::test::ModalAnswer;
using mestring::test::ShownPage;
using mestring::test::typeInto;
using mestring::ui::DispensingListModel;

namespace {

std::size_t stored(MedicationData &m, const QString &prescription)
{
    return core::DispensingRepository(m.data.db).allForPrescription(prescription).size();
}

} // namespace

TEST_CASE("Stray keys in the take-home and withhold dialogs never reach their buttons, and a "
          "space or a letter records nothing",
    "[ui][medication][keyboard]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    shown.page.selectListRow(0);
    const std::size_t before = stored(m, m.andersensMethadone);

    // The withhold dialog: the cursor is in the reason; letters and a space are typed there.
    bool focusInReason = false;
    bool stillOpen = false;
    ModalAnswer withhold([&](QWidget *dialog) {
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"));
        focusInReason = dialog->focusWidget() == reason;
        typeInto(dialog, QStringLiteral("t t"));
        stillOpen = dialog->isVisible();
        // The typing stayed in the reason: no button has the cursor, and each has its letter.
        CHECK(dialog->focusWidget() == reason);
        for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
            CHECK(button->text().contains(QLatin1Char('&')));
        // Closed unsaved (Esc would first ask whether to throw away what was typed).
        static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
    });
    QTest::keyClick(shown.page.table(), Qt::Key_W);
    REQUIRE(withhold.answered());
    CHECK(focusInReason);
    CHECK(stillOpen);
    CHECK(stored(m, m.andersensMethadone) == before);
    CHECK(shown.page.currentSourceRow() == 0); // the cursor did not move
    CHECK(shown.page.focusWidget() == shown.page.table()); // back in the list
}

TEST_CASE("The take-home dialog opens in its days field, Enter in it saves the planned supply "
          "and Ctrl+Enter saves from the note",
    "[ui][medication][keyboard]")
{
    // Wednesday 16 April 2025: Maundy Thursday and Good Friday follow.
    MedicationData m(QDate(2025, 4, 16));
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    REQUIRE(shown.page.model()->rowCount() == 2);
    CHECK(shown.page.model()->rowAt(0).closedDaysAhead == 2);
    CHECK(shown.cell(0, DispensingListModel::FlagsColumn).contains(QStringLiteral("+2")));
    CHECK(shown.cell(0, DispensingListModel::DoseColumn).contains(QStringLiteral("240 mg")));
    shown.page.selectListRow(0);

    QString total;
    bool focusInDays = false;
    ModalAnswer handOut([&](QWidget *dialog) {
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("days"));
        focusInDays = dialog->focusWidget() == days;
        CHECK(days->value() == 3);
        total = dialog->findChild<QLabel *>(QStringLiteral("supplyTotal"))->text();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // on to the note
        typeInto(dialog, QStringLiteral("paaske"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(shown.page.table(), Qt::Key_T); // T plans the take-home for the closed days
    REQUIRE(handOut.answered());
    CHECK(focusInDays);
    CHECK(total == QStringLiteral("3 × 80 mg = 240 mg (240 ml)"));
    const auto saved = core::DispensingRepository(m.data.db).forPrescription(m.andersensMethadone);
    REQUIRE(saved.back().date == m.today);
    CHECK(saved.back().status == core::DispensingStatus::HandedOut);
    CHECK(saved.back().days == 3);
    CHECK(shown.page.currentSourceRow() == 1); // on to the next row still due
}

TEST_CASE("Ctrl+F finds a client by name or birth date without recording anything; Enter goes "
          "to the row and opens the client",
    "[ui][medication][keyboard]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    const std::size_t before = stored(m, m.hansensMethadone) + stored(m, m.andersensMethadone);
    QTest::keyClick(shown.page.table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(shown.page.filterField()->hasFocus());
    typeInto(&shown.page, QStringLiteral("tum")); // letters of the keys, into the filter
    CHECK(shown.page.filter()->rowCount() == 0);
    shown.page.filterField()->clear();
    typeInto(&shown.page, QStringLiteral("hans"));
    CHECK(shown.page.filter()->rowCount() == 1);
    shown.page.filterField()->clear();
    typeInto(&shown.page, QStringLiteral("17.5.1975"));
    REQUIRE(shown.page.filter()->rowCount() == 1);
    CHECK(stored(m, m.hansensMethadone) + stored(m, m.andersensMethadone) == before);

    QTest::keyClick(shown.page.filterField(), Qt::Key_Return);
    CHECK(shown.page.table()->hasFocus());
    CHECK(shown.page.model()->rowAt(shown.page.currentSourceRow()).clientId == m.andersen);
    QSignalSpy opened(&shown.page, &ui::MedicationPage::openClientRequested);
    QTest::keyClick(shown.page.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().front().toString() == m.andersen);
    // Esc in the filter empties it and goes back to the whole list.
    shown.page.focusFilter();
    QTest::keyClick(shown.page.filterField(), Qt::Key_Escape);
    CHECK(shown.page.filter()->rowCount() == 2);
    CHECK(shown.page.table()->hasFocus());
}

TEST_CASE("A refusal appears in the fixed message place: the rows do not move under the mouse",
    "[ui][medication][keyboard]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-4)); // blocked
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    shown.page.selectListRow(0);
    const int tableTop = shown.page.table()->mapTo(&shown.page, QPoint(0, 0)).y();
    const QRect firstRow = shown.page.table()->visualRect(shown.page.table()->model()->index(0, 0));
    shown.page.selectListRow(1); // blocked: its reason is shown
    CHECK_FALSE(shown.page.message()->text().isEmpty());
    QTest::keyClick(shown.page.table(), Qt::Key_T);
    CHECK(shown.page.table()->mapTo(&shown.page, QPoint(0, 0)).y() == tableTop);
    CHECK(shown.page.table()->visualRect(shown.page.table()->model()->index(0, 0)) == firstRow);
    shown.page.selectListRow(0);
    CHECK(shown.page.message()->text().isEmpty());
    CHECK(shown.page.table()->mapTo(&shown.page, QPoint(0, 0)).y() == tableTop);
}

TEST_CASE("Ctrl+Z annuls the nurse's own registration with a reason; the row is due again",
    "[ui][medication][keyboard][corrections]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    shown.page.selectListRow(0);
    QTest::keyClick(shown.page.table(), Qt::Key_M); // meant T
    CHECK(shown.page.model()->rowAt(0).recorded->status == core::DispensingStatus::Missed);
    shown.page.selectListRow(0);
    bool emptyRefused = false;
    ModalAnswer annul([&](QWidget *dialog) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        emptyRefused = dialog->isVisible(); // no reason: stays open
        typeInto(dialog, QStringLiteral("Forkert tast"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(shown.page.table(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(annul.answered());
    CHECK(emptyRefused);
    CHECK_FALSE(shown.page.model()->rowAt(0).recorded);
    CHECK(shown.page.currentSourceRow() == 0);
    REQUIRE(core::CorrectionRepository(m.data.db).all().size() == 1);
    CHECK(core::CorrectionRepository(m.data.db).all().front().reason
        == QStringLiteral("Forkert tast"));
    REQUIRE(mestring::test::showActive(&shown.page)); // the window the dialog returns to
    QTest::keyClick(shown.page.table(), Qt::Key_T);
    REQUIRE(shown.page.model()->rowAt(0).recorded);
    CHECK(shown.page.model()->rowAt(0).recorded->status == core::DispensingStatus::Taken);
}

TEST_CASE("A past day's list shows unrecorded doses as missed and asks for the reason of a late "
          "registration; a day to come records nothing and is never blocked",
    "[ui][medication][keyboard][late]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-2));
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    ShownPage shown(m);
    shown.page.setDay(m.today.addDays(-1));
    REQUIRE(shown.page.model()->rowCount() == 2);
    CHECK(shown.page.model()->rowAt(1).state == core::DoseState::Missed);
    CHECK(shown.cell(1, DispensingListModel::StatusColumn)
        == DispensingListModel::statusText(shown.page.model()->rowAt(1)));
    CHECK(DispensingListModel::stateColour(shown.page.model()->rowAt(1)).isValid());
    shown.page.selectListRow(1);
    bool focusInReason = false;
    ModalAnswer late([&](QWidget *dialog) {
        focusInReason = dialog->focusWidget()
            == dialog->findChild<QPlainTextEdit *>(QStringLiteral("lateReason"));
        typeInto(dialog, QStringLiteral("Glemt"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(shown.page.table(), Qt::Key_T);
    REQUIRE(late.answered());
    CHECK(focusInReason);
    const auto saved = core::DispensingRepository(m.data.db).forPrescription(m.hansensMethadone);
    CHECK(saved.back().date == m.today.addDays(-1));
    CHECK(saved.back().lateReason == QStringLiteral("Glemt"));

    shown.page.setDay(m.today.addDays(3));
    CHECK_FALSE(shown.page.recordAction(core::DispensingStatus::Taken)->isEnabled());
    for (int r = 0; r < shown.page.model()->rowCount(); ++r)
        CHECK_FALSE(shown.page.model()->rowAt(r).block.blocked);
}

TEST_CASE("Missed, refused and withheld have colours of their own, apart from taken and handed out",
    "[ui][medication]")
{
    core::DispensingListRow row;
    std::set<QRgb> colours;
    for (core::DispensingStatus status : {core::DispensingStatus::Taken,
             core::DispensingStatus::HandedOut, core::DispensingStatus::Missed,
             core::DispensingStatus::Refused, core::DispensingStatus::Withheld}) {
        core::Dispensing d;
        d.status = status;
        row.recorded = d;
        colours.insert(DispensingListModel::stateColour(row).rgb());
    }
    CHECK(colours.size() == 5);
}

TEST_CASE("Find takes a birth year too, and a find that hides every row says so under the list",
    "[ui][medication][keyboard]")
{
    MedicationData m;
    ShownPage shown(m);
    auto *summary = shown.page.findChild<QLabel *>(QStringLiteral("medicationSummary"));
    REQUIRE(summary);
    shown.page.focusFilter();
    typeInto(&shown.page, QStringLiteral("1975"));
    REQUIRE(shown.page.filter()->rowCount() == 1);
    CHECK(shown.page.model()->rowAt(shown.page.filter()->mapToSource(shown.page.filter()->index(0, 0)).row()).clientId
        == m.andersen);
    CHECK(summary->text().contains(QStringLiteral("\"1975\"")));
    shown.page.filterField()->clear();
    typeInto(&shown.page, QStringLiteral("1976"));
    CHECK(shown.page.filter()->rowCount() == 0);
    CHECK(summary->text().contains(QStringLiteral("\"1976\"")));
    CHECK(summary->text().contains(QStringLiteral("Esc")));
    QTest::keyClick(shown.page.filterField(), Qt::Key_Escape);
    CHECK_FALSE(summary->text().contains(QStringLiteral("1976")));
}
