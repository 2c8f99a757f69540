#pragma once

#include <vector>

#include <QString>
#include <QStringView>
#include <QVariant>

#include "reportmembers.h"

namespace mestring::core {

/// A column of a list behind a number (the drill-down), the same on screen, on paper and in a
/// spreadsheet.
enum class MemberColumn {
    Client,
    Course, // the course's kind
    Responsible,
    Requested,
    Start,
    End,
    DaysWaited,
    DelayReason,
    EpisodeFirst,
    EpisodeLast,
    EpisodeDays,
    Numerator, // what the member adds to the numerator ("Ja"/"Nej", or a count when weighted)
    Denominator,
};

/// The columns a coordinator needs for `indicator`'s list: the treatment guarantee and the
/// median wait show the request, start, days waited and why the start was late; the antabus
/// episodes each episode's first and last day and length; rates what each member adds to the
/// numerator and the denominator; counts the courses themselves.
std::vector<MemberColumn> memberColumns(QStringView indicator);

/// Whether a member of `indicator` can add more than 1 (appointments for the no-show rate,
/// attendances, goals): the numerator and denominator columns then hold counts.
bool isWeightedIndicator(QStringView indicator);

/// The column's heading.
QString memberColumnTitle(MemberColumn column, bool weighted);

/// The column's value for `row`: text (QString), a day (QDate) or a count (qint64); an invalid
/// QVariant when there is none.
QVariant memberCell(const MemberRow &row, MemberColumn column, bool weighted);

} // namespace mestring::core
