#include "noterules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "issuehelpers.h"

namespace mestring::core {

RuleIssues checkNote(const JournalNote &note)
{
    RuleIssues issues;
    if (note.id.isEmpty()) {
        issues.push_back(dataError(
            QStringLiteral("id"), QCoreApplication::translate("mestring", "The note has no id.")));
    }
    if (note.client.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("client"),
            QCoreApplication::translate("mestring",
                "The note belongs to no client. "
                "Choose the client.")));
    }
    if (note.author.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("author"),
            QCoreApplication::translate("mestring",
                "The note has no author. Every "
                "journal note names who wrote "
                "it.")));
    }
    if (!note.writtenAt.isValid()) {
        issues.push_back(dataError(QStringLiteral("written_at"),
            QCoreApplication::translate("mestring",
                "The note has no time of "
                "writing.")));
    }
    if (note.text.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("text"),
            QCoreApplication::translate("mestring",
                "The note has no text. Write "
                "the note before saving.")));
    }
    if (!note.addendumTo.isEmpty() && note.addendumTo == note.id) {
        issues.push_back(dataError(QStringLiteral("addendum_to"),
            QCoreApplication::translate("mestring",
                "A note cannot be an addendum "
                "to itself. Choose the note it "
                "corrects.")));
    }
    checkTextLength(issues, QStringLiteral("text"), note.text, textlimit::journalNote);
    return issues;
}

RuleIssues checkNoteCourse(const JournalNote &note, const Course &course)
{
    if (note.course.isEmpty() || course.client == note.client) return {};
    return {dataError(QStringLiteral("course"),
        QCoreApplication::translate("mestring",
            "The note's course '%1' belongs to another "
            "client. Choose a course of this client, or "
            "none.")
            .arg(course.id))};
}

RuleIssues checkAddendum(const JournalNote &note, const JournalNote *original)
{
    if (note.addendumTo.isEmpty()) return {};
    if (!original) {
        return {dataError(QStringLiteral("addendum_to"),
            QCoreApplication::translate("mestring",
                "The addendum corrects note '%1', which "
                "does not exist. Choose the note it "
                "corrects.")
                .arg(note.addendumTo))};
    }
    if (original->client == note.client) return {};
    return {dataError(QStringLiteral("addendum_to"),
        QCoreApplication::translate("mestring",
            "The addendum corrects note '%1' of another "
            "client. An addendum belongs to the same "
            "client as the note it corrects.")
            .arg(note.addendumTo))};
}

} // namespace mestring::core
