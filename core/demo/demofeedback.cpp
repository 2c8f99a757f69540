#include "demofeedback.h"

#include <algorithm>

#include "core/demo/demonames.h"
#include "core/domain/fitrating.h"
#include "core/domain/registry.h"

namespace mestring::core::demo {

namespace {

// Sub-streams of the demo's random generator, apart from the clients' own.
constexpr quint64 feedbackStream = 0xF17'0000;
constexpr quint64 waitingStream = 0xF17'1000;
constexpr quint64 registryStream = 0xF17'2000;

bool isTalk(AppointmentType type)
{
    return type == AppointmentType::Individual || type == AppointmentType::Family
        || type == AppointmentType::Video || type == AppointmentType::Outreach;
}

// Four items around a quarter of `total` tenths each, every one inside 0..100.
std::array<int, 4> itemsFor(DemoRandom &rng, int total)
{
    std::array<int, 4> items {};
    for (int &item : items)
        item = std::clamp(total / 4 + rng.uniform(-12, 12), 0, fit::itemMax);
    return items;
}

class FeedbackMaker
{
public:
    explicit FeedbackMaker(DemoContext &ctx)
        : m_ctx(ctx)
    {
    }

    void add(const QString &course, const QString &appointment, const QString &session,
        const QDate &day, FitScale scale, const std::array<int, 4> &items)
    {
        m_ctx.data.feedback.push_back({QStringLiteral("fb-%1").arg(++m_next), course, appointment,
            session, day, scale, items});
    }

private:
    DemoContext &m_ctx;
    int m_next = 0;
};

// One course's talks: an ORS that climbs (or not) and an SRS that is mostly high.
struct Trajectory
{
    int ors = 0;
    int gain = 0;
    int lowSrsPermille = 0;
};

Trajectory trajectoryFor(DemoRandom &rng)
{
    const bool responder = rng.chance(600);
    return {rng.uniform(120, 240), responder ? rng.uniform(4, 14) : rng.uniform(-6, 6),
        responder ? 80 : 220};
}

void rateSession(FeedbackMaker &maker, DemoRandom &rng, Trajectory &t, const QString &course,
    const QString &appointment, const QString &session, const QDate &day)
{
    t.ors = std::clamp(t.ors + t.gain + rng.uniform(-15, 15), 40, 345);
    if (rng.chance(920)) maker.add(course, appointment, session, day, FitScale::Ors, itemsFor(rng, t.ors));
    const int srs = rng.chance(t.lowSrsPermille) ? rng.uniform(250, 355) : rng.uniform(360, 400);
    if (rng.chance(900)) maker.add(course, appointment, session, day, FitScale::Srs, itemsFor(rng, srs));
}

} // namespace

void addFeedback(DemoContext &ctx)
{
    // Every session a course's client could rate: attended talks, and attended sessions of the
    // groups that use FIT. A client with two courses in one group rates a session once.
    struct Rated
    {
        QDate day;
        QString appointment;
        QString session;
    };
    Dataset &d = ctx.data;
    QHash<QString, std::vector<Rated>> sessionsOf;
    for (const Appointment &a : d.appointments) {
        if (isTalk(a.type) && a.status == AppointmentStatus::Attended && a.startDay() <= ctx.today)
            sessionsOf[a.course].push_back({a.startDay(), a.id, QString()});
    }
    QHash<QString, QString> clientOf;
    for (const Course &course : d.courses)
        clientOf.insert(course.id, course.client);
    QSet<QString> groupRated;
    for (const GroupCourse &group : d.groups) {
        if (group.type != GroupType::Cbt && group.type != GroupType::Motivation) continue;
        QHash<QString, QDate> sessionDay;
        for (const GroupSession &s : group.sessions)
            sessionDay.insert(s.id, s.date);
        for (const GroupAttendance &a : group.attendance) {
            const QDate day = sessionDay.value(a.session);
            const QString key = clientOf.value(a.course) + QLatin1Char('/') + a.session;
            if (a.status != AttendanceStatus::Attended || !day.isValid() || day > ctx.today
                || groupRated.contains(key))
                continue;
            groupRated.insert(key);
            sessionsOf[a.course].push_back({day, QString(), a.session});
        }
    }
    // About half the courses use FIT; each walks one trajectory through its sessions in order.
    FeedbackMaker maker(ctx);
    for (std::size_t c = 0; c < d.courses.size(); ++c) {
        DemoRandom rng = ctx.root.fork(feedbackStream + c);
        const auto found = sessionsOf.find(d.courses[c].id);
        if (found == sessionsOf.end() || !rng.chance(550)) continue;
        std::vector<Rated> &sessions = *found;
        std::stable_sort(sessions.begin(), sessions.end(),
            [](const Rated &a, const Rated &b) { return a.day < b.day; });
        Trajectory t = trajectoryFor(rng);
        for (const Rated &s : sessions)
            rateSession(maker, rng, t, d.courses[c].id, s.appointment, s.session, s.day);
    }
}

void addWaitingLists(DemoContext &ctx)
{
    DemoRandom rng = ctx.root.fork(waitingStream);
    const int relatives = std::clamp(int(ctx.data.clients.size()) / 8, 6, 40);
    int next = 0;
    const auto add = [&](IndividualOffer offer, int daysAgo, bool takenOff) {
        WaitingListEntry e;
        e.id = QStringLiteral("w-%1").arg(++next);
        e.offer = offer;
        const bool woman = rng.chance(650);
        const QString first = rng.pick(woman ? femaleFirstNames() : maleFirstNames());
        const QString relation = rng.pick(std::vector<QString> {QStringLiteral("mor"),
            QStringLiteral("far"), QStringLiteral("søster"), QStringLiteral("bror"),
            QStringLiteral("partner"), QStringLiteral("datter"), QStringLiteral("søn")});
        e.person = QStringLiteral("%1 %2 (%3), %4")
                       .arg(first, rng.pick(lastNames()), relation, makePhone(rng));
        e.askedOn = ctx.today.addDays(-daysAgo);
        if (rng.chance(300)) e.note = QStringLiteral("Kan kun komme om eftermiddagen");
        if (takenOff) {
            e.takenOff = e.askedOn.addDays(rng.uniform(1, std::max(1, daysAgo)));
            e.takenOffReason = WaitingTakenOffReason(rng.uniform(0, 2));
        }
        ctx.data.waitingLists.push_back(e);
    };
    for (int i = 0; i < relatives; ++i)
        add(IndividualOffer::Relatives, rng.uniform(1, 120), rng.chance(250));
    for (int i = 0; i < 3; ++i)
        add(IndividualOffer::Family, rng.uniform(5, 60), i == 0);
    add(IndividualOffer::Nada, rng.uniform(2, 20), false);
    // A client of the centre who asked for conversations with their family.
    const auto named = std::find_if(ctx.data.clients.begin(), ctx.data.clients.end(),
        [](const Client &c) { return !c.anonymous && !c.phone.isEmpty(); });
    if (named != ctx.data.clients.end()) {
        WaitingListEntry e;
        e.id = QStringLiteral("w-%1").arg(++next);
        e.offer = IndividualOffer::Relatives;
        e.client = named->id;
        e.askedOn = ctx.today.addDays(-rng.uniform(3, 40));
        e.note = QStringLiteral("Ønsker samtale sammen med sin søster");
        ctx.data.waitingLists.push_back(e);
    }
}

void addRegistryReports(DemoContext &ctx)
{
    DemoRandom rng = ctx.root.fork(registryStream);
    std::vector<QString> reporters;
    for (const StaffMember &member : ctx.data.staff) {
        if (member.role == Role::Intake && member.active) reporters.push_back(member.id);
    }
    if (reporters.empty()) return;
    QHash<QString, bool> anonymous;
    for (const Client &client : ctx.data.clients)
        anonymous.insert(client.id, client.anonymous);
    for (const Course &course : ctx.data.courses) {
        if (!registerOf(course, anonymous.value(course.client))) continue;
        for (const RegistryDue &due : registryEvents(course)) {
            if (due.happened > ctx.today) continue;
            const QDate deadline = due.deadline.isValid() ? due.deadline : ctx.today;
            // Long past: reported; lately: mostly; not yet due: now and then already.
            const int permille = deadline < ctx.today.addDays(-14) ? 1000
                : deadline < ctx.today                               ? 550
                                                                     : 250;
            if (!rng.chance(permille)) continue;
            const QDate last = std::min(deadline, ctx.today);
            const int span = int(std::max<qint64>(0, due.happened.daysTo(last)));
            ctx.data.registryReports.push_back({course.id, due.event,
                due.happened.addDays(rng.uniform(0, span)), rng.pick(reporters)});
        }
    }
}

} // namespace mestring::core::demo
