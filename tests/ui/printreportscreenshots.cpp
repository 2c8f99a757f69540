// Screenshots of the printed Opfølgning pr. behandler and Borgerstatus reports, from the small
// demo centre in Danish. Hidden: run with
//     build/dev/tests/ui_tests "[.screenshots]" -c "Screenshots of the printed follow-up ..."
// It writes report-opfoelgning.pdf and report-borgerstatus.pdf to the temporary folder; turn
// them into PNG pages with
//     pdftoppm -png -r 60 /tmp/report-opfoelgning.pdf docs/screenshots/report-opfoelgning
//     pdftoppm -png -r 60 /tmp/report-borgerstatus.pdf docs/screenshots/report-borgerstatus
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/demo/demoinstaller.h"
#include "core/domain/clock.h"
#include "core/reports/clientstatusreport.h"
#include "core/reports/followupreport.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "ui/print/clientstatusprint.h"
#include "ui/print/followupreportprint.h"
#include "ui/translations.h"

namespace core = mestring::core;
namespace ui = mestring::ui;

namespace {

void write(const QString &name, const QByteArray &pdf)
{
    QFile file(QDir::temp().filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
}

// How much a client's status shows: courses with goals, assessments and medication.
int richness(const core::ClientStatusReport &report)
{
    int score = int(report.prescriptions.size()) * 3 + (report.noShows.counted > 0 ? 5 : 0);
    for (const auto &shown : report.courses)
        score += int(std::min<std::size_t>(shown.assessments.size(), 4)) * 4
            + int(shown.goals.size()) * 2;
    return score - int(report.courses.size() > 1 ? 20 : 0);
}

} // namespace

TEST_CASE(
    "Screenshots of the printed follow-up and client status reports in Danish", "[.screenshots]")
{
    auto &app = *qApp;
    REQUIRE(ui::installTranslations(app) == QLatin1StringView("da"));
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        core::Database db(QStringLiteral("screenshots-printreports"));
        db.open(dir.filePath(QStringLiteral("mestring.sqlite")));
        const QDate today = core::Clock().today();
        core::installDemoDatabase(db, core::DemoSize::Small, 20250101, today);
        core::ServiceSet set(db);
        const core::RecordReaders readers = core::RecordReaders::of(set);
        std::optional<core::Actor> coordinator;
        std::vector<QString> therapists;
        for (const auto &member : core::StaffRepository(db).all()) {
            if (member.role == core::Role::Coordinator && member.active && !coordinator)
                coordinator = core::Actor::fromStaff(member);
            if (member.role == core::Role::Therapist && member.active)
                therapists.push_back(member.id);
        }
        REQUIRE(coordinator);
        REQUIRE_FALSE(therapists.empty());
        core::FollowupReport followup
            = core::followupReport(readers, *coordinator, therapists.front(), today);
        REQUIRE_FALSE(followup.courses.empty());
        write(QStringLiteral("report-opfoelgning.pdf"), ui::followupReportPdf(followup, today));

        std::optional<core::ClientStatusReport> best;
        for (const core::FollowupCourse &course : followup.courses) {
            core::ClientStatusReport status
                = core::clientStatusReport(readers, *coordinator, course.row.clientId, today);
            if (!best || richness(status) > richness(*best)) best = std::move(status);
        }
        REQUIRE(best);
        write(QStringLiteral("report-borgerstatus.pdf"), ui::clientStatusPdf(*best, today));
    }
    ui::removeTranslations(app);
}
