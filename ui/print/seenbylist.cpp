#include "seenbylist.h"

#include <QPageLayout>

#include "core/domain/clock.h"
#include "ui/accessdetailtext.h"
#include "ui/formatting.h"
#include "htmlprint.h"

namespace mestring::ui {

SeenByList::SeenByList(
    core::Client client, std::vector<core::AccessLogLine> lines, QDate printedOn, QDate keptFrom)
    : m_client(std::move(client))
    , m_lines(std::move(lines))
    , m_printedOn(printedOn)
    , m_keptFrom(keptFrom)
{
}

QString SeenByList::html() const
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral(
        "<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
        "<h2 style=\"margin-bottom: 2px;\">%1</h2>"
        "<p style=\"font-size: 12pt; margin-top: 0;\"><b>%2</b> &nbsp; %3</p><p>%4</p>")
                       .arg(esc(tr("Who has seen my data")), esc(m_client.displayName()),
                           esc(m_client.cpr.isEmpty() ? QString()
                                                      : tr("CPR %1").arg(formatCpr(m_client.cpr))),
                           esc(tr("Every time a staff member at the centre read, changed, printed "
                                  "or exported your data since %1, newest first (the log is kept "
                                  "for a limited time; older uses are no longer recorded). "
                                  "Printed %2.")
                                   .arg(formatDate(m_keptFrom), formatDate(m_printedOn))));
    if (m_lines.empty())
        return html + QStringLiteral("<p>%1</p></body></html>").arg(esc(tr("No uses recorded.")));
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
        "<tr style=\"background: #e6eeee;\"><th align=\"left\" width=\"18%\">%1</th>"
        "<th align=\"left\" width=\"24%\">%2</th><th align=\"left\" width=\"14%\">%3</th>"
        "<th align=\"left\">%4</th></tr>")
                .arg(esc(tr("Time")), esc(tr("Staff member")), esc(tr("Use")), esc(tr("What")));
    for (const core::AccessLogLine &line : m_lines) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(core::Clock::centreTime(line.entry.at)
                                 .toString(QStringLiteral("dd-MM-yyyy HH:mm"))),
                        esc(line.actorName), esc(line.kindTitle), esc(accessDetailText(line)));
    }
    return html
        + QStringLiteral("</table><p>%1</p></body></html>")
              .arg(esc(tr("%n use(s) in all.", nullptr, int(m_lines.size()))));
}

void SeenByList::print(QPrinter *printer) const
{
    printHtml(printer, html());
}

bool SeenByList::writePdf(const QString &path) const
{
    return writeHtmlPdf(path, html(), QPageLayout::Portrait, 15);
}

} // namespace mestring::ui
