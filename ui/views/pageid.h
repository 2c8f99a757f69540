#pragma once

#include <QIcon>
#include <QString>

#include "core/services/actor.h"

namespace mestring::ui {

/// The main window's pages, in navigation order (Ctrl+1 .. Ctrl+8 follow it). Visitation came
/// last, so the shortcuts staff had learnt stayed where they were.
enum class PageId {
    Overview,
    Clients,
    Calendar,
    Groups,
    Medication,
    Reports,
    Administration,
    Intake
};
inline constexpr int pageCount = 8;

QString pageTitle(PageId page);
QIcon pageIcon(PageId page);
/// Whether the actor's role may open the page at all; the navigation greys out the rest so
/// nobody meets a page that would only refuse them.
bool pageAllowed(PageId page, const core::Actor &actor);

} // namespace mestring::ui
