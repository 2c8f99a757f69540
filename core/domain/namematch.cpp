#include "namematch.h"

#include <algorithm>
#include <vector>

namespace mestring::core {

QString foldedName(const QString &name)
{
    QString spelled;
    spelled.reserve(name.size() + 4);
    for (const QChar c : name.toLower()) {
        if (c == QChar(0xe6)) // æ
            spelled += QStringLiteral("ae");
        else if (c == QChar(0xf8)) // ø
            spelled += QStringLiteral("oe");
        else if (c == QChar(0xe5)) // å
            spelled += QStringLiteral("aa");
        else if (c == QLatin1Char('-') || c.isSpace())
            spelled += QLatin1Char(' ');
        else
            spelled += c;
    }
    // Decompose and drop the combining marks: "é" -> "e", "ö" -> "o".
    QString folded;
    for (const QChar c : spelled.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) folded += c;
    }
    return folded.simplified();
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

bool similarNames(
    const QString &firstA, const QString &lastA, const QString &firstB, const QString &lastB)
{
    const QString fa = foldedName(firstA);
    const QString la = foldedName(lastA);
    const QString fb = foldedName(firstB);
    const QString lb = foldedName(lastB);
    const QString a = QString(fa + QLatin1Char(' ') + la).trimmed();
    const QString b = QString(fb + QLatin1Char(' ') + lb).trimmed();
    if (a.isEmpty() || b.isEmpty()) return false;
    if (editDistance(a, b) <= 2) return true;
    const bool prefix
        = std::min(fa.size(), fb.size()) >= 2 && (fa.startsWith(fb) || fb.startsWith(fa));
    return !la.isEmpty() && la == lb && prefix;
}

} // namespace mestring::core
