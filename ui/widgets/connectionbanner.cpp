#include "connectionbanner.h"

#include <QTimer>

#include "core/domain/clock.h"
#include "core/storage/changefeed.h"

namespace mestring::ui {

namespace {

// How long "the connection is back" stays in view.
constexpr int backShownMs = 10000;

} // namespace

ConnectionBanner::ConnectionBanner(
    core::ChangeFeed *feed, const core::Clock &clock, QWidget *parent)
    : QLabel(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(8);
    setAccessibleName(tr("Connection to the server"));
    hide();
    if (feed) {
        connect(
            feed, &core::ChangeFeed::reachableChanged, this, &ConnectionBanner::reachableChanged);
    }
}

void ConnectionBanner::reachableChanged(bool reachable)
{
    const QString time = m_clock.now().time().toString(QStringLiteral("HH:mm"));
    if (reachable) {
        setStyleSheet(QStringLiteral("background: #e3f1e4; color: #1b4d20;"));
        setText(tr("The connection to the server is back (%1). Lists show the latest again.")
                    .arg(time));
        m_away = false;
        QTimer::singleShot(backShownMs, this, [this] {
            if (!m_away) hide();
        });
    } else {
        setStyleSheet(QStringLiteral("background: #fff0c2; color: #5c4200;"));
        setText(tr("No connection to the server since %1. Mestring connects again by itself as "
                   "soon as the server answers. What you type stays where it is; save when the "
                   "connection is back. Lists may not show the latest meanwhile.")
                    .arg(time));
        m_away = true;
    }
    show();
}

} // namespace mestring::ui
