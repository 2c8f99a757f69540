#include <catch2/catch.hpp>

#include <set>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/clock.h"
#include "core/exchange/exchangereader.h"
#include "core/exchange/exchangewriter.h"
#include "exchangetestdata.h"

using namespace mestring::core;
using namespace mestring::core::test;

namespace {

// Every place a field can have (indices dropped: "courses.phases.date"), and those where some
// record gives it a value.
void collectFields(const QJsonValue &value, const QString &shape, std::set<QString> &all,
                   std::set<QString> &given)
{
    if (!shape.isEmpty()) {
        all.insert(shape);
        if (!value.isNull())
            given.insert(shape);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectFields(it.value(),
                          shape.isEmpty() ? it.key() : shape + QLatin1Char('.') + it.key(), all,
                          given);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectFields(element, shape, all, given);
    }
}

template<typename E, typename Records, typename Get>
void requireEveryValue(const Records &records, Get get)
{
    std::set<int> seen;
    for (const auto &record : records) {
        for (const E value : get(record))
            seen.insert(int(value));
    }
    INFO(typeid(E).name());
    CHECK(int(seen.size()) == enumCount<E>());
}

template<typename T>
std::vector<T> one(T value)
{
    return {value};
}

// The offsets of every date-time, which Dataset equality (QDateTime compares instants) ignores;
// with `danish`, the offset each instant has in Copenhagen.
std::vector<int> offsets(const Dataset &ds, bool danish = false)
{
    const auto offset = [&](const QDateTime &at) {
        return (danish ? Clock::centreTime(at) : at).offsetFromUtc();
    };
    std::vector<int> list;
    for (const Appointment &a : ds.appointments)
        list.push_back(offset(a.start));
    for (const JournalNote &n : ds.notes)
        list.push_back(offset(n.writtenAt));
    return list;
}

void requireRoundTrip(const Dataset &ds)
{
    const QByteArray written = writeExchange(ds);
    const ExchangeReadResult read = readExchange(written);
    INFO(errorPaths(read).join(QStringLiteral(", ")).toStdString());
    REQUIRE(read.ok());
    CHECK(read.dataset == ds);
    CHECK(offsets(read.dataset) == offsets(ds, true)); // written in Danish time
    CHECK(writeExchange(read.dataset) == written);
}

} // namespace

TEST_CASE("The full test dataset uses every field and every enum value", "[core][exchange]")
{
    const Dataset ds = fullExchangeDataset();
    std::set<QString> all;
    std::set<QString> given;
    collectFields(QJsonDocument::fromJson(writeExchange(ds)).object(), QString(), all, given);
    std::vector<QString> unset;
    std::set_difference(all.begin(), all.end(), given.begin(), given.end(),
                        std::back_inserter(unset));
    CHECK(QStringList(unset.begin(), unset.end()).join(QStringLiteral(", ")).toStdString() == "");
    CHECK(all.size() > 140);

    requireEveryValue<Role>(ds.staff, [](auto &s) { return one(s.role); });
    requireEveryValue<Sex>(ds.clients, [](auto &c) { return one(*c.sex); });
    requireEveryValue<CourseKind>(ds.courses, [](auto &c) { return one(c.kind); });
    requireEveryValue<LegalBasis>(ds.courses, [](auto &c) { return one(c.legalBasis); });
    requireEveryValue<Setting>(ds.courses, [](auto &c) { return one(c.setting); });
    requireEveryValue<Program>(ds.courses, [](auto &c) { return one(c.program); });
    requireEveryValue<Substance>(ds.courses, [](auto &c) { return one(c.primarySubstance); });
    requireEveryValue<Substance>(ds.courses, [](auto &c) { return c.secondarySubstances; });
    requireEveryValue<Phase>(ds.courses, [](auto &c) { return one(c.phases.at(0).phase); });
    requireEveryValue<EndReason>(ds.courses, [](auto &c) { return one(*c.endReason); });
    requireEveryValue<Outcome>(ds.courses, [](auto &c) { return one(*c.outcome); });
    requireEveryValue<GuaranteeExempt>(ds.courses, [](auto &c) { return one(*c.guaranteeExempt); });
    requireEveryValue<Theme>(ds.goals, [](auto &g) { return one(g.theme); });
    requireEveryValue<GoalStatus>(ds.goals, [](auto &g) { return one(g.status); });
    requireEveryValue<AssessmentType>(ds.assessments, [](auto &a) { return one(a.type); });
    requireEveryValue<AppointmentType>(ds.appointments, [](auto &a) { return one(a.type); });
    requireEveryValue<AppointmentStatus>(ds.appointments, [](auto &a) { return one(a.status); });
    requireEveryValue<AbsenceReason>(ds.absences, [](auto &a) { return one(a.reason); });
    requireEveryValue<GroupType>(ds.groups, [](auto &g) { return one(g.type); });
    requireEveryValue<AttendanceStatus>(ds.groups,
                                        [](auto &g) { return one(g.attendance.at(0).status); });
    requireEveryValue<Drug>(ds.prescriptions, [](auto &p) { return one(p.drug); });
    requireEveryValue<DrugCategory>(ds.prescriptions, [](auto &p) { return one(p.category); });
    requireEveryValue<DispensingMode>(ds.prescriptions, [](auto &p) { return one(p.mode); });
    requireEveryValue<DispensingStatus>(ds.dispensings, [](auto &d) { return one(d.status); });
    requireEveryValue<NoteKind>(ds.notes, [](auto &n) { return one(n.kind); });
    requireEveryValue<FitScale>(ds.feedback, [](auto &f) { return one(f.scale); });
    requireEveryValue<IndividualOffer>(ds.waitingLists, [](auto &w) { return one(w.offer); });
    requireEveryValue<WaitingTakenOffReason>(
        ds.waitingLists, [](auto &w) { return one(*w.takenOffReason); });
    requireEveryValue<RegistryEvent>(ds.registryReports, [](auto &r) { return one(r.event); });
}

TEST_CASE("A dataset using every field and enum value survives writing and reading unchanged",
          "[core][exchange]")
{
    requireRoundTrip(fullExchangeDataset());
}

TEST_CASE("A dataset with only the required fields survives writing and reading unchanged",
          "[core][exchange]")
{
    requireRoundTrip(minimalExchangeDataset());
}

TEST_CASE("An empty dataset is written with every collection as an empty list",
          "[core][exchange]")
{
    const QByteArray written = writeExchange(Dataset());
    CHECK(written
          == "{\n  \"format\": \"mestring-exchange\",\n  \"version\": 1,\n  \"staff\": [],\n"
             "  \"clients\": [],\n  \"courses\": [],\n  \"goals\": [],\n  \"assessments\": [],\n"
             "  \"appointments\": [],\n  \"absences\": [],\n  \"groups\": [],\n"
             "  \"prescriptions\": [],\n  \"dispensings\": [],\n  \"targets\": [],\n"
             "  \"notes\": []\n}\n");
    requireRoundTrip(Dataset());
}

TEST_CASE("Writing the example document gives the checked-in export byte for byte",
          "[core][exchange]")
{
    const ExchangeReadResult read = readExchange(domainExample());
    REQUIRE(read.ok());
    const QByteArray expected = exchangeTestFile(QStringLiteral("domain-example-export.json"));
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(writeExchange(read.dataset).toStdString() == expected.toStdString());
    // ... and that export reads back to the same records and writes the same bytes again.
    const ExchangeReadResult again = readExchange(expected);
    REQUIRE(again.ok());
    CHECK(again.dataset == read.dataset);
    CHECK(writeExchange(again.dataset) == expected);
}

TEST_CASE("Numbers are written as integers when integral and exactly otherwise",
          "[core][exchange]")
{
    Dataset ds;
    ds.targets.push_back({QStringLiteral("x"), QString(), 2025, 800.0, 1.0 / 3.0});
    ds.targets.push_back({QStringLiteral("y"), QString(), 2025, 0.36, 1e20});
    const QByteArray written = writeExchange(ds);
    CHECK(written.contains("\"baseline\": 800,"));
    CHECK(written.contains("\"target\": 0.3333333333333333\n"));
    CHECK(written.contains("\"baseline\": 0.36,"));
    CHECK(written.contains("\"target\": 1e+20\n"));
    requireRoundTrip(ds);
}

TEST_CASE("A date-time is written in Danish time with its offset, whatever it came with",
    "[core][exchange][time]")
{
    auto written = [](const QDateTime &start) {
        Dataset ds;
        Appointment a;
        a.id = QStringLiteral("p1");
        a.course = QStringLiteral("k1");
        a.start = start;
        ds.appointments.push_back(a);
        return writeExchange(ds);
    };
    const QDate d(2025, 1, 17);
    CHECK(written(QDateTime(d, QTime(10, 0), Qt::OffsetFromUTC, 3600))
              .contains("\"start\": \"2025-01-17T10:00:00+01:00\""));
    CHECK(written(QDateTime(d, QTime(10, 0), Qt::UTC)).contains("\"2025-01-17T11:00:00+01:00\""));
    CHECK(written(QDateTime(d, QTime(23, 30, 5, 7), Qt::OffsetFromUTC, -12600))
              .contains("\"2025-01-18T04:00:05.007+01:00\""));
    CHECK(written(QDateTime(QDate(2025, 7, 1), QTime(6, 0), Qt::UTC))
              .contains("\"2025-07-01T08:00:00+02:00\""));
}

TEST_CASE("Unset fields are written as null and nothing is left out", "[core][exchange]")
{
    const QByteArray written = writeExchange(minimalExchangeDataset());
    CHECK(written.contains("\"cpr\": null,"));
    CHECK(written.contains("\"consent_share\": null\n"));
    CHECK(written.contains("\"end_reason\": null,"));
    CHECK(written.contains("\"secondary_substances\": [],"));
    CHECK(written.contains("\"take_home_days\": null,"));
    CHECK(written.contains("\"schedule\": {\n"));
    CHECK(written.contains("\"daily\": true\n"));
}
