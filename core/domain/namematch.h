#pragma once

#include <QString>
#include <QStringView>

namespace mestring::core {

/// A name folded for comparison: lower case, accents removed ("é" -> "e"), the Danish letters
/// spelled out ("æ" -> "ae", "ø" -> "oe", "å" -> "aa"), hyphens as spaces, runs of spaces as
/// one and trimmed. "Søren Bæk-Ölsen " and "soeren baek olsen" fold alike.
QString foldedName(const QString &name);

/// Levenshtein distance (insertions, deletions, substitutions), O(|a| * |b|).
int editDistance(QStringView a, QStringView b);

/// Whether two people's names are alike enough to ask "is this the same person?" before a new
/// client is created: on the folded names, the full names differ by at most 2 edits, or the
/// last names are equal and one first name begins with the other ("Jens" / "Jens Peter",
/// "J." is not enough: at least two letters). Empty names are never alike.
bool similarNames(
    const QString &firstA, const QString &lastA, const QString &firstB, const QString &lastB);

} // namespace mestring::core
