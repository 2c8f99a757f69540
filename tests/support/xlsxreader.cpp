#include "xlsxreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace mestring::test {

namespace {

// One member of the zip file, or empty when it is not there.
QByteArray unzipped(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) return {};
    return unzip.readAllStandardOutput();
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    bool inItem = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == u"t" && inItem) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == u"si") {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

struct Style
{
    QString format;
    bool bold = false;
};

// The cell styles (cellXfs) with their number format codes and whether their font is bold.
std::vector<Style> styles(const QByteArray &xml)
{
    static const std::map<int, QString> builtIn
        = {{0, QString()}, {1, QStringLiteral("0")}, {2, QStringLiteral("0.00")},
            {9, QStringLiteral("0%")}, {10, QStringLiteral("0.00%")}, {14, QStringLiteral("m/d/yyyy")}};
    std::map<int, QString> formats = builtIn;
    std::vector<bool> boldFonts;
    std::vector<Style> xfs;
    QXmlStreamReader r(xml);
    QString section;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement()) continue;
        const auto name = r.name();
        if (name == u"numFmt") {
            formats[r.attributes().value(QLatin1StringView("numFmtId")).toInt()]
                = r.attributes().value(QLatin1StringView("formatCode")).toString();
        } else if (name == u"fonts" || name == u"cellXfs" || name == u"cellStyleXfs") {
            section = name.toString();
        } else if (name == u"font" && section == u"fonts") {
            boldFonts.push_back(false);
        } else if (name == u"b" && section == u"fonts" && !boldFonts.empty()) {
            boldFonts.back() = true;
        } else if (name == u"xf" && section == u"cellXfs") {
            const int numFmt = r.attributes().value(QLatin1StringView("numFmtId")).toInt();
            const auto font = std::size_t(r.attributes().value(QLatin1StringView("fontId")).toInt());
            xfs.push_back({formats.count(numFmt) ? formats[numFmt] : QString(),
                font < boldFonts.size() && boldFonts[font]});
        }
    }
    return xfs;
}

std::map<QString, XlsxCell> cells(
    const QByteArray &xml, const QStringList &strings, const std::vector<Style> &xfs)
{
    std::map<QString, XlsxCell> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement() || r.name() != u"c") continue;
        const QString reference = r.attributes().value(QLatin1StringView("r")).toString();
        const QString type = r.attributes().value(QLatin1StringView("t")).toString();
        const auto style = std::size_t(r.attributes().value(QLatin1StringView("s")).toInt());
        XlsxCell cell;
        if (style < xfs.size()) {
            cell.format = xfs[style].format;
            cell.bold = xfs[style].bold;
        }
        QString value;
        while (!(r.isEndElement() && r.name() == u"c") && !r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && (r.name() == u"v" || r.name() == u"t"))
                value += r.readElementText();
        }
        if (type == u"s") {
            cell.text = strings.value(value.toInt());
        } else if (type == u"inlineStr" || type == u"str") {
            cell.text = value;
        } else {
            cell.isNumber = true;
            cell.number = value.toDouble();
        }
        out[reference] = cell;
    }
    return out;
}

QStringList sheetNames(const QByteArray &workbookXml)
{
    QStringList names;
    QXmlStreamReader r(workbookXml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"sheet")
            names << r.attributes().value(QLatin1StringView("name")).toString();
    }
    return names;
}

} // namespace

const XlsxCell *XlsxBook::cell(int sheet, const QString &reference) const
{
    if (sheet < 0 || std::size_t(sheet) >= sheets.size()) return nullptr;
    const auto &cells = sheets[std::size_t(sheet)];
    const auto found = cells.find(reference);
    return found == cells.end() ? nullptr : &found->second;
}

XlsxBook readXlsx(const QByteArray &workbook)
{
    XlsxBook book;
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("book.xlsx"));
    QFile file(zip);
    if (!file.open(QIODevice::WriteOnly) || file.write(workbook) != workbook.size()) {
        book.error = QStringLiteral("cannot write the workbook to a temporary file");
        return book;
    }
    file.close();
    book.sheetNames = sheetNames(unzipped(zip, QStringLiteral("xl/workbook.xml")));
    if (book.sheetNames.isEmpty()) {
        book.error = QStringLiteral("no sheets in xl/workbook.xml (is unzip installed?)");
        return book;
    }
    const QStringList strings = sharedStrings(unzipped(zip, QStringLiteral("xl/sharedStrings.xml")));
    const std::vector<Style> xfs = styles(unzipped(zip, QStringLiteral("xl/styles.xml")));
    for (int i = 1; i <= book.sheetNames.size(); ++i) {
        book.sheets.push_back(cells(
            unzipped(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)), strings, xfs));
    }
    return book;
}

} // namespace mestring::test
