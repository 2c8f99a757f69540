#include "staffsession.h"

#include <thread>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include "acklog.h"
#include "core/services/serviceerrors.h"
#include "core/services/serviceset.h"
#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "dispensinground.h"
#include "loadoptions.h"
#include "loadstats.h"
#include "loadworld.h"
#include "runcontext.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

// Each part's mix of operations, as weights (docs/scaling.md says why).
struct Weighted
{
    Operation operation;
    int weight;
};

const std::vector<Weighted> &mixOf(Part part)
{
    static const std::vector<Weighted> dispensing {{Operation::RecordDose, 55},
        {Operation::DispensingList, 10}, {Operation::Search, 15}, {Operation::OpenClient, 20}};
    static const std::vector<Weighted> therapy {{Operation::Search, 30},
        {Operation::OpenClient, 30}, {Operation::WriteNote, 25}, {Operation::MarkAttendance, 15}};
    static const std::vector<Weighted> coordination {
        {Operation::Report, 30}, {Operation::Search, 35}, {Operation::OpenClient, 35}};
    static const std::vector<Weighted> intake {
        {Operation::Search, 50}, {Operation::OpenClient, 50}};
    switch (part) {
    case Part::Dispensing:
        return dispensing;
    case Part::Therapy:
        return therapy;
    case Part::Coordination:
        return coordination;
    case Part::Intake:
        break;
    }
    return intake;
}

template <typename T> const T &pick(const std::vector<T> &items, std::mt19937 &rng)
{
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

QString pick(const QStringList &items, std::mt19937 &rng)
{
    return items[std::uniform_int_distribution<qsizetype>(0, items.size() - 1)(rng)];
}

} // namespace

StaffSession::StaffSession(SessionSpec spec, RunContext &run)
    : m_spec(std::move(spec))
    , m_run(run)
    , m_actor(Actor::fromStaff(m_spec.staff))
    , m_rng(run.options.seed * 1000 + quint32(m_spec.index))
{
}

StaffSession::~StaffSession() = default;

void StaffSession::run()
{
    // People do not all sit down at the same second.
    think(std::uniform_int_distribution<int>(0, m_run.options.thinkMaxMs)(m_rng));
    try {
        connect();
    } catch (const std::exception &e) {
        m_run.stats.failedElsewhere(QStringLiteral("session %1 (%2) could not connect: %3")
                                        .arg(m_spec.index)
                                        .arg(m_spec.location.user(), QString::fromUtf8(e.what())));
        --m_run.busy;
        return;
    }
    ++m_run.connected;
    work();
    --m_run.busy;
    while (!m_run.mayClose)
        think(50);
    m_feed.reset();
    m_services.reset();
    m_db.reset();
}

void StaffSession::connect()
{
    m_db = std::make_unique<Database>(
        QStringLiteral("load-") + QUuid::createUuid().toString(QUuid::Id128));
    m_db->open(m_spec.location, Database::OpenMode::MustExist);
    m_services = std::make_unique<ServiceSet>(*m_db);
    if (m_run.options.changeFeeds) {
        auto feed = std::make_unique<ChangeFeed>(*m_db);
        QObject::connect(feed.get(), &ChangeFeed::changed, [this] { ++m_run.notifications; });
        m_feed = std::move(feed);
    }
}

void StaffSession::work()
{
    const LoadOptions &o = m_run.options;
    while (!m_run.stop) {
        switch (choose()) {
        case Operation::Search:
            search();
            break;
        case Operation::OpenClient:
            openClient();
            break;
        case Operation::WriteNote:
            writeNote();
            break;
        case Operation::MarkAttendance:
            markAttendance();
            break;
        case Operation::RecordDose:
            recordDose();
            break;
        case Operation::DispensingList:
            dispensingList();
            break;
        case Operation::Report:
            report();
            break;
        case Operation::Count:
            break;
        }
        think(std::uniform_int_distribution<int>(o.thinkMinMs, o.thinkMaxMs)(m_rng));
    }
}

Operation StaffSession::choose()
{
    const std::vector<Weighted> &mix = mixOf(m_spec.part);
    int total = 0;
    for (const Weighted &w : mix)
        total += w.weight;
    int at = std::uniform_int_distribution<int>(0, total - 1)(m_rng);
    for (const Weighted &w : mix) {
        if (at < w.weight) return w.operation;
        at -= w.weight;
    }
    return mix.back().operation;
}

void StaffSession::think(int ms)
{
    // An event loop, so the change feed's announcements arrive as they would in the program.
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool StaffSession::chance(double percent)
{
    return std::uniform_real_distribution<double>(0, 100)(m_rng) < percent;
}

bool StaffSession::timed(Operation operation, const QDateTime &now,
    const std::function<void()> &call, const QString &refusal)
{
    m_services->clock.set(now);
    QElapsedTimer timer;
    timer.start();
    const auto elapsedMs = [&] { return double(timer.nsecsElapsed()) / 1e6; };
    try {
        call();
        m_run.stats.done(operation, elapsedMs());
        return true;
    } catch (const RuleViolation &refused) {
        const QString field = refused.issues().empty() ? QString() : refused.issues().front().path;
        m_run.stats.refused(operation, elapsedMs(),
            (refusal.isEmpty() ? QStringLiteral("refused") : refusal) + QStringLiteral(" (") + field
                + QLatin1Char(')'));
    } catch (const std::exception &e) {
        m_run.stats.failed(operation,
            QStringLiteral("%1 %2: %3")
                .arg(partName(m_spec.part), m_spec.staff.id, QString::fromUtf8(e.what())));
    }
    return false;
}

void StaffSession::search()
{
    const QString text = pick(m_run.world.searchTexts, m_rng);
    timed(Operation::Search, m_run.day.now(), [&] {
        m_lastHits.clear();
        for (const Client &c : m_services->clients.search(m_actor, text, 0, 200))
            m_lastHits << c.id;
    });
}

void StaffSession::openClient()
{
    const QString id = pick(m_lastHits.isEmpty() ? m_run.world.clients : m_lastHits, m_rng);
    timed(Operation::OpenClient, m_run.day.now(), [&] {
        m_services->clients.get(m_actor, id);
        try {
            m_services->courses.forClient(m_actor, id);
            m_services->staff.list(m_actor, true);
        } catch (const PermissionDenied &) {
            // As the GUI: the master data is still theirs to see.
        }
    });
}

void StaffSession::writeNote()
{
    if (m_spec.caseload.empty()) return openClient();
    const OpenCourse &course = pick(m_spec.caseload, m_rng);
    JournalNote note;
    note.client = course.client;
    note.course = course.id;
    note.kind = NoteKind::Session;
    note.text = pick(m_run.world.noteTexts, m_rng);
    timed(Operation::WriteNote, m_run.day.now(), [&] {
        note.id = m_services->notes.write(m_actor, note).id;
        note.author = m_actor.staffId;
        note.writtenAt = m_services->clock.now();
        note.text = note.text.trimmed();
        m_run.acks.note(note);
    });
}

void StaffSession::markAttendance()
{
    if (m_spec.cells.empty()) return writeNote();
    const AttendanceCell &cell = pick(m_spec.cells, m_rng);
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_rng);
    const AttendanceStatus status = roll < 80 ? AttendanceStatus::Attended
        : roll < 95                           ? AttendanceStatus::NoShow
                                              : AttendanceStatus::CancelledClient;
    bool answered = false;
    const bool done = timed(
        Operation::MarkAttendance, m_run.day.now(),
        [&] {
            try {
                m_services->groups.recordAttendance(
                    m_actor, cell.group, cell.session, cell.course, status);
            } catch (const RuleViolation &) {
                answered = true;
                throw;
            }
            m_run.acks.mark(cell, status);
        },
        QStringLiteral("attendance refused"));
    if (!done && !answered) m_run.acks.markFailed(cell);
}

void StaffSession::dispensingList()
{
    const QDate day = m_run.day.day();
    timed(Operation::DispensingList, m_run.day.now(),
        [&] { m_services->dispensings.dayList(m_actor, day); });
}

void StaffSession::report()
{
    const int year = m_run.day.day().year() - 1;
    timed(Operation::Report, m_run.day.now(),
        [&] { m_services->reports.effectReport(m_actor, QDate(year, 1, 1), QDate(year, 12, 31)); });
}

} // namespace mestring::load
