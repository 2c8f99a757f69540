#include "medicationoverview.h"

#include <QPageLayout>
#include <QRegularExpression>
#include <QTextDocument>

#include "core/services/dispensingservice.h"
#include "ui/enumtitles.h"
#include "ui/dosetext.h"
#include "ui/formatting.h"
#include "htmlprint.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/models/prescriptiontablemodel.h"

namespace mestring::ui {

namespace {

const QString warningStyle = QStringLiteral("color: #9b1c1c; font-weight: bold;");
constexpr int doseChangesShown = 5;

const QString annulledStyle = QStringLiteral("color: #666666; text-decoration: line-through;");

QString cell(const QString &text, const QString &style = QString())
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style),
            text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

// The annulment beside a struck-through record: not struck itself, so it can be read.
QString annulmentCell(const QString &text)
{
    return cell(text, QStringLiteral("color: #9b1c1c;"));
}

// `widths` in percent of the table, one per title (QTextDocument sizes columns by their
// content otherwise, which squeezes short columns into broken words).
QString headerRow(const QStringList &titles, const QList<int> &widths)
{
    QString html = QStringLiteral("<tr style=\"background: #e6eeee;\">");
    for (qsizetype i = 0; i < titles.size(); ++i) {
        html += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                    .arg(widths.value(i))
                    .arg(titles[i].toHtmlEscaped());
    }
    return html + QStringLiteral("</tr>");
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"font-size: 8pt;\">");
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style=\"margin-top: 14px; margin-bottom: 4px;\">%1</h3>")
        .arg(title.toHtmlEscaped());
}

QString paragraph(const QString &text, const QString &style = QString())
{
    return QStringLiteral("<p style=\"margin-top: 2px; %1\">%2</p>")
        .arg(style, text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

bool isCurrent(const core::Prescription &p, const QDate &today)
{
    return !p.isAnnulled() && (p.end.isNull() || p.end >= today);
}

} // namespace

MedicationOverview::MedicationOverview(MedicationOverviewData data)
    : m_data(std::move(data))
{
}

QString MedicationOverview::staffName(const QString &id) const
{
    return m_data.staffNames.value(id, id);
}

QString MedicationOverview::html() const
{
    return QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">")
        + headerHtml() + reviewHtml() + blockHtml() + section(tr("Current prescriptions"))
        + prescriptionsHtml(true) + section(tr("Latest dose changes")) + doseChangesHtml()
        + section(tr("Dispensings of the last %n day(s)", nullptr, m_data.recentDayCount))
        + recentDaysHtml() + section(tr("Past prescriptions")) + prescriptionsHtml(false)
        + QStringLiteral("</body></html>");
}

QString MedicationOverview::headerHtml() const
{
    const core::Client &c = m_data.client;
    const QString cpr = c.cpr.isEmpty() ? tr("no CPR number") : formatCpr(c.cpr);
    return QStringLiteral("<h2 style=\"margin-bottom: 2px;\">%1</h2>")
               .arg(tr("Medication overview").toHtmlEscaped())
        + QStringLiteral("<p style=\"font-size: 12pt; margin-top: 0; margin-bottom: 2px;\">"
                         "<b>%1</b> &nbsp; %2 &nbsp; %3</p>")
              .arg(c.displayName().toHtmlEscaped(), tr("CPR %1").arg(cpr).toHtmlEscaped(),
                  tr("born %1").arg(formatDate(c.birthDate)).toHtmlEscaped())
        + paragraph(tr("Printed %1 by %2. Confidential: health data about the client.")
                        .arg(formatDate(m_data.today), m_data.printedBy),
            QStringLiteral("color: #555555;"));
}

QString MedicationOverview::reviewHtml() const
{
    const core::MedicalReview &r = m_data.review;
    QString text = r.last.isNull()
        ? tr("Latest medical review: none recorded.")
        : tr("Latest medical review: %1 (an attended doctor appointment or the start of a "
             "prescription).")
              .arg(formatDate(r.last));
    if (!m_data.appointmentsRead)
        text += QLatin1Char(' ')
            + tr("Doctor appointments could not be read with your role; the date is the latest "
                 "prescription start.");
    QString html = section(tr("Medical review")) + paragraph(text);
    if (!r.required)
        return html
            + paragraph(tr("No review is due: the client has no current substitution or antabus "
                           "prescription."));
    if (r.overdue) {
        return html
            + paragraph(tr("OVERDUE: a review is needed at least every 6 months (183 days); it "
                           "was due by %1. Book a doctor appointment.")
                            .arg(formatDate(r.dueBy())),
                warningStyle);
    }
    return html + paragraph(tr("The next review is due by %1.").arg(formatDate(r.dueBy())));
}

QString MedicationOverview::blockHtml() const
{
    const core::DoseBlock &b = m_data.block;
    if (!b.blocked) return {};
    QStringList days;
    for (const QDate &d : b.run.days)
        days << formatDate(d);
    return section(tr("Substitution doses blocked"))
        + paragraph(core::DispensingService::blockMessage(b), warningStyle)
        + paragraph(tr("Blocked since %1. Missed doses: %2.")
                        .arg(formatDate(b.since), days.join(QStringLiteral(", "))));
}

QString MedicationOverview::prescriptionsHtml(bool current) const
{
    QString rows;
    // Newest first, as the Medicin tab shows them.
    for (auto it = m_data.prescriptions.rbegin(); it != m_data.prescriptions.rend(); ++it) {
        const core::Prescription &p = *it;
        if (isCurrent(p, m_data.today) != current) continue;
        const QString struck = p.isAnnulled() ? annulledStyle : QString();
        const QString bold = struck + QStringLiteral("font-weight: bold;");
        rows += QStringLiteral("<tr>") + cell(drugTitle(p.drug), bold)
            + cell(drugCategoryTitle(p.category), struck)
            + cell(doseText(p.drug, p.doseMg, m_data.settings), bold)
            + cell(PrescriptionTableModel::scheduleText(p.schedule), struck)
            + cell(PrescriptionTableModel::modeText(p), struck) + cell(formatDate(p.start), struck)
            + cell(formatDate(p.end), struck) + cell(staffName(p.prescriber), struck)
            + (p.isAnnulled() ? annulmentCell(annulmentText(*p.annulled)) : cell(p.reason))
            + QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        return paragraph(current ? tr("No current prescriptions.") : tr("No past prescriptions."));
    return tableStart()
        + headerRow({tr("Drug"), tr("Category"), tr("Dose"), tr("Schedule"), tr("Mode"), tr("From"),
                        tr("To"), tr("Prescribed by"), tr("Reason")},
            {12, 12, 8, 10, 13, 11, 11, 10, 13})
        + rows + QStringLiteral("</table>");
}

QString MedicationOverview::doseChangesHtml() const
{
    // A dose change ends a prescription and starts one of the same drug the day after.
    QStringList changes;
    const auto &all = m_data.prescriptions;
    for (auto next = all.rbegin(); next != all.rend() && changes.size() < doseChangesShown;
         ++next) {
        if (next->isAnnulled()) continue;
        for (const core::Prescription &old : all) {
            if (old.drug != next->drug || !old.end.isValid() || old.end.addDays(1) != next->start
                || old.id == next->id || old.isAnnulled())
                continue;
            changes << QStringLiteral("<tr>") + cell(formatDate(next->start))
                    + cell(drugTitle(next->drug))
                    + cell(tr("%1 to %2")
                               .arg(doseText(old.drug, old.doseMg, m_data.settings),
                                   doseText(next->drug, next->doseMg, m_data.settings)))
                    + cell(staffName(next->prescriber)) + cell(next->reason)
                    + QStringLiteral("</tr>");
            break;
        }
    }
    if (changes.isEmpty()) return paragraph(tr("No dose changes."));
    return tableStart()
        + headerRow({tr("From"), tr("Drug"), tr("Dose"), tr("Prescribed by"), tr("Reason")},
            {12, 18, 20, 15, 35})
        + changes.join(QString()) + QStringLiteral("</table>");
}

QString MedicationOverview::recentDayStatus(const OverviewDoseDay &day) const
{
    QString status;
    if (day.recorded) {
        status = day.recorded->status == core::DispensingStatus::HandedOut
            ? tr("Handed out for %n day(s)", nullptr, day.recorded->days)
            : dispensingStatusTitle(day.recorded->status);
        if (day.recorded->isLate())
            status += QLatin1Char('\n') + lateRegistrationText(*day.recorded);
    } else if (day.state == core::DoseState::Missed) {
        status = tr("MISSED (nothing recorded)");
    } else {
        status = tr("Due today");
    }
    if (!day.scheduled && !day.correction) status += QLatin1Char('\n') + tr("not on the schedule");
    return status;
}

QString MedicationOverview::recentDaysHtml() const
{
    if (m_data.recentDays.empty())
        return paragraph(tr("No doses were due or given at the centre in this period."));
    int missed = 0;
    QString rows;
    for (const OverviewDoseDay &day : m_data.recentDays) {
        QString style;
        if (day.correction) {
            style = annulledStyle;
        } else if (day.state == core::DoseState::Missed) {
            ++missed;
            style = warningStyle;
        }
        const core::Prescription &p = day.prescription;
        const double dose = day.recorded ? day.recorded->doseMg : p.doseMg;
        rows += QStringLiteral("<tr>") + cell(formatDate(day.date), style)
            + cell(drugTitle(p.drug), style) + cell(doseText(p.drug, dose, m_data.settings), style)
            + cell(recentDayStatus(day), style)
            + cell(day.recorded ? staffName(day.recorded->staff) : QString(), style)
            + (day.correction ? annulmentCell(correctionText(*day.correction))
                              : cell(day.recorded ? day.recorded->note : QString()))
            + QStringLiteral("</tr>");
    }
    return paragraph(tr("%n missed dose(s) in the period, marked in red. Registrations annulled "
                        "as made in error are struck through, with the correction beside them.",
               nullptr, missed))
        + tableStart()
        + headerRow({tr("Date"), tr("Drug"), tr("Dose"), tr("Registered"), tr("By"), tr("Note")},
            {12, 14, 13, 23, 13, 25})
        + rows + QStringLiteral("</table>");
}

QString MedicationOverview::annulmentText(const core::SignedReason &annulment) const
{
    return tr("ANNULLED %1 by %2: %3")
        .arg(formatDate(annulment.at.date()), staffName(annulment.staff), annulment.reason);
}

QString MedicationOverview::correctionText(const core::Correction &correction) const
{
    return tr("ANNULLED %1 by %2: %3")
        .arg(formatDate(correction.at.date()), staffName(correction.staff), correction.reason);
}

QString MedicationOverview::lateRegistrationText(const core::Dispensing &d) const
{
    return d.lateConfirmed
        ? tr("registered late (%1), confirmed by %2").arg(d.lateReason, staffName(d.lateConfirmed->staff))
        : tr("registered late (%1), not confirmed by a doctor").arg(d.lateReason);
}

int MedicationOverview::pageCount(QPrinter *printer) const
{
    QTextDocument document;
    layOutHtml(document, printer, html());
    return document.pageCount();
}

void MedicationOverview::print(QPrinter *printer) const
{
    printHtml(printer, html());
}

bool MedicationOverview::writePdf(const QString &path) const
{
    return writeHtmlPdf(path, html(), QPageLayout::Portrait, 15);
}

QString MedicationOverview::suggestedFileName() const
{
    QString name = m_data.client.displayName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    return tr("medication-overview-%1-%2.pdf").arg(name, m_data.today.toString(Qt::ISODate));
}

} // namespace mestring::ui
