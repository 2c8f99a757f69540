#include "csvfile.h"

#include <QLocale>

namespace mestring::sheets {

namespace {

// Danish Excel's own number form whatever the PC's locale: decimal comma, no thousands dots.
QString danishNumber(double value, int decimals)
{
    static const QLocale danish = [] {
        QLocale l(QLocale::Danish, QLocale::Denmark);
        l.setNumberOptions(QLocale::OmitGroupSeparator);
        return l;
    }();
    if (decimals < 0) return danish.toString(value, 'g', 15);
    return danish.toString(value, 'f', decimals);
}

QString quoted(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString field(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Text:
    case Cell::Kind::Heading:
        return quoted(cell.text);
    case Cell::Kind::Integer:
        return danishNumber(cell.number, 0);
    case Cell::Kind::Decimal:
        return danishNumber(cell.number, 1);
    case Cell::Kind::Number:
        return danishNumber(cell.number, -1);
    case Cell::Kind::Share:
        return danishNumber(cell.number * 100.0, 1) + QLatin1Char('%');
    case Cell::Kind::Points:
        return danishNumber(cell.number, 1);
    case Cell::Kind::Date:
        return cell.date.toString(QStringLiteral("dd-MM-yyyy"));
    }
    return {};
}

} // namespace

QByteArray danishCsv(const std::vector<Sheet> &sheets)
{
    QString text;
    for (std::size_t s = 0; s < sheets.size(); ++s) {
        if (s > 0) text += QStringLiteral("\r\n");
        for (const Row &row : sheets[s].rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (c > 0) text += QLatin1Char(';');
                text += field(row[c]);
            }
            text += QStringLiteral("\r\n");
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace mestring::sheets
