#pragma once

#include <functional>
#include <vector>

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QPainter>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace mestring::ui {

/// What a printed record report says about itself at the top of every page.
struct PrintHeader
{
    QString title; // "Opfølgning pr. behandler"
    QString subject; // right of the title: "Behandler: Anne Holm"
    QString filters; // the second line: the day, the periods and what is included
    QDate printedOn;
};

/// How a piece of text is set; sizes in page units (the page is 1000 wide).
struct TextStyle
{
    double size = 13;
    bool bold = false;
    QColor colour = Qt::black;
    bool italic = false;
};

/// One cell of a printed row: text wrapped in [x, x + width).
struct PrintCell
{
    double x = 0;
    double width = 0;
    QString text;
    TextStyle style;
    Qt::Alignment alignment = Qt::AlignLeft;
};
using PrintRow = std::vector<PrintCell>;

/// A flowing page layout for the printed record reports (Opfølgning pr. behandler,
/// Borgerstatus), in the house style of the Effektmål report: A4 laid out 1000 units wide, the
/// title, subject and filters at the top of every page, the date of printing and "Side n af m"
/// at the bottom. The content is laid out twice: once to count the pages, once to paint, so the
/// content function must do the same both times. Blocks that do not fit on what is left of a
/// page start a new one.
class PrintCanvas
{
public:
    static constexpr double pageWidth = 1000;

    /// Paints `content` on `device` (a QPrinter or QPdfWriter with its layout set); returns the
    /// number of pages. Every text painted is appended to `drawnText` when given (tests).
    static int paint(QPagedPaintDevice &device, const PrintHeader &header,
        const std::function<void(PrintCanvas &)> &content, QStringList *drawnText = nullptr);

    /// A PDF document (A4 portrait, 15 mm margins, 300 dpi) painted by `paint`.
    static QByteArray pdf(
        const QString &title, const std::function<void(QPagedPaintDevice &)> &paint);

    /// The height of `text` set in `style` and wrapped at `width`.
    double textHeight(const QString &text, const TextStyle &style, double width) const;
    double rowHeight(const PrintRow &row) const;
    /// Starts a new page unless `height` fits below the cursor.
    void ensureSpace(double height);
    /// Whether `height` fits below the cursor on this page.
    bool fits(double height) const { return m_y + height <= m_bodyBottom; }
    /// Starts a new page (unless the cursor is already at the top of one).
    void newPage()
    {
        if (m_y > m_bodyTop) startPage();
    }
    /// Paints the rows as one block (on a new page when it does not fit), then moves down.
    void block(const std::vector<PrintRow> &rows, double gapAfter = 6);
    /// A section heading, kept on a page with at least `keepWith` of what follows.
    void heading(const QString &text, double keepWith = 80);
    /// A paragraph over the whole width.
    void paragraph(const QString &text, const TextStyle &style = {});
    /// A thin rule across the page.
    void rule(const QColor &colour = Qt::lightGray);
    /// Renders `chart` (taken over and deleted) in a box `height` tall and `width` wide at `x`;
    /// `advance` moves the cursor below it (false: the next chart goes beside it).
    void chart(
        QChart *chart, double height, double x = 0, double width = pageWidth, bool advance = true);
    void skip(double height) { m_y += height; }
    double y() const { return m_y; }
    double bodyHeight() const { return m_bodyBottom - m_bodyTop; }

private:
    PrintCanvas(QPagedPaintDevice &device, const PrintHeader &header, QPainter *painter,
        int pageCount, QStringList *drawnText);
    void startPage();
    void paintHeader();
    void paintFooter();
    void drawText(const QRectF &rect, int flags, const QString &text, const TextStyle &style);
    QFont font(const TextStyle &style) const;

    QPagedPaintDevice &m_device;
    const PrintHeader &m_header;
    QPainter *m_painter; // null while counting pages
    QStringList *m_drawnText;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    double m_pageHeight = 0;
    double m_y = 0;
    int m_page = 0;
    int m_pageCount = 0;
};

} // namespace mestring::ui
