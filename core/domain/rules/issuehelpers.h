#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include "core/domain/ruleissue.h"

namespace mestring::core {

/// A breach of a data rule: never stored, refused on import.
inline RuleIssue dataError(QString path, QString message)
{
    return RuleIssue {RuleIssue::Severity::Error, std::move(path), std::move(message)};
}

/// A breach of a workflow rule: warned about when staff record it, listed on import.
inline RuleIssue workflowWarning(QString path, QString message)
{
    return RuleIssue {RuleIssue::Severity::Warning, std::move(path), std::move(message)};
}

/// "phases[2].date": a field of an element of a list; "leaders[1]" when `field` is empty.
QString elementPath(QLatin1StringView list, qsizetype index, QLatin1StringView field = {});

/// Puts `prefix` ("courses[3]") before the paths of issues[from..], so "end_reason" becomes
/// "courses[3].end_reason" and an empty path becomes the prefix itself.
void prefixPaths(RuleIssues &issues, QStringView prefix, std::size_t from = 0);

inline void append(RuleIssues &issues, RuleIssues &&more)
{
    issues.insert(
        issues.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

} // namespace mestring::core
