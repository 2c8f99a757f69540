#include "loadworld.h"

#include <algorithm>
#include <map>
#include <random>

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

constexpr int sampledClients = 2000;
constexpr int sampledNoteTexts = 500;
constexpr int recentSessionDays = 56;

void readClients(const Database &db, LoadWorld &world, std::mt19937 &rng)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, last_name FROM clients WHERE last_name IS NOT NULL "
                       "AND NOT anonymous ORDER BY seq"));
    q.exec();
    std::vector<std::pair<QString, QString>> all;
    while (q.next())
        all.emplace_back(q.value(0).toString(), q.value(1).toString());
    std::shuffle(all.begin(), all.end(), rng);
    all.resize(std::min<std::size_t>(all.size(), sampledClients));
    std::uniform_int_distribution<int> letters(3, 6);
    for (const auto &[id, lastName] : all) {
        world.clients << id;
        world.searchTexts << lastName.left(letters(rng)).toLower();
    }
}

void readCourses(const Database &db, LoadWorld &world)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, client, responsible FROM courses WHERE start_date "
                       "<= ? AND end_date IS NULL ORDER BY seq"));
    q.bind(dateValue(world.firstDay));
    q.exec();
    while (q.next())
        world.openCourses.push_back(
            {q.value(0).toString(), q.value(1).toString(), textFrom(q.value(2))});
}

// The members of each session of the last eight weeks, as the register shows them.
void readRegisters(const Database &db, LoadWorld &world)
{
    SqlQuery q(db,
        QStringLiteral(
            "SELECT s.group_course, s.id, m.course FROM group_sessions s "
            "JOIN group_members m ON m.group_course = s.group_course "
            "AND (m.from_date IS NULL OR m.from_date <= s.date) "
            "AND (m.to_date IS NULL OR m.to_date >= s.date) "
            "WHERE s.date > ? AND s.date <= ? ORDER BY s.group_course, s.date, m.course"));
    q.bind(dateValue(world.firstDay.addDays(-recentSessionDays))).bind(dateValue(world.firstDay));
    q.exec();
    std::map<QString, std::vector<AttendanceCell>> byGroup;
    while (q.next()) {
        const QString group = q.value(0).toString();
        byGroup[group].push_back({group, q.value(1).toString(), q.value(2).toString()});
    }
    for (auto &[group, cells] : byGroup)
        world.registers.emplace_back(group, std::move(cells));
}

void readNoteTexts(const Database &db, LoadWorld &world)
{
    SqlQuery q(db,
        QStringLiteral("SELECT text FROM notes WHERE addendum_to IS NULL AND kind = "
                       "'session' ORDER BY seq DESC LIMIT %1")
            .arg(sampledNoteTexts));
    q.exec();
    while (q.next())
        world.noteTexts << q.value(0).toString();
    if (world.noteTexts.isEmpty())
        world.noteTexts << QStringLiteral("Samtale om ugens forløb og næste skridt i planen.");
}

} // namespace

QDate latestDoseDay(const Database &db)
{
    return dateFrom(SqlQuery(db, QStringLiteral("SELECT max(date) FROM dispensings")).scalar());
}

LoadWorld loadWorld(const Database &db, const QDate &firstDay, quint32 seed)
{
    std::mt19937 rng(seed);
    LoadWorld world;
    world.firstDay = firstDay;
    for (StaffMember &member : StaffRepository(db).all()) {
        if (member.active) world.staff.push_back(std::move(member));
    }
    readClients(db, world, rng);
    readCourses(db, world);
    readRegisters(db, world);
    readNoteTexts(db, world);
    return world;
}

} // namespace mestring::load
