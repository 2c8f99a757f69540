#include "notetext.h"

#include <QCoreApplication>

#include "ui/models/notetablemodel.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QString paragraphs(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString nameOf(const core::NoteEntry &entry)
{
    return entry.authorName.isEmpty() ? entry.note.author : entry.authorName;
}

} // namespace

QString signedLine(const core::JournalNote &note, const QString &authorName)
{
    return tr("Signed by %1 on %2").arg(authorName, NoteTableModel::formatWritten(note.writtenAt));
}

QString noteHtml(const core::NoteEntry &entry, const QString &courseName)
{
    QString head = noteKindTitle(entry.note.kind);
    if (!courseName.isEmpty()) head += QStringLiteral(" · ") + courseName;
    QString html = QStringLiteral("<h3>") + head.toHtmlEscaped() + QStringLiteral("</h3>")
        + QStringLiteral("<p style='color:#555'>")
        + signedLine(entry.note, nameOf(entry)).toHtmlEscaped() + QStringLiteral("</p>")
        + paragraphs(entry.note.text);
    for (const core::NoteEntry &addendum : entry.addenda) {
        html += QStringLiteral("<hr><p style='color:#555'><b>") + tr("Addendum").toHtmlEscaped()
            + QStringLiteral("</b> · ")
            + signedLine(addendum.note, nameOf(addendum)).toHtmlEscaped() + QStringLiteral("</p>")
            + paragraphs(addendum.note.text);
    }
    return html;
}

} // namespace mestring::ui
