#pragma once

#include <QDate>

#include <functional>
#include <optional>

#include <QString>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QWidget;

namespace mestring::ui {

/// A date field in the Danish format with a calendar popup. An optional one shows `noneText`
/// (e.g. "none", "open-ended") at its lowest value, which dateOf() reads as no date.
QDateEdit *makeDateEdit(QWidget *parent, const QDate &value, const QString &noneText = {});
/// The date of a field made by makeDateEdit(); null when an optional field shows "none".
QDate dateOf(const QDateEdit *edit);

/// A 0-4 score chooser showing each value's words (`title(value)`); with `noneText`, a first
/// entry for no score.
QComboBox *makeScoreCombo(QWidget *parent, std::optional<int> value,
    const std::function<QString(int)> &title, const QString &noneText = {});
std::optional<int> scoreOf(const QComboBox *combo);

/// A number field from `min` to `max` whose lowest position shows `noneText` (not asked).
QSpinBox *makeOptionalSpin(
    QWidget *parent, std::optional<int> value, int min, int max, const QString &noneText);
std::optional<int> valueOf(const QSpinBox *spin);

} // namespace mestring::ui
