#include <catch2/catch.hpp>

#include <QTabWidget>

#include "ui/widgets/clientrecordwidget.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using namespace mestring;

TEST_CASE("The client record has plan, assessment, journal and absence tabs after its others",
    "[ui][record]")
{
    UiTestDatabase data;
    const auto client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    ui::ClientRecordWidget record(data.services(), data.therapist);
    REQUIRE(record.tabs()->count() >= 4);
    const int before = record.tabs()->count() - 4;
    QStringList names;
    for (int i = before; i < record.tabs()->count(); ++i)
        names << record.tabs()->widget(i)->objectName();
    CHECK(names
        == QStringList {QStringLiteral("goalsTab"), QStringLiteral("assessmentsTab"),
            QStringLiteral("journalTab"), QStringLiteral("absencesTab")});
    record.setRecord(client, std::vector<core::Course>(), {}, QDate::currentDate());
    CHECK(record.tabs()->currentIndex() == 0);
}
