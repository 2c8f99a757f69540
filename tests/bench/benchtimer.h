#pragma once

#include <algorithm>
#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace mestring::bench {

/// Runs `work` `runs` times and returns the median wall time in milliseconds.
inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const std::size_t n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

inline void report(const QString &what, double ms, const QString &extra = {})
{
    QTextStream out(stdout);
    out << qSetFieldWidth(58) << Qt::left << what << qSetFieldWidth(0)
                        << QString::number(ms, 'f', ms < 10 ? 2 : 0) << " ms"
                        << (extra.isEmpty() ? QString() : QStringLiteral("  (") + extra + QLatin1Char(')'))
                        << Qt::endl;
}

} // namespace mestring::bench
