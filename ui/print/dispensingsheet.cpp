#include "dispensingsheet.h"

#include <QLocale>

#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistmodel.h"
#include "htmlprint.h"

namespace mestring::ui {

DispensingSheet::DispensingSheet(std::vector<core::DispensingListRow> rows, const QDate &day,
    const core::MedicationSettings &settings)
    : m_rows(std::move(rows))
    , m_day(day)
    , m_settings(settings)
{
}

QStringList DispensingSheet::clientIds() const
{
    return distinctClients(m_rows, [](const core::DispensingListRow &row) { return row.clientId; });
}

QString DispensingSheet::html() const
{
    QString html = QStringLiteral(
        "<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
        "<h2 style=\"margin-bottom: 2px;\">%1</h2><p style=\"margin-top: 0;\">%2</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
        "<tr style=\"background: #e6eeee;\"><th align=\"left\" width=\"17%\">%3</th>"
        "<th align=\"left\" width=\"11%\">%4</th><th align=\"left\" width=\"11%\">%5</th>"
        "<th align=\"left\" width=\"8%\">%6</th><th align=\"left\" width=\"13%\">%7</th>"
        "<th align=\"left\" width=\"16%\">%8</th><th width=\"14%\">%9</th>"
        "<th width=\"10%\">%10</th></tr>")
                       .arg(tr("Dispensing sheet %1 %2")
                                .arg(QLocale().dayName(m_day.dayOfWeek()), formatDate(m_day))
                                .toHtmlEscaped(),
                           tr("%n dose(s). Check name, birth date and dose before giving. "
                              "The client signs for a take-home supply.",
                               nullptr, int(m_rows.size()))
                               .toHtmlEscaped(),
                           tr("Client"), tr("Born"), tr("Drug"), tr("Dose"), tr("Mode"),
                           tr("Status and attention"), tr("Client's signature"), tr("Nurse"));
    for (const core::DispensingListRow &row : m_rows) {
        const bool blocked = !row.mayGiveDose() && !row.recorded;
        QString state = DispensingListModel::statusText(row);
        const QString flags = DispensingListModel::flagsText(row);
        if (blocked) state = tr("BLOCKED: do not give the dose");
        if (!flags.isEmpty()) state += QLatin1Char('\n') + flags;
        html += QStringLiteral("<tr>")
            + htmlCell(row.clientName, QStringLiteral("font-size: 11pt; font-weight: bold;"))
            + htmlCell(
                formatDate(row.birthDate), QStringLiteral("font-size: 10pt; white-space: nowrap;"))
            + htmlCell(drugTitle(row.prescription.drug))
            + htmlCell(DispensingListModel::doseText(row, m_settings),
                QStringLiteral("font-size: 11pt; font-weight: bold;"))
            + htmlCell(dispensingModeTitle(row.prescription.mode))
            + htmlCell(
                state, blocked ? QStringLiteral("color: #9b1c1c; font-weight: bold;") : QString())
            + htmlCell(QString()) + htmlCell(QString()) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

void DispensingSheet::print(QPrinter *printer) const
{
    printHtml(printer, html());
}

bool DispensingSheet::writePdf(const QString &path) const
{
    return writeHtmlPdf(path, html(), QPageLayout::Landscape);
}

} // namespace mestring::ui
