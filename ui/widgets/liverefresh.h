#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QAbstractItemView;
class QWidget;

namespace mestring::core {
class ChangeFeed;
}

namespace mestring::ui {

/// Keeps a page's list up to date with what other PCs change (core::ChangeFeed, issue 17):
/// when one of `tables` changed (or the feed does not say which), `refresh` runs soon while the
/// page is shown, or when it is shown next. `list`, when given, keeps its scroll position over
/// the refresh (the page's refresh keeps its selection). Several changes close together cause
/// one refresh, and at most one a second.
class LiveRefresh : public QObject
{
    Q_OBJECT

public:
    LiveRefresh(core::ChangeFeed *feed, QWidget *page, QSet<QString> tables,
        std::function<void()> refresh, QAbstractItemView *list = nullptr);

    /// How long after a change the list refreshes at the soonest (ms).
    static constexpr int delayMs = 150;
    /// The least time between the starts of two refreshes (ms): the dispensing list of the
    /// large demo takes 0.3 s to read under load, so a change waits at most about 1 s.
    static constexpr int spacingMs = 700;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void noticed(const QSet<QString> &tables);
    void run();

    QWidget *m_page;
    const QSet<QString> m_tables;
    const std::function<void()> m_refresh;
    QAbstractItemView *m_list;
    QTimer m_timer;
    QElapsedTimer m_lastRun;
    bool m_stale = false; // changed while hidden
};

} // namespace mestring::ui
