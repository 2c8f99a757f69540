#include <cmath>

#include "recordreaders.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

namespace {

// Each item is a mark on a 10 cm line read to one decimal; it is kept in tenths. Whether it
// lies from 0 to 10 is the checker's rule; here only the form: a number with one decimal at
// most (and small enough to hold).
void readItems(JsonFieldReader &r, FitRating &rating)
{
    const std::optional<qsizetype> count
        = r.eachValue("items"_L1, [&](const QJsonValue &value, qsizetype index) {
              if (!value.isDouble()) {
                  r.error("items"_L1, msgExpectedNumber(), index);
                  return;
              }
              const double tenths = value.toDouble() * 10;
              if (std::fabs(tenths) > 1e6 || std::fabs(tenths - std::round(tenths)) > 1e-6) {
                  r.error("items"_L1, msgOneDecimal(), index);
                  return;
              }
              if (index < qsizetype(rating.items.size()))
                  rating.items[std::size_t(index)] = int(std::lround(tenths));
          });
    if (!count) {
        if (!r.isGiven("items"_L1)) r.error("items"_L1, msgRequired());
    } else if (*count != qsizetype(rating.items.size())) {
        r.error("items"_L1, msgFourItems());
    }
}

} // namespace

FitRating readFitRating(JsonFieldReader &r)
{
    FitRating rating;
    rating.id = r.requiredText("id"_L1);
    rating.course = r.requiredText("course"_L1);
    rating.appointment = r.optionalText("appointment"_L1);
    rating.session = r.optionalText("session"_L1);
    rating.date = r.requiredDate("date"_L1);
    rating.scale = r.requiredEnum<FitScale>("scale"_L1);
    readItems(r, rating);
    return rating;
}

WaitingListEntry readWaitingListEntry(JsonFieldReader &r)
{
    WaitingListEntry entry;
    entry.id = r.requiredText("id"_L1);
    entry.offer = r.requiredEnum<IndividualOffer>("offer"_L1);
    entry.person = r.optionalText("person"_L1);
    entry.client = r.optionalText("client"_L1);
    entry.askedOn = r.optionalDate("asked_on"_L1);
    entry.note = r.optionalText("note"_L1);
    entry.takenOff = r.optionalDate("taken_off"_L1);
    entry.takenOffReason = r.optionalEnum<WaitingTakenOffReason>("taken_off_reason"_L1);
    return entry;
}

RegistryReport readRegistryReport(JsonFieldReader &r)
{
    RegistryReport report;
    report.course = r.requiredText("course"_L1);
    report.event = r.requiredEnum<RegistryEvent>("event"_L1);
    report.reportedOn = r.requiredDate("reported_on"_L1);
    report.staff = r.requiredText("staff"_L1);
    return report;
}

} // namespace mestring::core::exchange
