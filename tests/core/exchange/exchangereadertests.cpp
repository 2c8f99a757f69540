#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "core/exchange/exchangereader.h"
#include "exchangetestdata.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

QByteArray document(const char *body)
{
    return QByteArray(R"({"format": "mestring-exchange", "version": 1)") + body + '}';
}

} // namespace

TEST_CASE("The example document of domain.md parses into the records it describes",
          "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(domainExample());
    INFO(errorPaths(result).join(QStringLiteral(", ")).toStdString());
    REQUIRE(result.ok());
    const Dataset &ds = result.dataset;
    CHECK(ds.recordCount() == 14);
    REQUIRE(ds.staff.size() == 3);
    CHECK(ds.staff[2].role == Role::Doctor);
    CHECK(ds.staff[2].active); // omitted `active` means active
    CHECK(ds.clients[0].cpr == QStringLiteral("0101801235"));
    CHECK_FALSE(ds.clients[0].sex.has_value());
    const Course &course = ds.courses[0];
    CHECK(course.legalBasis == LegalBasis::Sul141);
    CHECK(course.requestDate == QDate(2025, 1, 2));
    CHECK(course.endDate.isNull());
    CHECK_FALSE(course.endReason.has_value());
    REQUIRE(course.phases.size() == 1);
    CHECK(course.phases[0] == PhaseEntry{Phase::Intro, QDate(2025, 1, 10)});
    CHECK(ds.goals[0].scores == std::vector<GoalScore>{{QDate(2025, 4, 10), 2}});
    CHECK(ds.goals[0].subgoals[0].deadline == QDate(2025, 3, 1));
    CHECK(ds.assessments[0].area(LifeArea::Alcohol) == 3);
    CHECK_FALSE(ds.assessments[0].area(LifeArea::Drugs).has_value());
    CHECK(ds.appointments[0].start.offsetFromUtc() == 3600);
    CHECK(ds.appointments[0].start.toUTC().time() == QTime(9, 0));
    CHECK(ds.groups[0].name == QStringLiteral("BASIS forår"));
    CHECK(ds.groups[0].rolling);
    CHECK(ds.groups[0].sessions[0].start.isNull());
    CHECK(ds.prescriptions[0].schedule.kind == Schedule::Kind::Weekdays);
    CHECK(ds.prescriptions[0].schedule.weekdays == std::set<int>{1, 4});
    CHECK(ds.prescriptions[0].doseMg == 800);
    CHECK(ds.dispensings[0].days == 1);
    CHECK(ds.targets[0].baseline == 0.36);
    CHECK(ds.targets[0].breakdown.isNull());
    CHECK(ds.notes[0].writtenAt.offsetFromUtc() == 3600);
}

TEST_CASE("A document with only format and version is an empty dataset", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(document(""));
    REQUIRE(result.ok());
    CHECK(result.dataset == Dataset());
}

TEST_CASE("Omitted booleans and dispensing days take their documented defaults",
          "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(document(R"(,
        "staff": [{"id": "s1", "name": "Anne", "role": "nurse"}],
        "clients": [{"id": "c1"}],
        "courses": [{"id": "k1", "client": "c1", "kind": "drug", "legal_basis": "SEL101",
                     "setting": "day", "program": "youth", "primary_substance": "cannabis"}],
        "groups": [{"id": "gr1", "name": "KAT", "type": "cbt"}],
        "dispensings": [{"id": "d1", "prescription": "m1", "date": "2025-03-01",
                         "dose_mg": 8, "status": "taken"}])"));
    INFO(errorPaths(result).join(QStringLiteral(", ")).toStdString());
    REQUIRE(result.ok());
    CHECK(result.dataset.staff[0].active);
    CHECK_FALSE(result.dataset.clients[0].anonymous);
    CHECK_FALSE(result.dataset.courses[0].declinedFollowup);
    CHECK(result.dataset.courses[0].secondarySubstances.empty());
    CHECK_FALSE(result.dataset.groups[0].rolling);
    CHECK(result.dataset.groups[0].leaders.empty());
    CHECK(result.dataset.dispensings[0].days == 1);
}

TEST_CASE("Null reads like an omitted field, and empty text like no text", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(document(R"(,
        "staff": [{"id": "s1", "name": "Anne", "role": "nurse", "active": null, "username": ""}],
        "clients": [{"id": "c1", "anonymous": null, "cpr": null, "consent_share": null}],
        "goals": null)"));
    INFO(errorPaths(result).join(QStringLiteral(", ")).toStdString());
    REQUIRE(result.ok());
    CHECK(result.dataset.staff[0].active);
    CHECK(result.dataset.staff[0].username.isNull());
    CHECK(result.dataset.clients[0].consentText.isNull());
    CHECK_FALSE(result.dataset.clients[0].consentDate.isValid());
}

TEST_CASE("Consent to share is an object of text and date", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(document(R"(,
        "clients": [{"id": "c1",
                     "consent_share": {"text": "Egen læge", "date": "2025-02-01"}}])"));
    REQUIRE(result.ok());
    CHECK(result.dataset.clients[0].consentText == QStringLiteral("Egen læge"));
    CHECK(result.dataset.clients[0].consentDate == QDate(2025, 2, 1));
}

TEST_CASE("A date-time keeps its offset, and Z reads as UTC", "[core][exchange]")
{
    const QByteArray example = domainExample();
    auto startOf = [&](const char *text) {
        return readExchange(withValueAt(example, QStringLiteral("appointments[0].start"),
                                        QString::fromLatin1(text)))
            .dataset.appointments.at(0)
            .start;
    };
    CHECK(startOf("2025-01-17T10:00:00Z").offsetFromUtc() == 0);
    CHECK(startOf("2025-01-17T10:00:00Z").time() == QTime(10, 0));
    CHECK(startOf("2025-06-17T10:00:00+02:00").offsetFromUtc() == 7200);
    CHECK(startOf("2025-06-17T10:00:00-03:30").offsetFromUtc() == -12600);
    CHECK(startOf("2025-06-17T10:00:00.25+02:00").time() == QTime(10, 0, 0, 250));
    CHECK(startOf("2025-06-17T10:00:00+02:00").time() == QTime(10, 0));
}

TEST_CASE("A whole number written with a zero fraction is accepted", "[core][exchange]")
{
    // JSON has one number type; Qt stores 2.0 as the integer 2, so 2.0 is a whole number.
    const ExchangeReadResult result = readExchange(
        withValueAt(domainExample(), QStringLiteral("goals[0].scores[0].score"), 2.0));
    REQUIRE(result.ok());
    CHECK(result.dataset.goals[0].scores[0].score == 2);
}

TEST_CASE("A UTF-8 byte order mark before the document is accepted", "[core][exchange]")
{
    CHECK(readExchange("\xEF\xBB\xBF" + domainExample()).ok());
}

TEST_CASE("A leap day in a leap year is a real date", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(
        withValueAt(domainExample(), QStringLiteral("absences[0].from"),
                    QStringLiteral("2024-02-29")));
    REQUIRE(result.ok());
    CHECK(result.dataset.absences[0].from == QDate(2024, 2, 29));
}

TEST_CASE("Every schedule form is read", "[core][exchange]")
{
    const QString path = QStringLiteral("prescriptions[0].schedule");
    const QByteArray example = domainExample();
    auto scheduleOf = [&](const char *json) {
        const ExchangeReadResult result = readExchange(
            withValueAt(example, path, QJsonDocument::fromJson(json).object()));
        REQUIRE(result.ok());
        return result.dataset.prescriptions.at(0).schedule;
    };
    CHECK(scheduleOf(R"({"daily": true})").kind == Schedule::Kind::Daily);
    const Schedule weekdays = scheduleOf(R"({"weekdays": ["sun", "mon", "wed"]})");
    CHECK(weekdays.kind == Schedule::Kind::Weekdays);
    CHECK(weekdays.weekdays == std::set<int>{1, 3, 7});
    const Schedule depot = scheduleOf(R"({"every_days": 28})");
    CHECK(depot.kind == Schedule::Kind::EveryDays);
    CHECK(depot.everyDays == 28);
}

TEST_CASE("Take-home mode is read with its number of days", "[core][exchange]")
{
    QByteArray json = withValueAt(domainExample(), QStringLiteral("prescriptions[0].mode"),
                                  QStringLiteral("take_home"));
    json = withValueAt(json, QStringLiteral("prescriptions[0].take_home_days"), 7);
    const ExchangeReadResult result = readExchange(json);
    REQUIRE(result.ok());
    CHECK(result.dataset.prescriptions[0].mode == DispensingMode::TakeHome);
    CHECK(result.dataset.prescriptions[0].takeHomeDays == 7);
}

TEST_CASE("A missed dispensing may leave out its dose, which reads as 0", "[core][exchange]")
{
    QByteArray json = withValueAt(domainExample(), QStringLiteral("dispensings[0].status"),
                                  QStringLiteral("missed"));
    json = withValueAt(json, QStringLiteral("dispensings[0].dose_mg"), QJsonValue::Undefined);
    const ExchangeReadResult result = readExchange(json);
    REQUIRE(result.ok());
    CHECK(result.dataset.dispensings[0].doseMg == 0);
}
