#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "core/reports/citizenplan.h"
#include "core/reports/clientstatusreport.h"
#include "core/reports/followupreport.h"
#include "core/reports/recordreaders.h"
#include "printuse.h"
#include "ui/services.h"

class QPagedPaintDevice;
class QWidget;

namespace mestring::ui {

/// The services the printed record reports read through.
core::RecordReaders recordReaders(const Services &services);

/// The print preview (A4, 15 mm margins) of a report painted by `paint`, with a "Gem som PDF…"
/// action in its tool bar that saves `pdf()` under a name the user chooses (suggested:
/// `suggestedFile`). Printing and saving are recorded in the access log through `use`.
void previewReport(QWidget *parent, const QString &title, const QString &suggestedFile,
    const std::function<void(QPagedPaintDevice &)> &paint, const std::function<QByteArray()> &pdf,
    const PrintUse &use);

/// Writes `bytes` to `path` whole or not at all; tells the user when it fails.
bool saveReportPdf(QWidget *parent, const QString &path, const QByteArray &bytes);

/// The preview of Opfølgning pr. behandler and of Borgerstatus, printed today by `actor`.
void previewFollowupReport(QWidget *parent, const core::FollowupReport &report,
    core::AccessLogService &log, const core::Actor &actor);
void previewClientStatus(QWidget *parent, const core::ClientStatusReport &report,
    core::AccessLogService &log, const core::Actor &actor);
/// The preview of Borgerens plan.
void previewCitizenPlan(QWidget *parent, const core::CitizenPlan &plan,
    core::AccessLogService &log, const core::Actor &actor);

} // namespace mestring::ui
