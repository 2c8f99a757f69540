#include <catch2/catch.hpp>

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>

#include "core/domain/ids.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "ui/print/medicationoverview.h"
#include "ui/widgets/medicationtab.h"
#include "uitestdatabase.h"

using namespace mestring;
using mestring::test::UiTestDatabase;

namespace {

// Jens Hansen: methadone 60 mg in February, changed to 90 mg from 1 March 2025; taken 1-5
// March, nothing recorded 6-8 March, so on 9 March the dose is blocked.
struct OverviewData
{
    UiTestDatabase data;
    core::Actor nurse = data.addStaff(QStringLiteral("s2"), QStringLiteral("Mette Dahl"),
        core::Role::Nurse, QStringLiteral("mette"));
    core::Actor doctor = data.addStaff(QStringLiteral("s3"), QStringLiteral("Ole Berg"),
        core::Role::Doctor, QStringLiteral("ole"));
    core::Client client
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235);
    const QDate today {2025, 3, 9};

    OverviewData()
    {
        core::Prescription old;
        old.id = core::newId();
        old.client = client.id;
        old.drug = core::Drug::Methadone;
        old.category = core::DrugCategory::Substitution;
        old.doseMg = 60;
        old.start = QDate(2025, 2, 1);
        old.end = QDate(2025, 2, 28);
        old.prescriber = doctor.staffId;
        old.reason = QStringLiteral("Opstart");
        core::PrescriptionRepository(data.db).insert(old);
        core::Prescription now = old;
        now.id = core::newId();
        now.doseMg = 90;
        now.start = QDate(2025, 3, 1);
        now.end = QDate();
        now.reason = QStringLiteral("Trang om aftenen");
        core::PrescriptionRepository(data.db).insert(now);
        for (int day = 1; day <= 5; ++day) {
            core::DispensingRepository(data.db).insert(
                {core::newId(), now.id, QDate(2025, 3, day), 90, core::DispensingStatus::Taken, 1,
                    nurse.staffId, day == 5 ? QStringLiteral("Virkede træt") : QString()});
        }
        data.setToday(today);
    }

    /// The overview as `actor` sees it on `day` (the services' today).
    ui::MedicationOverviewData load(const core::Actor &actor, const QDate &day)
    {
        data.setToday(day);
        return ui::loadMedicationOverview(data.services(), actor, client.id);
    }
};

} // namespace

TEST_CASE("The medication overview names the client, the prescriptions, the dose change, the "
          "missed doses and the block",
    "[ui][medication][print]")
{
    OverviewData t;
    const ui::MedicationOverviewData data
        = t.load(t.doctor, t.today);
    CHECK(data.prescriptions.size() == 2);
    CHECK(data.block.blocked);
    CHECK(data.block.run.count() == 3);
    CHECK(data.review.last == QDate(2025, 3, 1));
    CHECK_FALSE(data.review.overdue);
    // 28 days back from 9 March: 10-28 February (old prescription, nothing recorded, missed) and
    // 1-9 March.
    CHECK(data.recentDays.size() == 19 + 9);
    CHECK(data.recentDays.front().date == t.today);

    const QString html = ui::MedicationOverview(data).html();
    CHECK(html.contains(QStringLiteral("Jens Hansen")));
    CHECK(html.contains(QStringLiteral("010180-1235")));
    CHECK(html.contains(QStringLiteral("01-01-1980")));
    CHECK(html.contains(QStringLiteral("60 mg (60 ml) to 90 mg (90 ml)")));
    CHECK(html.contains(QStringLiteral("missed 3 scheduled doses in a row")));
    CHECK(html.contains(QStringLiteral("The next review is due by 31-08-2025.")));
    CHECK(html.contains(QStringLiteral("MISSED (nothing recorded)")));
    CHECK(html.contains(QStringLiteral("Virkede træt")));
    CHECK(html.contains(QStringLiteral("Trang om aftenen")));
}

TEST_CASE("An overdue medical review is printed as overdue with the day it was due",
    "[ui][medication][print]")
{
    OverviewData t;
    const QDate later(2025, 9, 1); // 1 March + 184 days
    const QString html = ui::MedicationOverview(
        t.load(t.doctor, later))
                             .html();
    CHECK(html.contains(QStringLiteral("OVERDUE")));
    CHECK(html.contains(QStringLiteral("31-08-2025")));
}

TEST_CASE("The medication overview renders to an A4 PDF with pages", "[ui][medication][print]")
{
    OverviewData t;
    const ui::MedicationOverview overview(
        t.load(t.nurse, t.today));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("overview.pdf"));
    REQUIRE(overview.writePdf(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 5000);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    CHECK(overview.pageCount(&printer) >= 1);
    CHECK_FALSE(overview.writePdf(dir.filePath(QStringLiteral("missing/folder/x.pdf"))));
}

TEST_CASE("The Medicin tab offers the overview to everyone who reads medication",
    "[ui][medication][print]")
{
    OverviewData t;
    ui::MedicationTab tab(t.data.services(), t.nurse);
    CHECK_FALSE(tab.printButton()->isEnabled()); // no client yet
    tab.show();
    tab.setClient(t.client.id, t.today);
    CHECK(tab.printButton()->isEnabled());
    CHECK(tab.pdfButton()->isEnabled());
    CHECK(tab.overview().html().contains(QStringLiteral("Jens Hansen")));
}
