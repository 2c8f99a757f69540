#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include "core/domain/enums.h"
#include "ui/dialogs/clientdialog.h"
#include "ui/widgets/datefield.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::ui::ClientDialog;
using mestring::ui::DateField;
namespace core = mestring::core;

namespace {

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, text);
}

int clientCount(UiTestDatabase &data)
{
    return int(data.clients.search(data.therapist, QString(), 0, 1000).size());
}

} // namespace

TEST_CASE("Typing a CPR number fills birth date and sex", "[ui][clientdialog]")
{
    UiTestDatabase data;
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    dialog.show();
    typeInto(dialog.cprField(), QStringLiteral("010180-1233"));
    CHECK(dialog.birthDateField()->date() == QDate(1980, 1, 1));
    CHECK(dialog.sexField()->currentData().toString() == QStringLiteral("male"));
    CHECK(dialog.messageFor(QStringLiteral("cpr")).isEmpty());
}

TEST_CASE("A CPR number failing modulus 11 warns and is still saved", "[ui][clientdialog]")
{
    UiTestDatabase data;
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    dialog.show();
    typeInto(dialog.firstNameField(), QStringLiteral("Jens"));
    typeInto(dialog.lastNameField(), QStringLiteral("Hansen"));
    typeInto(dialog.cprField(), QStringLiteral("0101801234"));
    CHECK_FALSE(dialog.messageFor(QStringLiteral("cpr")).isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const core::Client saved = data.clients.get(data.therapist, dialog.savedId());
    CHECK(saved.cpr == QStringLiteral("0101801234"));
    CHECK(saved.birthDate == QDate(1980, 1, 1));
}

TEST_CASE("A replacement CPR number is accepted", "[ui][clientdialog]")
{
    UiTestDatabase data;
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    dialog.show();
    typeInto(dialog.lastNameField(), QStringLiteral("Ukendt"));
    typeInto(dialog.cprField(), QStringLiteral("150390-1AB3"));
    CHECK(dialog.messageFor(QStringLiteral("cpr")).isEmpty());
    CHECK(dialog.birthDateField()->date() == QDate(1990, 3, 15));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE(
    "An invalid CPR number is refused next to the field and nothing is saved", "[ui][clientdialog]")
{
    UiTestDatabase data;
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    dialog.show();
    typeInto(dialog.firstNameField(), QStringLiteral("Jens"));
    typeInto(dialog.cprField(), QStringLiteral("3102801235"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.messageFor(QStringLiteral("cpr")).isEmpty());
    CHECK(dialog.firstNameField()->text() == QStringLiteral("Jens"));
    CHECK(clientCount(data) == 0);
}

TEST_CASE(
    "A client without a name is refused and the dialog keeps what was typed", "[ui][clientdialog]")
{
    UiTestDatabase data;
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    dialog.show();
    typeInto(
        dialog.findChild<QLineEdit *>(QStringLiteral("municipality")), QStringLiteral("Viborg"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.messageFor(QStringLiteral("first_name")).isEmpty());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("municipality"))->text()
        == QStringLiteral("Viborg"));
    CHECK(dialog.hasUnsavedChanges());
    CHECK(clientCount(data) == 0);
}

TEST_CASE(
    "An anonymous client is saved with an alias and without CPR or name", "[ui][clientdialog]")
{
    UiTestDatabase data;
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    dialog.show();
    typeInto(dialog.firstNameField(), QStringLiteral("Jens"));
    typeInto(dialog.cprField(), QStringLiteral("0101801235"));
    dialog.anonymousBox()->click();
    CHECK_FALSE(dialog.cprField()->isEnabled());
    CHECK_FALSE(dialog.firstNameField()->isEnabled());
    dialog.accept(); // no alias yet
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.messageFor(QStringLiteral("alias")).isEmpty());

    typeInto(dialog.aliasField(), QStringLiteral("Fuglen"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const core::Client saved = data.clients.get(data.therapist, dialog.savedId());
    CHECK(saved.anonymous);
    CHECK(saved.alias == QStringLiteral("Fuglen"));
    CHECK(saved.cpr.isEmpty());
    CHECK(saved.firstName.isEmpty());
}

TEST_CASE("Creating a likely duplicate asks first; declining saves nothing", "[ui][clientdialog]")
{
    UiTestDatabase data;
    data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ClientDialog dialog(data.clients, data.therapist, core::Client {});
    QString asked;
    dialog.confirmDuplicates = [&](const QString &list) {
        asked = list;
        return false;
    };
    dialog.show();
    typeInto(dialog.firstNameField(), QStringLiteral("Jens"));
    typeInto(dialog.lastNameField(), QStringLiteral("Hansen"));
    typeInto(dialog.birthDateField(), QStringLiteral("01-01-1980"));
    dialog.accept();
    CHECK(asked.contains(QStringLiteral("Jens Hansen")));
    CHECK(dialog.isVisible());
    CHECK(clientCount(data) == 1);

    dialog.confirmDuplicates = [](const QString &) { return true; };
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(clientCount(data) == 2);
}

TEST_CASE("Editing master data changes the client", "[ui][clientdialog]")
{
    UiTestDatabase data;
    const core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ClientDialog dialog(data.clients, data.therapist, client);
    dialog.show();
    CHECK_FALSE(dialog.hasUnsavedChanges());
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("12345678"));
    CHECK(dialog.hasUnsavedChanges());
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(data.clients.get(data.therapist, client.id).phone == QStringLiteral("12345678"));
}

TEST_CASE("Dates are read as Danish staff type them", "[ui][datefield]")
{
    const QDate today(2026, 11, 23);
    CHECK(DateField::parse(u"01-03-2025", today) == QDate(2025, 3, 1));
    CHECK(DateField::parse(u"1.3.2025", today) == QDate(2025, 3, 1));
    CHECK(DateField::parse(u"010325", today) == QDate(2025, 3, 1));
    CHECK(DateField::parse(u"01031980", today) == QDate(1980, 3, 1));
    CHECK(DateField::parse(u"010380", today) == QDate(1980, 3, 1));
    CHECK(DateField::parse(u"010336", today) == QDate(2036, 3, 1));
    CHECK(DateField::parse(u"010337", today) == QDate(1937, 3, 1));
    CHECK_FALSE(DateField::parse(u"31-02-2025", today).isValid());
    CHECK_FALSE(DateField::parse(u"i går", today).isValid());
    CHECK_FALSE(DateField::parse(u"", today).isValid());
}
