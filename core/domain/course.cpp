#include "course.h"

namespace mestring::core {

bool Course::isActiveOn(const QDate &d) const
{
    return startDate.isValid() && startDate <= d && (endDate.isNull() || endDate >= d);
}

std::optional<Phase> Course::currentPhase() const
{
    if (phases.empty())
        return std::nullopt;
    return phases.back().phase;
}

} // namespace mestring::core
