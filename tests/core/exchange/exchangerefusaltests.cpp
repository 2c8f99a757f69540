#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/exchange/exchangereader.h"
#include "exchangetestdata.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

// Reads the example with one value changed and returns the error paths.
QStringList pathsAfterSetting(const char *path, const QJsonValue &value)
{
    const QByteArray json = withValueAt(domainExample(), QString::fromLatin1(path), value);
    return errorPaths(readExchange(json));
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + ']').array().at(0);
}

QString only(const QStringList &paths)
{
    return paths.size() == 1 ? paths.first() : QStringLiteral("<%1 errors: %2>")
                                                   .arg(paths.size())
                                                   .arg(paths.join(QStringLiteral(", ")));
}

} // namespace

TEST_CASE("An empty file is refused", "[core][exchange]")
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray bomLine = bom + "\n";
    for (const QByteArray &empty : {QByteArray(), QByteArray(" \n\t "), bom, bomLine}) {
        const ExchangeReadResult result = readExchange(empty);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].path.isEmpty());
        CHECK(result.errors[0].message.contains(QStringLiteral("empty")));
    }
}

TEST_CASE("Text that is not JSON is refused with its line and column", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(
        "{\n  \"format\": \"mestring-exchange\",\n  \"version\": 1,\n  \"staff\": [}\n}");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path.isEmpty());
    CHECK(result.errors[0].message.contains(QStringLiteral("line 4, column")));
    CHECK(result.dataset == Dataset());
}

TEST_CASE("A document that is not one JSON object is refused", "[core][exchange]")
{
    const QByteArray input = GENERATE(as<QByteArray>{}, "[]", "[{\"format\": 1}]", "null", "5",
                                      "\"mestring-exchange\"");
    const ExchangeReadResult result = readExchange(input);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path.isEmpty());
}

TEST_CASE("A wrong or missing format is refused at format, and nothing else is read",
          "[core][exchange]")
{
    const QJsonValue format = GENERATE(json("\"mestring-report\""), json("null"), json("1"),
                                       QJsonValue(QJsonValue::Undefined));
    CHECK(only(pathsAfterSetting("format", format)) == QStringLiteral("format"));
    CHECK(only(errorPaths(readExchange(R"({"format": "x", "colour": "red"})")))
          == QStringLiteral("format"));
}

TEST_CASE("A version other than 1 is refused at version", "[core][exchange]")
{
    const QJsonValue version = GENERATE(json("2"), json("0"), json("\"1\""), json("1.5"),
                                        json("null"), QJsonValue(QJsonValue::Undefined));
    CHECK(only(pathsAfterSetting("version", version)) == QStringLiteral("version"));
}

TEST_CASE("An unknown top-level field is refused with its name", "[core][exchange]")
{
    CHECK(only(pathsAfterSetting("access_log", json("[]"))) == QStringLiteral("access_log"));
}

TEST_CASE("An unknown field in a course is refused with its path", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(
        withValueAt(domainExample(), QStringLiteral("courses[0].colour"), QStringLiteral("red")));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path == QStringLiteral("courses[0].colour"));
    CHECK(result.errors[0].message == QStringLiteral("Unknown field."));
    CHECK(result.dataset == Dataset());
}

TEST_CASE("Unknown fields in nested objects are refused with their paths", "[core][exchange]")
{
    const char *path = GENERATE("staff[1].password", "clients[0].consent_share.partner",
                                "courses[0].phases[0].note", "goals[0].scores[0].by",
                                "goals[0].subgoals[0].status", "prescriptions[0].schedule.hours",
                                "groups[0].sessions[0].room", "groups[0].members[0].role",
                                "groups[0].waiting[0].priority", "groups[0].attendance[0].late",
                                "notes[0].signed");
    QByteArray document = domainExample();
    // The example has no consent and an empty waiting list; give them one valid entry first.
    document = withValueAt(document, QStringLiteral("clients[0].consent_share"),
                           json(R"({"text": "Egen læge", "date": "2025-01-10"})"));
    document = withValueAt(document, QStringLiteral("groups[0].waiting"),
                           json(R"([{"course": "k1", "asked_on": "2025-01-20"}])"));
    REQUIRE(readExchange(document).ok());
    const QString p = QString::fromLatin1(path);
    CHECK(only(errorPaths(readExchange(withValueAt(document, p, 1)))) == p);
}

TEST_CASE("A field given twice in one object is refused", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(R"({"format": "mestring-exchange", "version": 1,
        "courses": [{"id": "k1", "client": "c1", "kind": "drug", "legal_basis": "SEL101",
                     "setting": "day", "program": "youth", "primary_substance": "cannabis",
                     "end_date": null, "end_date": "2025-05-01"}]})");
    CHECK(only(errorPaths(result)) == QStringLiteral("courses[0].end_date"));
}

TEST_CASE("A field given twice deep inside a record is refused at its full path",
          "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(R"({"format": "mestring-exchange", "version": 1,
        "goals": [{"id": "g1", "course": "k1", "theme": "health", "status": "active",
                   "scores": [{"date": "2025-01-01", "score": 2},
                              {"date": "2025-04-01", "score": 1, "date": "2025-04-02"}],
                   "subgoals": [{"text": "a", "text": "b"}]}]})");
    CHECK(errorPaths(result)
          == QStringList({QStringLiteral("goals[0].scores[1].date"),
                          QStringLiteral("goals[0].subgoals[0].text")}));
}

TEST_CASE("An unknown enum value is refused with its path and the allowed values",
          "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(
        withValueAt(domainExample(), QStringLiteral("courses[0].kind"), QStringLiteral("Alcohol")));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path == QStringLiteral("courses[0].kind"));
    CHECK(result.errors[0].message.contains(QStringLiteral("alcohol, drug")));

    const auto [path, value] = GENERATE(
        std::pair{"staff[0].role", "psychologist"}, std::pair{"courses[0].legal_basis", "SEL 101"},
        std::pair{"courses[0].phases[0].phase", "detox"}, std::pair{"goals[0].status", "done"},
        std::pair{"assessments[0].type", "post_3m"}, std::pair{"appointments[0].status", "late"},
        std::pair{"absences[0].reason", "sick"}, std::pair{"groups[0].type", "yoga"},
        std::pair{"groups[0].attendance[0].status", "planned"},
        std::pair{"prescriptions[0].drug", "heroin"}, std::pair{"prescriptions[0].mode", "post"},
        std::pair{"dispensings[0].status", "given"}, std::pair{"notes[0].kind", "email"},
        std::pair{"prescriptions[0].schedule.weekdays[1]", "thursday"});
    CHECK(only(pathsAfterSetting(path, QString::fromLatin1(value))) == QString::fromLatin1(path));
}

TEST_CASE("An unknown code inside a list of codes is refused at its index", "[core][exchange]")
{
    CHECK(only(pathsAfterSetting("courses[0].secondary_substances", json(R"(["cannabis", "tea"])")))
          == QStringLiteral("courses[0].secondary_substances[1]"));
}

TEST_CASE("A value of the wrong type is refused at its path", "[core][exchange]")
{
    const auto [path, value] = GENERATE(
        std::pair{"staff", "{}"}, std::pair{"clients[0]", "\"c1\""}, std::pair{"staff[0].id", "1"},
        std::pair{"clients[0].anonymous", "\"no\""}, std::pair{"clients[0].anonymous", "0"},
        std::pair{"clients[0].consent_share", "\"yes\""}, std::pair{"courses[0].phases", "{}"},
        std::pair{"courses[0].secondary_substances", "\"cannabis\""},
        std::pair{"courses[0].phases[0]", "[]"}, std::pair{"courses[0].start_date", "20250110"},
        std::pair{"goals[0].scores[0].score", "\"2\""},
        std::pair{"appointments[0].minutes", "true"},
        std::pair{"appointments[0].start", "1737104400"}, std::pair{"groups[0].leaders", "\"s1\""},
        std::pair{"groups[0].leaders[0]", "1"}, std::pair{"groups[0].rolling", "\"true\""},
        std::pair{"prescriptions[0].dose_mg", "\"800\""},
        std::pair{"prescriptions[0].schedule", "[]"},
        std::pair{"prescriptions[0].schedule.weekdays", "\"mon\""},
        std::pair{"targets[0].baseline", "\"36%\""},
        std::pair{"notes[0].text", "[\"a\"]"});
    CHECK(only(pathsAfterSetting(path, json(value))) == QString::fromLatin1(path));
}

TEST_CASE("A score that is not a whole number is refused", "[core][exchange]")
{
    const ExchangeReadResult result = readExchange(
        withValueAt(domainExample(), QStringLiteral("goals[0].scores[0].score"), 2.5));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path == QStringLiteral("goals[0].scores[0].score"));
    CHECK(result.errors[0].message == QStringLiteral("Expected a whole number."));
}

TEST_CASE("Whole-number fields refuse fractions and numbers beyond their range",
          "[core][exchange]")
{
    const auto [path, value] = GENERATE(
        std::pair{"assessments[0].alcohol", "0.5"},
        std::pair{"assessments[0].drinks_per_week", "40.1"},
        std::pair{"appointments[0].minutes", "1e12"},
        std::pair{"appointments[0].minutes", "-3000000000"},
        std::pair{"targets[0].year", "2025.5"},
        std::pair{"groups[0].capacity", "99999999999999999999"},
        std::pair{"dispensings[0].days", "1e308"}, std::pair{"goals[0].baseline_score", "-1e308"});
    CHECK(only(pathsAfterSetting(path, json(value))) == QString::fromLatin1(path));
}

TEST_CASE("A required field that is missing or null is refused at its path", "[core][exchange]")
{
    const char *path = GENERATE(
        "staff[0].id", "staff[0].name", "staff[0].role", "clients[0].id", "courses[0].client",
        "courses[0].kind", "courses[0].legal_basis", "courses[0].setting", "courses[0].program",
        "courses[0].primary_substance", "courses[0].phases[0].date", "goals[0].course",
        "goals[0].theme", "goals[0].status", "goals[0].scores[0].score", "assessments[0].date",
        "assessments[0].type",
        "appointments[0].start", "appointments[0].minutes", "appointments[0].status",
        "absences[0].client", "absences[0].from", "absences[0].reason", "groups[0].name",
        "groups[0].sessions[0].date", "groups[0].members[0].course",
        "groups[0].attendance[0].session",
        "prescriptions[0].client", "prescriptions[0].dose_mg", "prescriptions[0].schedule",
        "prescriptions[0].mode", "prescriptions[0].start", "prescriptions[0].prescriber",
        "dispensings[0].prescription", "dispensings[0].date", "dispensings[0].status",
        "dispensings[0].dose_mg", "targets[0].indicator", "targets[0].year", "notes[0].author",
        "notes[0].written_at", "notes[0].kind", "notes[0].text");
    const QJsonValue missing = GENERATE(QJsonValue(QJsonValue::Undefined), QJsonValue());
    CHECK(only(pathsAfterSetting(path, missing)) == QString::fromLatin1(path));
}

TEST_CASE("An empty id or reference is refused", "[core][exchange]")
{
    const char *path = GENERATE("staff[0].id", "courses[0].client", "groups[0].leaders[0]",
                                "dispensings[0].prescription");
    CHECK(only(pathsAfterSetting(path, QString())) == QString::fromLatin1(path));
}

TEST_CASE("Errors in several records are all reported, in document order", "[core][exchange]")
{
    QByteArray document = withValueAt(domainExample(), QStringLiteral("staff[0].role"),
                                      QStringLiteral("chef"));
    document = withValueAt(document, QStringLiteral("staff[2].name"), QJsonValue());
    document = withValueAt(document, QStringLiteral("notes[0].kind"), QStringLiteral("mail"));
    CHECK(errorPaths(readExchange(document))
          == QStringList({QStringLiteral("staff[0].role"), QStringLiteral("staff[2].name"),
                          QStringLiteral("notes[0].kind")}));
}

TEST_CASE("The number of errors reported is capped, and the cut is said", "[core][exchange]")
{
    QJsonArray staff;
    for (int i = 0; i < 300; ++i)
        staff.append(QJsonObject{{QStringLiteral("id"), i}});
    const QByteArray document
        = withValueAt(domainExample(), QStringLiteral("staff"), staff); // 3 errors per record
    const ExchangeReadResult result = readExchange(document, 50);
    REQUIRE(result.errors.size() == 51);
    CHECK(result.errors[49].path == QStringLiteral("staff[16].name"));
    CHECK(result.errors[50].path.isEmpty());
    CHECK(result.errors[50].message.contains(QStringLiteral("50")));
}
