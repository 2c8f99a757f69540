#pragma once

#include <QCoreApplication>
#include <QString>

#include "medicationoverviewdata.h"

class QPrinter;

namespace mestring::ui {

/// A client's medication overview for the doctor: who the client is, the medical review and
/// whether it is overdue, any missed-dose block with its reason, the current and past
/// prescriptions (annulled ones struck through with why), the latest dose changes and the
/// dispensings of the last four weeks with the missed doses marked, late registrations named
/// and annulled registrations struck through beside their correction. Printed, previewed or written as PDF (A4 portrait, Qt PrintSupport).
class MedicationOverview
{
    Q_DECLARE_TR_FUNCTIONS(MedicationOverview)

public:
    explicit MedicationOverview(MedicationOverviewData data);

    QString html() const;
    /// The number of pages on `printer`'s page layout.
    int pageCount(QPrinter *printer) const;
    /// Prints on `printer` (a preview's printer, a real one or a PDF writer).
    void print(QPrinter *printer) const;
    /// Writes the overview as an A4 PDF; false when the file cannot be written.
    bool writePdf(const QString &path) const;
    /// The file name offered when saving: "medicinoversigt-<name>-2026-11-23.pdf".
    QString suggestedFileName() const;

private:
    QString headerHtml() const;
    QString reviewHtml() const;
    QString blockHtml() const;
    QString prescriptionsHtml(bool current) const;
    QString doseChangesHtml() const;
    QString recentDaysHtml() const;
    QString recentDayStatus(const OverviewDoseDay &day) const;
    QString annulmentText(const core::SignedReason &annulment) const;
    QString correctionText(const core::Correction &correction) const;
    QString lateRegistrationText(const core::Dispensing &dispensing) const;
    QString staffName(const QString &id) const;

    MedicationOverviewData m_data;
};

} // namespace mestring::ui
