#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/reports/citizenplan.h"

class QPrinter;

namespace mestring::ui {

/// Borgerens plan on paper: written to the citizen ("du"), in short sentences and large
/// print, with dates written out ("tirsdag den 3. marts 2026") and no abbreviations, codes or
/// scores. A4 portrait, laid out by QTextDocument (htmlprint.h).
class CitizenPlanPrint
{
    Q_DECLARE_TR_FUNCTIONS(CitizenPlanPrint)

public:
    explicit CitizenPlanPrint(core::CitizenPlan plan);

    QString html() const;
    void print(QPrinter *printer) const;
    bool writePdf(const QString &path) const;
    /// "Min plan – Jens Hansen", the preview's title and the PDF's suggested name.
    QString title() const;

private:
    QString goalsHtml() const;
    QString goalHtml(const core::CitizenPlanGoal &goal, int number) const;
    QString appointmentsHtml() const;
    QString groupsHtml() const;
    QString contactHtml() const;

    core::CitizenPlan m_plan;
};

/// "tirsdag den 3. marts 2026": a date as people say it.
QString spokenDate(const QDate &date);

} // namespace mestring::ui
