#include "layoutchecks.h"

#include <algorithm>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTest>

namespace mestring::test {

namespace {

bool shown(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && widget->isVisible();
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

void checkLabel(QLabel *label, QStringList &clipped)
{
    if (label->text().isEmpty() || !label->pixmap().isNull()) return;
    if (label->wordWrap()) {
        if (label->heightForWidth(label->width()) > label->height() + 1)
            clipped << QStringLiteral("wrapped label cut off below: ") + plain(label->text());
    } else if (label->sizeHint().width() > label->width() + 1) {
        clipped << QStringLiteral("label: ") + plain(label->text());
    }
}

void checkButton(QAbstractButton *button, QStringList &clipped)
{
    if (button->text().isEmpty()) return;
    if (button->sizeHint().width() > button->width() + 1)
        clipped << QStringLiteral("button: ") + plain(button->text());
}

void checkLineEdit(QLineEdit *edit, QStringList &clipped)
{
    const QString shownText = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    if (shownText.isEmpty() || edit->echoMode() != QLineEdit::Normal) return;
    // Where QLineEdit draws its text: the style's contents rectangle less the text margins and
    // its own 2 pixels each side.
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    const QRect contents
        = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const int room = contents.width() - edit->textMargins().left() - edit->textMargins().right()
        - 2 * 2;
    if (edit->fontMetrics().horizontalAdvance(shownText) > room)
        clipped << (edit->text().isEmpty() ? QStringLiteral("placeholder: ")
                                           : QStringLiteral("field text: "))
                + shownText;
}

void checkCombo(QComboBox *combo, QStringList &clipped)
{
    if (combo->currentText().isEmpty() || combo->isEditable()) return;
    // Where the style draws the current entry, between the frame and the arrow.
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = combo->currentText();
    option.frame = combo->hasFrame();
    const QRect field = combo->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    if (combo->fontMetrics().horizontalAdvance(combo->currentText()) > field.width())
        clipped << QStringLiteral("drop-down: ") + combo->currentText();
}

void checkHeader(QTableView *table, QStringList &clipped)
{
    QHeaderView *header = table->horizontalHeader();
    if (!header->isVisible()) return;
    const QAbstractItemModel *model = table->model();
    if (!model) return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section)) continue;
        const bool stretched
            = header->stretchLastSection() && header->visualIndex(section) == header->count() - 1;
        const QString title = model->headerData(section, Qt::Horizontal).toString();
        // A little air beyond the title, but never more than Qt's own size for the section:
        // the header hint (style margins, bold font, sort arrow) is where Qt draws the title
        // whole, and what it gives a column sized to its contents, so demanding more than it
        // would flag columns that show their titles whole (a short title such as "Slut").
        const int needed = std::min(
            header->fontMetrics().horizontalAdvance(title.section(u'\n', 0, 0)) + 10,
            header->sectionSizeHint(section));
        if (!stretched && needed > header->sectionSize(section))
            clipped << QStringLiteral("column title: ") + title;
    }
}

} // namespace

QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget, root)) continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, clipped);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, clipped);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget); edit
                 && !edit->parentWidget()->inherits("QAbstractSpinBox")
                 && !edit->parentWidget()->inherits("QComboBox"))
            checkLineEdit(edit, clipped);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo, clipped);
        else if (auto *table = qobject_cast<QTableView *>(widget))
            checkHeader(table, clipped);
    }
    return clipped;
}

namespace {

// A check box among others in one labelled row (the life areas, the substances): the row's
// label takes Alt to its first box and Tab goes on through the row, so the boxes need no
// letters of their own (eight of them would use up the dialog's letters).
bool inCheckBoxRow(const QAbstractButton *button)
{
    if (!qobject_cast<const QCheckBox *>(button) || !button->parentWidget()) return false;
    return button->parentWidget()->findChildren<QCheckBox *>(Qt::FindDirectChildrenOnly).size()
        > 1;
}

} // namespace

QStringList mnemonicProblems(QWidget *root)
{
    QMap<QChar, QStringList> used;
    QStringList problems;
    const auto note = [&](const QString &text, bool needed) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size()) {
            if (needed) problems << QStringLiteral("no mnemonic: ") + text;
            return;
        }
        used[text.at(at + 1).toLower()] << text;
    };
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget, root)) continue;
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && label->buddy() && (label->buddy()->focusPolicy() & Qt::TabFocus))
            note(label->text(), label->buddy()->isEnabled());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget);
                 button && !button->text().isEmpty() && button->focusPolicy() != Qt::NoFocus)
            note(button->text(), button->isEnabled() && !inCheckBoxRow(button));
    }
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it->size() > 1)
            problems
                << QStringLiteral("%1 used by %2").arg(it.key(), it->join(QStringLiteral(", ")));
    }
    return problems;
}

QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget, root) || !widget->isEnabled()
            || (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        bool inner = false;
        for (QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
            if ((up->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) inner = true;
        }
        if (!inner) stops << widget;
    }
    return stops;
}

QList<QWidget *> walkTabs(QWidget *root, int maxPresses)
{
    const QList<QWidget *> stops = tabStops(root);
    const auto stopOf = [&](QWidget *focus) -> QWidget * {
        for (QWidget *w = focus; w && w != root; w = w->parentWidget()) {
            if (stops.contains(w)) return w;
        }
        return nullptr;
    };
    QList<QWidget *> passed;
    QWidget *first = stopOf(QApplication::focusWidget());
    if (first) passed << first;
    for (int i = 0; i < maxPresses; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *stop = stopOf(QApplication::focusWidget());
        if (!stop || stop == first) break;
        if (passed.isEmpty() || passed.last() != stop) passed << stop;
    }
    return passed;
}

} // namespace mestring::test
