// No silent overwrite, as the user meets it: two PCs (two connections to one database file),
// a record saved on one while a dialog has it open on the other, and the refusal in Danish.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "core/services/editconflict.h"
#include "core/services/serviceset.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/translations.h"
#include "support/testdatabase.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::ui::ClientDialog;
namespace core = mestring::core;
namespace ui = mestring::ui;

namespace {

// Danish for the length of a test; the English source texts again afterwards.
struct Danish
{
    Danish() { REQUIRE(ui::installTranslations(*qApp) == QLatin1StringView("da")); }
    ~Danish() { ui::removeTranslations(*qApp); }
};

// The second PC: its own connection to the same file and its own services.
struct OtherDesk
{
    explicit OtherDesk(const QString &file)
    {
        db.open(file, core::Database::OpenMode::MustExist);
    }
    core::Database db {mestring::test::TestDatabase::uniqueConnectionName()};
    core::ServiceSet set {db};
};

QLineEdit *field(const ClientDialog &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1StringView(name));
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, text);
}

// The refusal's message for a row of `table` that another person saved.
QString conflictMessage(const core::Database &db, const char *table, const QString &id)
{
    try {
        core::throwEditConflict(db, table, id, {});
    } catch (const core::EditConflict &conflict) {
        return conflict.message();
    }
    return {};
}

} // namespace

TEST_CASE("A client saved on another PC while the dialog is open: saving shows who changed what, "
          "the dialog keeps the typing, and saving again applies it",
    "[ui][clientdialog][editconflict]")
{
    const Danish danish;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("centre.sqlite"));
    UiTestDatabase data(file);
    const core::Client client = data.clients.get(data.therapist,
        data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235)
            .id);
    const core::Actor mette = data.addStaff(QStringLiteral("s-mette"),
        QStringLiteral("Mette Dahl"), core::Role::Therapist, QStringLiteral("mette"));

    ClientDialog dialog(data.clients, data.therapist, client);
    dialog.show();
    typeInto(field(dialog, "phone"), QStringLiteral("12345678"));

    OtherDesk other(file);
    core::Client theirs = other.set.clients.get(mette, client.id);
    theirs.address = QStringLiteral("Søndergade 4, 8800 Viborg");
    other.set.clients.update(mette, theirs);

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    const QString message = dialog.generalMessage();
    CHECK(message.contains(QStringLiteral("Mette Dahl gemte borgeren")));
    CHECK(message.contains(QStringLiteral("efter du åbnede den, og ændrede: adresse.")));
    CHECK(message.contains(QStringLiteral("gem igen")));
    CHECK(field(dialog, "phone")->text() == QStringLiteral("12345678"));
    CHECK(data.clients.get(data.therapist, client.id).phone.isEmpty());

    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const core::Client saved = data.clients.get(data.therapist, client.id);
    CHECK(saved.phone == QStringLiteral("12345678"));
    CHECK(saved.version == client.version + 2);
}

TEST_CASE("The refusal names each kind of record with the Danish pronoun of its gender",
    "[ui][editconflict]")
{
    const Danish danish;
    UiTestDatabase data;
    const QString id = data.addClient(
        QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235).id;
    CHECK(conflictMessage(data.db, "clients", id).contains(u"borgeren, efter du åbnede den."));
    CHECK(conflictMessage(data.db, "courses", id).contains(u"forløbet, efter du åbnede det."));
    CHECK(conflictMessage(data.db, "goals", id).contains(u"målet, efter du åbnede det."));
    CHECK(conflictMessage(data.db, "appointments", id).contains(u"aftalen, efter du åbnede den."));
}
