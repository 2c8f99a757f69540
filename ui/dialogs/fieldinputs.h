#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "core/domain/ruleissue.h"

class QComboBox;
class QDialog;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace mestring::ui {

class DateField;

/// A 0-4 score chooser showing each value's words (`title(value)`); with `noneText`, a first
/// entry for no score.
QComboBox *makeScoreCombo(QWidget *parent, std::optional<int> value,
    const std::function<QString(int)> &title, const QString &noneText = {});
std::optional<int> scoreOf(const QComboBox *combo);

/// A number field from `min` to `max` whose lowest position shows `noneText` (not asked).
QSpinBox *makeOptionalSpin(
    QWidget *parent, std::optional<int> value, int min, int max, const QString &noneText);
std::optional<int> valueOf(const QSpinBox *spin);

/// Adds to `issues` a refusal at `path` when `field` holds text that is not a date, or is
/// empty although `required`. Core never sees a half-typed date.
void checkDateField(
    const DateField *field, const QString &path, bool required, core::RuleIssues &issues);

/// Sizes `dialog` to `width` and the height its wrapped labels need at that width.
void fitToWidth(QDialog *dialog, int width);
/// Makes `window` as tall as its wrapped messages need at its width (it never shrinks under
/// the user's hands): a layout's minimum does not know the height of wrapped text.
void growToFit(QWidget *window);

/// Stops `edit` at `maxLength` characters (core's limit for the field, core/domain/rules/
/// textlimits.h): typing or pasting beyond it is cut off, as QLineEdit::setMaxLength does.
void limitLength(QPlainTextEdit *edit, int maxLength);

/// Shows `notice` (a rule's warning, e.g. the register's merge notice) in `label`, or hides
/// the label when there is none.
/// `text` with an Alt letter that no label or button in `window` uses yet: the first free
/// letter that starts a word, else any free letter; `text` unchanged when none is free. For
/// labels made from shared titles (the life areas), which carry no letter of their own.
QString withFreeMnemonic(const QWidget *window, const QString &text);

void showMergeNotice(QLabel *label, const std::optional<core::RuleIssue> &notice);

} // namespace mestring::ui
