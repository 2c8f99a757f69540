#include "textfit.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableView>

namespace mestring::ui {

int widthShowing(const QLineEdit *edit, const QString &text)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    const QMargins margins = edit->textMargins();
    // 2 * 2: QLineEdit keeps 2 pixels between its contents rectangle and the text, each side.
    const QSize contents(edit->fontMetrics().horizontalAdvance(text) + 2 * 2 + margins.left()
            + margins.right(),
        edit->fontMetrics().height());
    return edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, contents, edit).width();
}

void fitColumnsToTitles(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        const auto mode = header->sectionResizeMode(section);
        const bool stretched = mode == QHeaderView::Stretch
            || (header->stretchLastSection() && header->visualIndex(section) == header->count() - 1);
        if (stretched || mode == QHeaderView::ResizeToContents) continue;
        // Qt's own measure of the title: the style's margins, the bold font of a highlighted
        // section and room for a sort arrow when one is shown.
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed) header->resizeSection(section, needed);
    }
}

} // namespace mestring::ui
