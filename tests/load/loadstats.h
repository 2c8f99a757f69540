#pragma once

#include <array>
#include <map>
#include <mutex>
#include <vector>

#include <QString>
#include <QStringList>

#include "operation.h"

namespace mestring::load {

/// The value below which `p` (0-100) per cent of `sorted` lie (nearest rank); 0 when empty.
double percentile(const std::vector<double> &sorted, double p);

/// What the sessions did, per operation: the time of each answer (done or refused by a rule),
/// the refusals by kind, and the errors with the first few messages. Shared by every session
/// thread.
class LoadStats
{
public:
    struct Line
    {
        std::vector<double> ms; // every answered call, done or refused
        int refusals = 0;
        std::map<QString, int> refusalKinds;
        int errors = 0;
        QStringList firstErrors;
    };

    void done(Operation operation, double ms);
    /// A rule refused the call on purpose (a double dose, a blocked dose): not an error.
    void refused(Operation operation, double ms, const QString &kind);
    void failed(Operation operation, const QString &message);
    /// A failure outside the operations: a session that could not connect or listen.
    void failedElsewhere(const QString &message);

    /// A copy of the operation's line with its times sorted.
    Line line(Operation operation) const;
    /// The failures outside the operations (errors and firstErrors only).
    Line elsewhere() const;
    /// Every failure, in the operations and elsewhere.
    int errors() const;

private:
    mutable std::mutex m_mutex;
    std::array<Line, operationCount> m_lines;
    Line m_elsewhere;
};

} // namespace mestring::load
