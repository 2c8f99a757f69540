#pragma once

#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/domain/medication/dispensinglist.h"
#include "core/domain/medication/medicationsettings.h"

class QPrinter;

namespace mestring::ui {

/// The day's dispensing sheet for signatures: one line per dose on the list with the client,
/// birth date, drug, dose and mode, the state and flags, and empty boxes for the client's and
/// the nurse's signature. Printed, previewed or written as PDF (Qt PrintSupport).
class DispensingSheet
{
    Q_DECLARE_TR_FUNCTIONS(DispensingSheet)

public:
    DispensingSheet(std::vector<core::DispensingListRow> rows, const QDate &day,
        const core::MedicationSettings &settings = core::MedicationSettings::defaults());

    QString html() const;
    /// The clients on the sheet.
    QStringList clientIds() const;
    /// Prints on `printer` (a preview's printer, a real one or a PDF writer).
    void print(QPrinter *printer) const;
    /// Writes the sheet as an A4 landscape PDF; false when the file cannot be written.
    bool writePdf(const QString &path) const;

private:
    std::vector<core::DispensingListRow> m_rows;
    QDate m_day;
    core::MedicationSettings m_settings;
};

} // namespace mestring::ui
