#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include "core/reports/followupreport.h"

class QPagedPaintDevice;

namespace mestring::ui {

/// Paints Opfølgning pr. behandler: a summary, then one block per active course (client, phase,
/// last contact, next due date, next appointment, no-show rate, goals with their latest scores,
/// flags), with the therapist, the day and the no-show period at the top of every page and the
/// date of printing and "Side n af m" at the bottom. Returns the number of pages; every text
/// painted is added to `drawnText` when given.
int paintFollowupReport(QPagedPaintDevice &device, const core::FollowupReport &report,
    const QDate &printedOn, QStringList *drawnText = nullptr);

/// The report as a PDF document (A4, 15 mm margins), as "Gem som PDF" writes it.
QByteArray followupReportPdf(const core::FollowupReport &report, const QDate &printedOn);

/// The title shown on the window and in the PDF: "Opfølgning pr. behandler".
QString followupReportTitle();

} // namespace mestring::ui
