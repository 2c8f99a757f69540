#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace mestring::load {

/// What `mestring-load` is asked to do (see loadoptions.cpp for the command line).
struct LoadOptions
{
    QString address;
    int sessions = 40;
    double minutes = 10;
    quint32 seed = 1;
    int thinkMinMs = 500;
    int thinkMaxMs = 3000;
    QString loginFile;
    QDate firstDay; // invalid: the demo's own today (the latest dose)
    bool changeFeeds = true; // every session listens like a PC (a second connection)
    double racePercent = 3; // of the doses: recorded by two sessions at once on purpose
    double blockedPercent = 2; // of the doses: tried on a blocked row on purpose
    // The watcher's refresh timing; the defaults are LiveRefresh's (ui/widgets/liverefresh.h).
    int liveDelayMs = 150;
    int liveSpacingMs = 1000;
};

/// Parses the command line; prints the help or the problem and exits on a bad one.
LoadOptions parseOptions(const QStringList &arguments);

} // namespace mestring::load
