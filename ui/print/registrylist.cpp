#include "registrylist.h"

#include <QCoreApplication>

#include "htmlprint.h"
#include "ui/formatting.h"
#include "ui/models/registryworklistmodel.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

QString registryListTitle()
{
    return tr("Registry reporting: worklist");
}

QString registryListHtml(const std::vector<core::RegistryWorkItem> &items, const QDate &today)
{
    int overdue = 0;
    for (const core::RegistryWorkItem &item : items)
        overdue += item.state == core::RegistryState::Overdue ? 1 : 0;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
                                  "<h2 style=\"margin-bottom: 2px;\">%1</h2><p>%2</p>")
                       .arg(registryListTitle().toHtmlEscaped(),
                           tr("Printed %1. %2 event(s), %3 overdue.")
                               .arg(formatDate(today))
                               .arg(items.size())
                               .arg(overdue)
                               .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\"><tr style=\"background: #e6eeee;\">");
    for (int c = 0; c < RegistryWorklistModel::ColumnCount; ++c)
        html += QStringLiteral("<th align=\"left\">%1</th>")
                    .arg(RegistryWorklistModel::columnTitle(c).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const core::RegistryWorkItem &item : items) {
        const bool late = item.state == core::RegistryState::Overdue;
        html += QStringLiteral("<tr>");
        for (int c = 0; c < RegistryWorklistModel::ColumnCount; ++c) {
            html += htmlCell(RegistryWorklistModel::cellText(item, c),
                late && c <= RegistryWorklistModel::DeadlineColumn
                    ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                    : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

} // namespace mestring::ui
