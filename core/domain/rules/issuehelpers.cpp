#include "issuehelpers.h"

namespace mestring::core {

QString elementPath(QLatin1StringView list, qsizetype index, QLatin1StringView field)
{
    QString path = list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!field.isEmpty()) path += QLatin1Char('.') + field;
    return path;
}

void prefixPaths(RuleIssues &issues, QStringView prefix, std::size_t from)
{
    for (std::size_t i = from; i < issues.size(); ++i) {
        QString &path = issues[i].path;
        path = path.isEmpty() ? prefix.toString() : prefix + QLatin1Char('.') + path;
    }
}

} // namespace mestring::core
