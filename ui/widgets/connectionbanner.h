#pragma once

#include <QLabel>

namespace mestring::core {
class ChangeFeed;
class Clock;
} // namespace mestring::core

namespace mestring::ui {

/// The line above every page that says, while the server is away (restarted, the network
/// dropped, the session ended), since when, that Mestring connects again by itself and that
/// what is typed stays; and, for a while, that it is back. Hidden otherwise and on a file.
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    ConnectionBanner(core::ChangeFeed *feed, const core::Clock &clock, QWidget *parent = nullptr);

private:
    void reachableChanged(bool reachable);

    const core::Clock &m_clock;
    bool m_away = false;
};

} // namespace mestring::ui
