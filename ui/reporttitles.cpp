#include "reporttitles.h"

#include <QCoreApplication>
#include <QLocale>

namespace mestring::ui {

QString formatShare(std::optional<double> share)
{
    if (!share) return QStringLiteral("–");
    return QCoreApplication::translate("mestring", "%1 %", "percentage")
        .arg(QLocale().toString(*share * 100.0, 'f', 1));
}

QString formatNumber(std::optional<double> value)
{
    if (!value) return QStringLiteral("–");
    return QLocale().toString(*value, 'g', 10);
}

} // namespace mestring::ui
