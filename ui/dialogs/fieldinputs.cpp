#include "fieldinputs.h"

#include <QLabel>

#include <algorithm>

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLayout>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QSpinBox>

#include "ui/widgets/datefield.h"

namespace mestring::ui {

QComboBox *makeScoreCombo(QWidget *parent, std::optional<int> value,
    const std::function<QString(int)> &title, const QString &noneText)
{
    auto *combo = new QComboBox(parent);
    if (!noneText.isEmpty()) combo->addItem(noneText, QVariant());
    for (int score = 0; score <= 4; ++score)
        combo->addItem(title(score), score);
    const int index = value ? combo->findData(*value) : 0;
    combo->setCurrentIndex(index >= 0 ? index : 0);
    return combo;
}

std::optional<int> scoreOf(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
}

QSpinBox *makeOptionalSpin(
    QWidget *parent, std::optional<int> value, int min, int max, const QString &noneText)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(noneText);
    spin->setValue(value ? *value : min - 1);
    return spin;
}

std::optional<int> valueOf(const QSpinBox *spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
}

void checkDateField(
    const DateField *field, const QString &path, bool required, core::RuleIssues &issues)
{
    if (!field->isAcceptable()) {
        issues.push_back({core::RuleIssue::Severity::Error, path,
            QCoreApplication::translate("mestring", "Write the date as dd-mm-yyyy.")});
    } else if (required && !field->date().isValid()) {
        issues.push_back({core::RuleIssue::Severity::Error, path,
            QCoreApplication::translate("mestring", "Enter the date as dd-mm-yyyy.")});
    }
}

void fitToWidth(QDialog *dialog, int width)
{
    QLayout *layout = dialog->layout();
    dialog->resize(width, dialog->sizeHint().height());
    layout->activate();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    dialog->resize(width, std::max(height, dialog->sizeHint().height()));
}

void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height()) window->resize(window->width(), needed);
}

void limitLength(QPlainTextEdit *edit, int maxLength)
{
    edit->setProperty("maxLength", maxLength);
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, maxLength] {
        const QString text = edit->toPlainText();
        if (text.size() <= maxLength) return;
        const int position = std::min(edit->textCursor().position(), maxLength);
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text.left(maxLength));
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(position);
        edit->setTextCursor(cursor);
    });
}

} // namespace mestring::ui

namespace mestring::ui {

void showMergeNotice(QLabel *label, const std::optional<core::RuleIssue> &notice)
{
    label->setVisible(notice.has_value());
    label->setText(notice ? notice->message : QString());
}

} // namespace mestring::ui
