#pragma once

#include <QDateTime>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// A signed journal note. Never changed once saved; corrections are addenda pointing to it.
struct JournalNote
{
    QString id;
    QString client;
    QString course; // optional
    QString author;
    QDateTime writtenAt;
    NoteKind kind = NoteKind::Session;
    QString text;
    QString addendumTo; // the note this one corrects

    friend bool operator==(const JournalNote &, const JournalNote &) = default;
};

} // namespace mestring::core
