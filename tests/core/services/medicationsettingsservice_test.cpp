#include "medicationfixture.h"

#include "core/services/medicationsettingsservice.h"
#include "core/storage/medicationsettingsstore.h"

using namespace mestring::core;
using mestring::test::DispensingFixture;

namespace {

struct SettingsFixture : DispensingFixture
{
    MedicationSettingsService settings {db, log, clock};
};

} // namespace

TEST_CASE("The centre adds a closed day from today on, with a reason; a day already closed or "
          "over is refused",
    "[core][services][closed]")
{
    SettingsFixture f;
    f.settings.addClosedDay(f.coordinator, {QDate(2025, 6, 5), QStringLiteral("Grundlovsdag")});
    CHECK(f.settings.calendar().isClosed(QDate(2025, 6, 5)));
    f.refusedUnchanged([&] {
        f.settings.addClosedDay(f.coordinator, {QDate(2025, 6, 5), QStringLiteral("Igen")});
    });
    f.refusedUnchanged([&] {
        f.settings.addClosedDay(f.coordinator, {QDate(2025, 4, 18), QStringLiteral("Langfredag")});
    });
    f.refusedUnchanged([&] {
        f.settings.addClosedDay(f.coordinator, {QDate(2025, 2, 28), QStringLiteral("Før")});
    });
    f.refusedUnchanged([&] { f.settings.addClosedDay(f.coordinator, {QDate(2025, 12, 24), {}}); });
    f.refusedUnchanged<PermissionDenied>([&] {
        f.settings.addClosedDay(f.nurse, {QDate(2025, 12, 24), QStringLiteral("Juleaften")});
    });
    const std::vector<CalendarDay> year = f.settings.closedDays(f.nurse, 2025);
    CHECK(year.size() == 11); // ten holidays and Grundlovsdag
    CHECK(std::count_if(year.begin(), year.end(), [](const CalendarDay &d) { return !d.holiday; })
        == 1);
}

TEST_CASE("A closed day a supply was handed out for cannot be removed; holidays never",
    "[core][services][closed]")
{
    SettingsFixture f;
    f.settings.addClosedDay(f.doctor, {QDate(2025, 3, 8), QStringLiteral("Weekend")});
    f.settings.addClosedDay(f.doctor, {QDate(2025, 3, 9), QStringLiteral("Weekend")});
    f.settings.addClosedDay(f.doctor, {QDate(2025, 3, 15), QStringLiteral("Weekend")});
    f.settings.removeClosedDay(f.doctor, QDate(2025, 3, 15));
    CHECK_FALSE(f.settings.calendar().isClosed(QDate(2025, 3, 15)));
    for (int day = 1; day < 7; ++day)
        f.give(QDate(2025, 3, day));
    f.give(QDate(2025, 3, 7), DispensingStatus::HandedOut, 3);
    f.refusedUnchanged([&] { f.settings.removeClosedDay(f.doctor, QDate(2025, 3, 8)); });
    f.refusedUnchanged([&] { f.settings.removeClosedDay(f.doctor, QDate(2025, 4, 18)); });
    f.at(QDate(2025, 3, 10), true);
    f.refusedUnchanged([&] { f.settings.removeClosedDay(f.doctor, QDate(2025, 3, 9)); }); // over
}

TEST_CASE("The weekends of a year are added from today on", "[core][services][closed]")
{
    SettingsFixture f;
    f.at(QDate(2025, 12, 1), true);
    // December 2025 from the 1st: 6, 7, 13, 14, 20, 21, 27 and 28.
    CHECK(f.settings.addWeekends(f.manager, 2025) == 8);
    CHECK(f.settings.addWeekends(f.manager, 2025) == 0);
    CHECK(f.settings.calendar().isClosed(QDate(2025, 12, 6)));
}

TEST_CASE("Dose limits and the methadone concentration are kept, and bad values are refused",
    "[core][services][plausibility]")
{
    SettingsFixture f;
    CHECK(f.settings.settings(f.nurse) == MedicationSettings::defaults());
    MedicationSettings s = MedicationSettings::defaults();
    s.doseLimitsMg[Drug::Methadone] = 120;
    s.doseLimitsMg.erase(Drug::Buprenorphine);
    s.methadoneMgPerMl = 2;
    f.settings.saveSettings(f.doctor, s);
    CHECK(f.settings.settings(f.nurse) == s);
    CHECK(loadMedicationSettings(f.db).millilitres(Drug::Methadone, 60) == 30.0);
    MedicationSettings bad = s;
    bad.methadoneMgPerMl = -1;
    f.refusedUnchanged([&] { f.settings.saveSettings(f.doctor, bad); });
    bad = s;
    bad.doseLimitsMg[Drug::Methadone] = 6000;
    f.refusedUnchanged([&] { f.settings.saveSettings(f.doctor, bad); });
    f.refusedUnchanged<PermissionDenied>([&] { f.settings.saveSettings(f.nurse, s); });
}
