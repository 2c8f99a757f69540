#include "breakdown.h"

#include <algorithm>

#include <QCollator>
#include <QLocale>

namespace mestring::core {

bool splitsClients(ReportDimension dimension)
{
    return dimension == ReportDimension::Municipality || dimension == ReportDimension::Sex
        || dimension == ReportDimension::AgeBand;
}

QString ageBand(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return QLatin1StringView(ageBands.back().data(), qsizetype(ageBands.back().size()));
    // Whole years: one more on the birthday (a 29 February birthday counts from 1 March).
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    static constexpr int lowerBounds[] = {18, 25, 35, 45, 55, 65};
    std::size_t band = 0;
    while (band < std::size(lowerBounds) && age >= lowerBounds[band])
        ++band;
    return QLatin1StringView(ageBands[band].data(), qsizetype(ageBands[band].size()));
}

namespace {

// The position of `key` in a closed list, or -1 when it is not in it.
template<std::size_t N>
int positionIn(const std::array<std::string_view, N> &codes, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1StringView(codes[i].data(), qsizetype(codes[i].size()))) return int(i);
    }
    return -1;
}

int orderOf(ReportDimension dimension, const QString &key)
{
    switch (dimension) {
    case ReportDimension::AgeBand:
        return positionIn(ageBands, key);
    case ReportDimension::LegalBasis:
        return positionIn(EnumCodes<LegalBasis>::codes, key);
    case ReportDimension::Program:
        return positionIn(EnumCodes<Program>::codes, key);
    case ReportDimension::Sex:
        return positionIn(EnumCodes<Sex>::codes, key);
    case ReportDimension::Responsible:
    case ReportDimension::Municipality:
        break;
    }
    return -1;
}

} // namespace

bool groupComesBefore(ReportDimension dimension, const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty()) return b.isEmpty();
    const int oa = orderOf(dimension, a);
    const int ob = orderOf(dimension, b);
    // Keys outside the closed list (none when the data rules hold) after those in it.
    if (oa != ob) return (oa < 0 ? 1000 : oa) < (ob < 0 ? 1000 : ob);
    // Danish order (Æ, Ø, Å last) whatever the PC's locale, so every export lists the same.
    // One per thread: a collator is not safe to share (the report worker runs beside the GUI).
    thread_local const QCollator danish = [] {
        QCollator c(QLocale(QLocale::Danish, QLocale::Denmark));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    const int byText = danish.compare(a, b);
    return byText != 0 ? byText < 0 : a < b;
}

std::optional<std::vector<ReportDimension>> parseDimensions(const QStringList &codes)
{
    std::vector<ReportDimension> dimensions;
    for (const QString &code : codes) {
        const auto dimension = parseEnum<ReportDimension>(code.trimmed());
        if (!dimension) return std::nullopt;
        if (std::find(dimensions.begin(), dimensions.end(), *dimension) == dimensions.end())
            dimensions.push_back(*dimension);
    }
    return dimensions;
}

} // namespace mestring::core
