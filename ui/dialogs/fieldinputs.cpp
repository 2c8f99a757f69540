#include "fieldinputs.h"

#include <QShortcut>
#include <QLabel>

#include <algorithm>

#include <QAbstractButton>
#include <QSet>
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

QString withFreeMnemonic(const QWidget *window, const QString &text)
{
    QSet<QChar> used;
    const auto note = [&used](const QString &shown) {
        const qsizetype at = shown.indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < shown.size()) used.insert(shown.at(at + 1).toLower());
    };
    for (const QLabel *label : window->findChildren<QLabel *>())
        note(label->text());
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        note(button->text());
    const auto freeAt = [&](bool wordStart) -> qsizetype {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool starts = i == 0 || !text.at(i - 1).isLetter();
            if (text.at(i).isLetter() && (!wordStart || starts) && !used.contains(text.at(i).toLower()))
                return i;
        }
        return -1;
    };
    qsizetype at = freeAt(true);
    if (at < 0) at = freeAt(false);
    if (at < 0) return text;
    return text.left(at) + QLatin1Char('&') + text.mid(at);
}

void showMergeNotice(QLabel *label, const std::optional<core::RuleIssue> &notice)
{
    label->setVisible(notice.has_value());
    label->setText(notice ? notice->message : QString());
}

} // namespace mestring::ui
