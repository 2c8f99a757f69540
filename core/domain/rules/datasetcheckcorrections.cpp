#include "datasetcheck.h"

#include <QCoreApplication>
#include <QHash>

#include "issuehelpers.h"
#include "textlimits.h"

namespace mestring::core {

// A correction annuls one existing dispensing, and each dispensing is annulled at most once.
void DatasetCheck::checkCorrections()
{
    QHash<int, std::size_t> firstCorrection;
    for (std::size_t row = 0; row < m_data.corrections.size(); ++row) {
        const Correction &c = m_data.corrections[row];
        const int dispensing = m_index.dispensingOfCorrection[row];
        if (c.annuls.isEmpty()) continue; // a missing field, reported by checkCorrection
        if (dispensing < 0) {
            report(Section::Corrections, row,
                {dataError(QStringLiteral("annuls"),
                    QCoreApplication::translate("mestring",
                        "There is no dispensing with id '%1'. A correction annuls an existing "
                        "dispensing.")
                        .arg(c.annuls))});
            continue;
        }
        const auto it = firstCorrection.constFind(dispensing);
        if (it == firstCorrection.cend()) {
            firstCorrection.insert(dispensing, row);
            continue;
        }
        report(Section::Corrections, row,
            {dataError(QStringLiteral("annuls"),
                QCoreApplication::translate("mestring",
                    "The dispensing is already annulled by %1. A dispensing is annulled once.")
                    .arg(elementPath(QLatin1StringView("corrections"), qsizetype(*it))))});
    }
}

void DatasetCheck::checkClosedDays()
{
    QHash<QDate, std::size_t> firstRow;
    for (std::size_t row = 0; row < m_data.closedDays.size(); ++row) {
        const ClosedDay &day = m_data.closedDays[row];
        RuleIssues issues;
        if (!day.date.isValid()) {
            issues.push_back(dataError(QStringLiteral("date"),
                QCoreApplication::translate("mestring", "The closed day has no date.")));
        } else if (const auto it = firstRow.constFind(day.date); it != firstRow.cend()) {
            issues.push_back(dataError(QStringLiteral("date"),
                QCoreApplication::translate("mestring",
                    "The day is already a closed day (%1). List each day once.")
                    .arg(elementPath(QLatin1StringView("closed_days"), qsizetype(*it)))));
        } else {
            firstRow.insert(day.date, row);
        }
        if (day.reason.trimmed().isEmpty()) {
            issues.push_back(dataError(QStringLiteral("reason"),
                QCoreApplication::translate("mestring",
                    "Write why the centre is closed that day (e.g. Grundlovsdag).")));
        }
        checkTextLength(issues, QStringLiteral("reason"), day.reason, textlimit::closedDayReason);
        report(Section::ClosedDays, row, std::move(issues));
    }
}

} // namespace mestring::core
