#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include "core/reports/clientstatusreport.h"

class QPagedPaintDevice;

namespace mestring::ui {

/// Paints Borgerstatus for a plan meeting: master data, each shown course with its goals and
/// sub-goals (baseline → latest → target score, sub-goals done or due), the assessment charts
/// (life areas, quality of life), attendance over six months with the no-show rate and, for
/// those who may read it, the current medication. The client, the day and the periods are at
/// the top of every page, the date of printing and "Side n af m" at the bottom. Returns the
/// number of pages; every text painted is added to `drawnText` when given.
int paintClientStatus(QPagedPaintDevice &device, const core::ClientStatusReport &report,
    const QDate &printedOn, QStringList *drawnText = nullptr);

/// The report as a PDF document (A4, 15 mm margins), as "Gem som PDF" writes it.
QByteArray clientStatusPdf(const core::ClientStatusReport &report, const QDate &printedOn);

/// "Borgerstatus".
QString clientStatusTitle();

} // namespace mestring::ui
