#pragma once

#include <functional>

#include <QString>
#include <QStringList>

#include "core/services/accessdetail.h"
#include "core/services/actor.h"

class QPrintPreviewDialog;
class QWidget;

namespace mestring::core {
class AccessLogService;
}

namespace mestring::ui {

/// A document about to leave the program, for the access log: who prints it, which document,
/// and whose data it holds. Every print and every PDF the GUI makes goes through one, so each
/// shows in the log as "Udskrevet" once per client (AccessLogService::recordOutput).
struct PrintUse
{
    core::AccessLogService &log;
    core::Actor actor;
    core::AccessDocument document;
    QStringList clientIds; // empty for a document with no client's data (the effect goals)

    /// Records a print that has happened (`how`: Printed, or PrintedPdf when the preview printed
    /// to a file). It is out already: a failure is told to the user.
    void recordDone(QWidget *parent, core::AccessTopic how) const;
    /// Records a PDF before it is written. The message for the user when the log refused it
    /// (then no file may be written); empty when recorded.
    QString recordPdf() const;
    /// Records a spreadsheet export (`format`: "xlsx" or "csv") before it is written; the
    /// message for the user when the log refused it (then no file may be written), else empty.
    QString recordSpreadsheet(const QString &format) const;
};

/// The distinct client ids of `rows` (`clientOf(row)`), in their order: whose data a list holds.
template <typename Rows, typename ClientOf>
QStringList distinctClients(const Rows &rows, ClientOf clientOf)
{
    QStringList ids;
    for (const auto &row : rows) {
        const QString id = clientOf(row);
        if (!id.isEmpty() && !ids.contains(id)) ids << id;
    }
    return ids;
}

/// Adds "Gem som PDF…" to `preview`'s tool bar: asks where (suggesting `suggestedFile`),
/// records the PDF through `use`, then calls `write` with the chosen path. `write` tells the
/// user itself when the file cannot be written.
void addSavePdfAction(QPrintPreviewDialog &preview, const QString &suggestedFile,
    const std::function<void(const QString &path)> &write, const PrintUse &use);

/// Runs `preview`; when the user printed from it, records the print through `use`.
void execPreview(QPrintPreviewDialog &preview, const PrintUse &use);

} // namespace mestring::ui
