#include "livewatcher.h"

#include <algorithm>

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include "core/storage/livelisttables.h"
#include "core/services/serviceset.h"
#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "dispensinground.h"
#include "livelag.h"
#include "loadoptions.h"
#include "loadstats.h"
#include "runcontext.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

// After the sessions stopped: time for their last doses to show.
constexpr int graceMs = 3000;

} // namespace

LiveWatcher::LiveWatcher(DatabaseLocation location, Actor actor, RunContext &run)
    : m_location(std::move(location))
    , m_actor(std::move(actor))
    , m_run(run)
{
}

void LiveWatcher::run()
{
    try {
        Database db(QStringLiteral("watcher-") + QUuid::createUuid().toString(QUuid::Id128));
        db.open(m_location, Database::OpenMode::MustExist);
        ServiceSet services(db);
        ChangeFeed feed(db);
        QEventLoop loop;
        QTimer soon;
        soon.setSingleShot(true);
        QElapsedTimer lastRun;
        const QSet<QString> tables = core::livelisttables::dispensingList();
        // LiveRefresh's timing (ui/widgets/liverefresh.*) unless the options try another.
        const int delayMs = m_run.options.liveDelayMs;
        const int spacingMs = m_run.options.liveSpacingMs;
        const auto refresh = [&] {
            const QDate day = m_run.day.day();
            services.clock.set(m_run.day.now());
            lastRun.start(); // spaced from the start of a refresh, as LiveRefresh::run
            const auto readAt = std::chrono::steady_clock::now();
            try {
                const std::vector<DispensingListRow> rows
                    = services.dispensings.dayList(m_actor, day);
                const auto shownAt = std::chrono::steady_clock::now();
                m_listMs.push_back(
                    std::chrono::duration<double, std::milli>(shownAt - readAt).count());
                m_run.lag.shown(day, rows, readAt, shownAt);
            } catch (const std::exception &e) {
                m_run.stats.failedElsewhere(
                    QStringLiteral("watcher's list: ") + QString::fromUtf8(e.what()));
            }
        };
        QObject::connect(&soon, &QTimer::timeout, refresh);
        QObject::connect(&feed, &ChangeFeed::changed, [&](const QSet<QString> &changed) {
            ++m_announcements;
            if (!changed.isEmpty() && !changed.intersects(tables)) return;
            if (soon.isActive()) return; // one refresh for every change until it runs
            const qint64 since = lastRun.isValid() ? lastRun.elapsed() : spacingMs;
            soon.start(int(std::max<qint64>(delayMs, spacingMs - since)));
        });
        QElapsedTimer stopping;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (!m_run.stop) return;
            if (!stopping.isValid()) stopping.start();
            if (stopping.elapsed() > graceMs) loop.quit();
        });
        poll.start(100);
        refresh(); // the page opened
        loop.exec();
        --m_run.busy;
        while (!m_run.mayClose)
            QThread::msleep(50);
    } catch (const std::exception &e) {
        m_run.stats.failedElsewhere(QStringLiteral("watcher: ") + QString::fromUtf8(e.what()));
        --m_run.busy;
    }
}

} // namespace mestring::load
