#pragma once

#include <vector>

#include <QString>

#include "core/reports/reportmembers.h"
#include "sheet.h"

namespace mestring::sheets {

/// What a list behind a number is about, for its first rows.
struct MemberSheetInfo
{
    QString indicator; // the indicator's id
    QString title; // "Behandlingsgaranti overholdt"
    QString period;
    QString group; // "Hjemkommune: Viborg"; empty for the whole centre
    QDate madeOn;
};

/// A list behind a number as a sheet: its title, period and group, then the rows in the order
/// given with the columns of core::memberColumns (days as dates, counts as numbers).
Sheet memberSheet(const MemberSheetInfo &info, const std::vector<core::MemberRow> &rows);

} // namespace mestring::sheets
