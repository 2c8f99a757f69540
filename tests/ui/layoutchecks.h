#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace mestring::test {

/// Texts a person cannot read whole in `root` as it is laid out now: labels, buttons and check
/// boxes narrower (or a wrapped label lower) than their text, placeholders wider than their
/// field, combo boxes cut through their current entry, table headers cut through their title.
/// Each as "what: the text" for the failure message; empty when everything fits.
QStringList clippedTexts(QWidget *root);

/// The mnemonic letters (after '&') of the labels, buttons and check boxes shown in `root`,
/// with the texts that use them more than once ("G: &Gem, &Gruppe"), and the shown buttons,
/// check boxes and labels with a buddy that have none.
QStringList mnemonicProblems(QWidget *root);

/// The widgets Tab stops at in `root` as a person sees it: shown, enabled, taking Tab, and not
/// inside another such widget (a spin box's own line edit is not another stop).
QList<QWidget *> tabStops(QWidget *root);

/// Presses Tab from the focus widget until the focus comes back, at most `maxPresses` times;
/// the stops (from tabStops) passed, in order, the first one included.
QList<QWidget *> walkTabs(QWidget *root, int maxPresses = 300);

} // namespace mestring::test
