#include "demogroups.h"

#include <algorithm>

#include "core/demo/democourses.h"

namespace mestring::core::demo {

namespace {

struct GroupSpec
{
    GroupType type;
    const char16_t *name;
    int capacity;
    bool rolling;
    int sessions; // fixed groups: number of weekly sessions
    int cycleWeeks; // fixed groups: a new group this often
    int weekday;
    QTime start;
    int weeksRunning; // fixed groups: how long the current one has run
};

const std::vector<GroupSpec> &specs()
{
    static const std::vector<GroupSpec> list = {
        {GroupType::Psychoeducation, u"BASIS", 10, false, 8, 13, 2, QTime(10, 0), 3},
        {GroupType::Motivation, u"Motivationsgruppe", 8, true, 0, 0, 1, QTime(13, 0), 0},
        {GroupType::Cbt, u"KAT-gruppe", 8, false, 10, 26, 3, QTime(13, 0), 5},
        {GroupType::Mindfulness, u"Mindfulness", 10, false, 8, 26, 4, QTime(14, 0), 2},
        {GroupType::ThemeMorning, u"Temaformiddag", 15, true, 0, 0, 5, QTime(10, 0), 0},
        {GroupType::LifeSkills, u"Livsmestring", 10, true, 0, 0, 3, QTime(10, 0), 0},
        {GroupType::Relatives, u"Pårørendegruppe", 12, false, 6, 26, 2, QTime(16, 30), 1},
    };
    return list;
}

const std::vector<QString> &topics(GroupType type)
{
    auto list = [](std::initializer_list<const char16_t *> words) {
        std::vector<QString> out;
        for (const char16_t *w : words)
            out.push_back(QString::fromUtf16(w));
        return out;
    };
    static const std::vector<std::vector<QString>> all = {
        list({u"Hvad er afhængighed?", u"Trang og triggere", u"Rusmidler og kroppen",
            u"Følelser og rusmidler", u"Tilbagefald", u"Relationer og netværk", u"Søvn og kost",
            u"Min handleplan"}),
        list({u"Fordele og ulemper", u"Mine værdier", u"Hvor er jeg nu?", u"Små skridt"}),
        list({u"Tanker, følelser og handlinger", u"Automatiske tanker", u"Højrisikosituationer",
            u"Problemløsning", u"At sige nej", u"Tankefælder", u"Adfærdseksperimenter",
            u"Vedligeholdelse", u"Opsamling", u"Afslutning"}),
        list({u"Opmærksomt nærvær", u"Kropsscanning", u"Åndedrættet", u"Trangsurfing",
            u"Svære følelser", u"Venlighed mod sig selv", u"Hverdagsmindfulness", u"Afslutning"}),
        list({u"Sund kost", u"Tandpleje", u"Økonomi og budget", u"Hepatitis C", u"Søvn", u"Motion",
            u"Medicin og bivirkninger"}),
        list({u"Struktur i hverdagen", u"Bolig og økonomi", u"Fritid og netværk",
            u"Job og uddannelse", u"Kontakt til myndigheder"}),
        list({u"At være pårørende", u"Medafhængighed", u"Børn i familier med rusmidler",
            u"Grænser og omsorg for sig selv", u"Kommunikation", u"Afslutning"}),
    };
    return all[std::size_t(type)];
}

bool eligible(const DemoContext &ctx, std::size_t i, GroupType type)
{
    const Course &course = ctx.data.courses[i];
    const CourseInfo &info = ctx.courses[i];
    if (course.startDate.isNull() || course.setting == Setting::Residential
        || info.profile == Profile::AdviceOnly)
        return false;
    if (type == GroupType::ThemeMorning)
        return isMedical(course) && course.primarySubstance == Substance::Opioids;
    if (type == GroupType::Relatives)
        return course.program == Program::Family || ctx.clients[std::size_t(info.client)].children;
    return !isMedical(course) || type == GroupType::LifeSkills;
}

/// Builds one group and its members; `first`..`last` are its session dates.
class GroupBuilder
{
public:
    GroupBuilder(DemoContext &ctx, DemoRandom &rng, const GroupSpec &spec,
        const std::vector<int> &candidates, std::vector<QDate> &busyUntil)
        : m_ctx(ctx)
        , m_rng(rng)
        , m_spec(spec)
        , m_candidates(candidates)
        , m_busyUntil(busyUntil)
    {
    }

    void build(const QString &name, const std::vector<QDate> &dates);

private:
    bool activeThrough(int course, const QDate &from, const QDate &to) const;
    int findCandidate(const QDate &on, const QDate &through);
    void addMember(int course, const QDate &from, QDate to);
    void fixedMembers(const std::vector<QDate> &dates);
    void rollingMembers(const std::vector<QDate> &dates);
    void waitingList(const std::vector<QDate> &dates);
    void attendance();

    DemoContext &m_ctx;
    DemoRandom &m_rng;
    const GroupSpec &m_spec;
    const std::vector<int> &m_candidates;
    std::vector<QDate> &m_busyUntil; // per course: member of this type of group until
    GroupCourse m_group;
    std::vector<int> m_memberCourses;
};

bool GroupBuilder::activeThrough(int course, const QDate &from, const QDate &to) const
{
    const Course &c = m_ctx.data.courses[std::size_t(course)];
    return c.startDate <= from && (c.endDate.isNull() || c.endDate >= to)
        && (m_busyUntil[std::size_t(course)].isNull() || m_busyUntil[std::size_t(course)] < from);
}

int GroupBuilder::findCandidate(const QDate &on, const QDate &through)
{
    if (m_candidates.empty()) return -1;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const int course
            = m_candidates[std::size_t(m_rng.uniform(0, int(m_candidates.size()) - 1))];
        // A client is in a group once, even with an alcohol and a drug course at the same time.
        const QString &client = m_ctx.data.courses[std::size_t(course)].client;
        const bool clientIn = std::any_of(m_memberCourses.begin(), m_memberCourses.end(),
            [&](int other) { return m_ctx.data.courses[std::size_t(other)].client == client; });
        if (activeThrough(course, on, through) && !clientIn) return course;
    }
    return -1;
}

void GroupBuilder::addMember(int course, const QDate &from, QDate to)
{
    const Course &c = m_ctx.data.courses[std::size_t(course)];
    if (c.endDate.isValid()) to = minDate(to, c.endDate);
    m_group.members.push_back({c.id, maxDate(from, c.startDate), to});
    m_memberCourses.push_back(course);
    m_busyUntil[std::size_t(course)] = to.isNull() ? QDate(9999, 12, 31) : to;
}

void GroupBuilder::fixedMembers(const std::vector<QDate> &dates)
{
    const QDate first = dates.front();
    const QDate last = dates.back();
    const bool running = last >= m_ctx.today;
    const int wanted
        = running ? m_spec.capacity : m_rng.uniform(m_spec.capacity * 6 / 10, m_spec.capacity);
    for (int n = 0; n < wanted; ++n) {
        const int course = findCandidate(first, first.addDays(14));
        if (course < 0) break;
        QDate to = running ? QDate() : last;
        if (m_rng.chance(120)) // left the group early
            to = dates[std::size_t(m_rng.uniform(1, int(dates.size()) - 1))];
        if (to.isValid() && to >= m_ctx.today) to = QDate();
        addMember(course, first.addDays(-m_rng.uniform(0, 14)), to);
    }
}

void GroupBuilder::rollingMembers(const std::vector<QDate> &dates)
{
    const bool current = dates.back() >= m_ctx.today;
    for (const QDate &s : dates) {
        int present = 0;
        for (const GroupMember &m : m_group.members)
            present += (m.from <= s && (m.to.isNull() || m.to >= s)) ? 1 : 0;
        const bool fill = current && s >= m_ctx.today.addDays(-28) && s <= m_ctx.today;
        for (; present < m_spec.capacity && (fill || m_rng.chance(350)); ++present) {
            const int course = findCandidate(s, s);
            if (course < 0) break;
            QDate to = s.addDays(7 * m_rng.uniform(6, 20));
            if (to >= dates.back()) to = dates.back();
            if (to >= m_ctx.today) to = QDate();
            addMember(course, s.addDays(-m_rng.uniform(0, 6)), to);
            if (!fill) break;
        }
    }
}

void GroupBuilder::waitingList(const std::vector<QDate> &dates)
{
    std::vector<WaitingEntry> waiting;
    const int count = m_rng.uniform(2, 5);
    for (int n = 0; n < count; ++n) {
        const int course = findCandidate(m_ctx.today, m_ctx.today);
        if (course < 0) break;
        const Course &c = m_ctx.data.courses[std::size_t(course)];
        if (c.endDate.isValid()) continue;
        m_memberCourses.push_back(course); // not twice on the list
        const QDate earliest = maxDate(c.startDate, dates.front().addDays(-40));
        const int span = std::max(0, int(earliest.daysTo(m_ctx.today)));
        waiting.push_back({c.id, earliest.addDays(m_rng.uniform(0, span))});
    }
    std::stable_sort(waiting.begin(), waiting.end(),
        [](const WaitingEntry &a, const WaitingEntry &b) { return a.askedOn < b.askedOn; });
    m_group.waiting = std::move(waiting);
}

void GroupBuilder::attendance()
{
    for (const GroupSession &s : m_group.sessions) {
        if (s.date >= m_ctx.today) continue;
        for (std::size_t i = 0; i < m_group.members.size(); ++i) {
            const GroupMember &m = m_group.members[i];
            if (s.date < m.from || (m.to.isValid() && s.date > m.to)) continue;
            const int client = m_ctx.courses[std::size_t(m_memberCourses[i])].client;
            const AttendanceStatus status = m_ctx.clients[std::size_t(client)].absentOn(s.date)
                ? AttendanceStatus::CancelledClient
                : AttendanceStatus(m_rng.weighted({75, 15, 10}));
            m_group.attendance.push_back({s.id, m.course, status});
        }
    }
}

void GroupBuilder::build(const QString &name, const std::vector<QDate> &dates)
{
    m_group.id = m_ctx.nextId(IdKind::Group);
    m_group.name = name;
    m_group.type = m_spec.type;
    m_group.capacity = m_spec.capacity;
    m_group.rolling = m_spec.rolling;
    const std::vector<QString> &topicList = topics(m_spec.type);
    for (std::size_t i = 0; i < dates.size(); ++i)
        m_group.sessions.push_back({m_ctx.nextId(IdKind::Session), dates[i], m_spec.start,
            topicList[i % topicList.size()]});
    const int leader = m_spec.type == GroupType::Relatives
        ? m_ctx.randomStaff(m_ctx.familyTherapists, m_rng)
        : m_spec.type == GroupType::ThemeMorning ? m_ctx.randomStaff(m_ctx.nurses, m_rng)
                                                 : m_ctx.randomStaff(m_ctx.therapists, m_rng);
    m_group.leaders.push_back(m_ctx.staffId(leader));
    if (m_rng.chance(500) || m_spec.type == GroupType::ThemeMorning) {
        const QString &second = m_ctx.staffId(m_ctx.randomStaff(m_ctx.therapists, m_rng));
        if (second != m_group.leaders.front()) m_group.leaders.push_back(second);
    }
    m_memberCourses.clear();
    m_spec.rolling ? rollingMembers(dates) : fixedMembers(dates);
    const std::size_t members = m_group.members.size();
    if (dates.back() >= m_ctx.today && dates.front() <= m_ctx.today.addDays(35)) waitingList(dates);
    m_memberCourses.resize(members);
    attendance();
    m_ctx.data.groups.push_back(std::move(m_group));
}

QDate firstWeekday(const QDate &from, int weekday)
{
    return from.addDays((weekday - from.dayOfWeek() + 7) % 7);
}

QString seasonName(const GroupSpec &spec, const QDate &first, int hold, int holds)
{
    QString name = QString::fromUtf16(spec.name) + QLatin1Char(' ')
        + (first.month() <= 6        ? QString::fromUtf8("forår ")
                : first.month() <= 8 ? QStringLiteral("sommer ")
                                     : QString::fromUtf8("efterår "))
        + QString::number(first.year()) + QStringLiteral(" (uge %1)").arg(first.weekNumber());
    if (holds > 1) name += QStringLiteral(", hold ") + QLatin1Char(char('A' + hold));
    return name;
}

void addType(DemoContext &ctx, DemoRandom &rng, const GroupSpec &spec)
{
    std::vector<int> candidates;
    for (std::size_t i = 0; i < ctx.data.courses.size(); ++i) {
        if (eligible(ctx, i, spec.type)) candidates.push_back(int(i));
    }
    std::vector<QDate> busyUntil(ctx.data.courses.size());
    const int holds = ctx.params.parallelGroups;
    const QDate horizon = ctx.today.addDays(35);
    if (!spec.rolling) {
        // Cycles are counted back from one that began a few weeks ago, so one is running now.
        const QDate anchor = firstWeekday(ctx.today.addDays(-7 * spec.weeksRunning), spec.weekday);
        QDate start = anchor;
        while (start.addDays(-7 * spec.cycleWeeks) >= ctx.spanStart.addDays(14))
            start = start.addDays(-7 * spec.cycleWeeks);
        for (QDate first = start; first <= horizon; first = first.addDays(7 * spec.cycleWeeks)) {
            std::vector<QDate> dates;
            for (int s = 0; s < spec.sessions; ++s)
                dates.push_back(first.addDays(7 * s));
            for (int h = 0; h < holds; ++h)
                GroupBuilder(ctx, rng, spec, candidates, busyUntil)
                    .build(seasonName(spec, first, h, holds), dates);
        }
        return;
    }
    for (int year = ctx.spanStart.year(); year <= ctx.today.year(); ++year) {
        std::vector<QDate> dates;
        const QDate from
            = firstWeekday(maxDate(QDate(year, 1, 8), ctx.spanStart.addDays(14)), spec.weekday);
        for (QDate d = from; d.year() == year && d <= maxDate(horizon, QDate(year, 12, 20));
             d = d.addDays(7)) {
            if (d.weekNumber() < 28 || d.weekNumber() > 31) // summer break
                dates.push_back(d);
        }
        for (int h = 0; h < holds && !dates.empty(); ++h) {
            QString name = QString::fromUtf16(spec.name) + QLatin1Char(' ') + QString::number(year);
            if (holds > 1) name += QStringLiteral(", hold ") + QLatin1Char(char('A' + h));
            GroupBuilder(ctx, rng, spec, candidates, busyUntil).build(name, dates);
        }
    }
}

} // namespace

void addGroups(DemoContext &ctx)
{
    DemoRandom rng = ctx.root.fork(0x6a0f);
    for (const GroupSpec &spec : specs())
        addType(ctx, rng, spec);
}

} // namespace mestring::core::demo
