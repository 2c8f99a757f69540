#pragma once

#include <QString>

#include "core/services/actor.h"

class QWidget;

namespace mestring::ui {

/// "You have no access to the journal (your role: administrative staff)." for a tab or a
/// button the role may not use; `what` names it ("the journal").
QString noAccessText(const core::Actor &actor, const QString &what);

/// "As intake officer you may read here, but not write." for tabs a role may read only.
QString readOnlyText(const core::Actor &actor);

/// A page in place of a record tab the role may not open: it says so, in case it is shown.
QWidget *makeNoAccessPage(const QString &text, QWidget *parent);

} // namespace mestring::ui
