#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "core/domain/clock.h"
#include "core/services/noteservice.h"
#include "recordtestdata.h"
#include "ui/dialogs/notedialog.h"
#include "ui/models/notetablemodel.h"
#include "ui/widgets/record/journaltab.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::test::withModal;
using namespace mestring;

TEST_CASE("The note table passes QAbstractItemModelTester and lists the newest note first",
    "[ui][journal]")
{
    ui::NoteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::NoteEntry older;
    older.note.id = QStringLiteral("n1");
    older.note.course = QStringLiteral("k1");
    older.note.writtenAt = core::Clock::at(QDate(2025, 1, 17), QTime(11, 5));
    older.note.text = QStringLiteral("Første linje\nmere tekst");
    older.authorName = QStringLiteral("Anne Holm");
    core::NoteEntry newer = older;
    newer.note.id = QStringLiteral("n2");
    newer.note.writtenAt = core::Clock::at(QDate(2025, 2, 3), QTime(9, 0));
    newer.addenda.push_back(older);
    model.setNotes({older, newer}, {{QStringLiteral("k1"), QStringLiteral("Alkohol")}});
    REQUIRE(model.rowCount() == 2);
    CHECK(
        model.index(0, 0).data(ui::NoteTableModel::NoteIdRole).toString() == QStringLiteral("n2"));
    CHECK(model.index(1, ui::NoteTableModel::WrittenColumn).data().toString()
        == QStringLiteral("17-01-2025 11:05"));
    CHECK(model.index(1, ui::NoteTableModel::TextColumn).data().toString()
        == QStringLiteral("Første linje"));
    CHECK(model.index(1, ui::NoteTableModel::CourseColumn).data().toString()
        == QStringLiteral("Alkohol"));
    CHECK(model.index(0, ui::NoteTableModel::AddendaColumn).data().toString()
        == QStringLiteral("1 addenda"));
    model.setNotes({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A note is signed on save, cannot be edited, and an addendum shows its author and time",
    "[ui][journal]")
{
    UiTestDatabase data;
    const QDate today = core::Clock().today();
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const auto course = test::addCourse(data, client.id, today.addMonths(-1));
    ui::JournalTab tab(data.services(), data.therapist);
    tab.show();
    tab.setClient(client, data.courses.forClient(data.therapist, client.id), today);
    CHECK(tab.model()->rowCount() == 0);

    auto *newNote = tab.findChild<QAction *>(QStringLiteral("newNoteAction"));
    REQUIRE(withModal<ui::NoteDialog>([&] { newNote->trigger(); },
        [&](ui::NoteDialog *dialog) {
            const auto *notice = dialog->findChild<QLabel *>(QStringLiteral("signingNotice"));
            REQUIRE(notice);
            CHECK(notice->text().contains(QStringLiteral("signed when you save")));
            CHECK(dialog->courseCombo()->currentData().toString() == course.id);
            dialog->accept(); // no text: refused next to the field
            CHECK(dialog->isVisible());
            CHECK_FALSE(dialog->messageFor(QStringLiteral("text")).isEmpty());
            dialog->textEdit()->setPlainText(QStringLiteral("Samtale om weekenden.\nGik godt."));
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    const auto journal = data.set.notes.journal(data.therapist, client.id);
    REQUIRE(journal.size() == 1);
    CHECK(journal[0].note.author == data.therapist.staffId);
    CHECK(journal[0].note.writtenAt.isValid());
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.reader()->toPlainText().contains(QStringLiteral("Signed by Anne Holm")));

    // No edit action: F2 (and typing in the reading pane) says why instead.
    CHECK(tab.reader()->isReadOnly());
    tab.findChild<QAction *>(QStringLiteral("editNoteAction"))->trigger();
    CHECK(tab.message().contains(QStringLiteral("cannot be changed")));
    CHECK(tab.message().contains(QStringLiteral("addendum")));
    const QString original = journal[0].note.text;

    auto *addendum = tab.findChild<QAction *>(QStringLiteral("addendumAction"));
    REQUIRE(withModal<ui::NoteDialog>([&] { addendum->trigger(); },
        [](ui::NoteDialog *dialog) {
            const auto *shown = dialog->findChild<QTextBrowser *>(QStringLiteral("originalNote"));
            REQUIRE(shown);
            CHECK(shown->toPlainText().contains(QStringLiteral("Samtale om weekenden.")));
            dialog->textEdit()->setPlainText(QStringLiteral("Rettelse: det var lørdag."));
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        }));
    const auto after = data.set.notes.journal(data.therapist, client.id);
    REQUIRE(after.size() == 1);
    REQUIRE(after[0].addenda.size() == 1);
    CHECK(after[0].note.text == original); // the original is unchanged
    const QString shown = tab.reader()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Samtale om weekenden.")));
    CHECK(shown.contains(QStringLiteral("Addendum")));
    CHECK(shown.contains(QStringLiteral("Rettelse: det var lørdag.")));
    CHECK(shown.contains(QStringLiteral("Signed by Anne Holm on ")
        + ui::NoteTableModel::formatWritten(after[0].addenda[0].note.writtenAt)));
}

TEST_CASE("The journal reads its notes when shown and filters them by kind", "[ui][journal]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    for (core::NoteKind kind : {core::NoteKind::Session, core::NoteKind::Phone}) {
        core::JournalNote note;
        note.client = client.id;
        note.kind = kind;
        note.text = QStringLiteral("Tekst");
        data.set.notes.write(data.therapist, note);
    }
    ui::JournalTab tab(data.services(), data.therapist);
    tab.setClient(client, {}, core::Clock().today());
    CHECK(tab.model()->rowCount() == 0); // a hidden tab reads nothing until it is shown
    tab.show();
    CHECK(tab.model()->rowCount() == 2);
    tab.kindFilter()->setCurrentIndex(tab.kindFilter()->findData(int(core::NoteKind::Phone)));
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->noteAt(0).note.kind == core::NoteKind::Phone);
}
