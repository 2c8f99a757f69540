#include "loadstats.h"

#include <algorithm>
#include <cmath>

namespace mestring::load {

namespace {

constexpr int keptErrorMessages = 5;

} // namespace

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty()) return 0;
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

void LoadStats::done(Operation operation, double ms)
{
    const std::lock_guard lock(m_mutex);
    m_lines[std::size_t(operation)].ms.push_back(ms);
}

void LoadStats::refused(Operation operation, double ms, const QString &kind)
{
    const std::lock_guard lock(m_mutex);
    Line &line = m_lines[std::size_t(operation)];
    line.ms.push_back(ms);
    ++line.refusals;
    ++line.refusalKinds[kind];
}

namespace {

void addFailure(LoadStats::Line &line, const QString &message)
{
    ++line.errors;
    if (line.firstErrors.size() < keptErrorMessages) line.firstErrors << message;
}

} // namespace

void LoadStats::failed(Operation operation, const QString &message)
{
    const std::lock_guard lock(m_mutex);
    addFailure(m_lines[std::size_t(operation)], message);
}

void LoadStats::failedElsewhere(const QString &message)
{
    const std::lock_guard lock(m_mutex);
    addFailure(m_elsewhere, message);
}

LoadStats::Line LoadStats::elsewhere() const
{
    const std::lock_guard lock(m_mutex);
    return m_elsewhere;
}

LoadStats::Line LoadStats::line(Operation operation) const
{
    Line copy;
    {
        const std::lock_guard lock(m_mutex);
        copy = m_lines[std::size_t(operation)];
    }
    std::sort(copy.ms.begin(), copy.ms.end());
    return copy;
}

int LoadStats::errors() const
{
    const std::lock_guard lock(m_mutex);
    int total = m_elsewhere.errors;
    for (const Line &line : m_lines)
        total += line.errors;
    return total;
}

} // namespace mestring::load
