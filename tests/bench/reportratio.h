#pragma once

#include <QDate>
#include <QString>

namespace mestring::bench {

/// Issue 14's report target, side by side in one run: the whole `mestring-cli report
/// --format json` process for `from`..`to` against `sqlite3 -readonly` running the same
/// statements (`sqlFile`, traced from the program in this run), alternating, `runs` times
/// each; prints both medians and their ratio (target: at most 1.5).
void benchReportRatio(const QString &largePath, const QString &cliPath, const QString &sqlFile,
    const QDate &from, const QDate &to, int runs);

} // namespace mestring::bench
