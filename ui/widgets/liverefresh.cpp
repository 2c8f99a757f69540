#include "liverefresh.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

#include "core/storage/changefeed.h"

namespace mestring::ui {

LiveRefresh::LiveRefresh(core::ChangeFeed *feed, QWidget *page, QSet<QString> tables,
    std::function<void()> refresh, QAbstractItemView *list)
    : QObject(page)
    , m_page(page)
    , m_tables(std::move(tables))
    , m_refresh(std::move(refresh))
    , m_list(list)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveRefresh::run);
    page->installEventFilter(this);
    if (feed) connect(feed, &core::ChangeFeed::changed, this, &LiveRefresh::noticed);
}

void LiveRefresh::noticed(const QSet<QString> &tables)
{
    if (!tables.isEmpty() && !tables.intersects(m_tables)) return;
    if (!m_page->isVisible()) {
        m_stale = true;
        return;
    }
    if (m_timer.isActive()) return; // one refresh for every change until it runs
    const qint64 since = m_lastRun.isValid() ? m_lastRun.elapsed() : spacingMs;
    m_timer.start(int(std::max<qint64>(delayMs, spacingMs - since)));
}

void LiveRefresh::run()
{
    if (!m_page->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Spaced from the start of a refresh, so a change made while one reads waits for at most
    // the spacing and its own read (issue 17: shown in another PC's list within about 1 s).
    m_lastRun.start();
    const int vertical = m_list ? m_list->verticalScrollBar()->value() : 0;
    const int horizontal = m_list ? m_list->horizontalScrollBar()->value() : 0;
    m_refresh();
    if (m_list) {
        m_list->verticalScrollBar()->setValue(vertical);
        m_list->horizontalScrollBar()->setValue(horizontal);
    }
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale && !m_timer.isActive())
        m_timer.start(0);
    return QObject::eventFilter(watched, event);
}

} // namespace mestring::ui
