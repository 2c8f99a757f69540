#pragma once

class QLineEdit;
class QString;
class QTableView;

namespace mestring::ui {

/// The width at which `edit` shows `text` whole (the style's frame, the field's text margins
/// and QLineEdit's own 2 pixels each side), so a translated placeholder is never cut off.
int widthShowing(const QLineEdit *edit, const QString &text);

/// Widens each column of `table` that keeps the width it was given (not stretched, not sized
/// to contents) to at least what the header needs to draw its title whole. Call it after
/// the model is set and the columns have their widths: a Danish title is often longer than
/// the width chosen for the English one.
void fitColumnsToTitles(QTableView *table);

} // namespace mestring::ui
