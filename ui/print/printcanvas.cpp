#include "printcanvas.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>

#include "ui/formatting.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

constexpr double headerHeight = 80;
constexpr double footerHeight = 40;
constexpr double cellPadding = 4;

} // namespace

int PrintCanvas::paint(QPagedPaintDevice &device, const PrintHeader &header,
    const std::function<void(PrintCanvas &)> &content, QStringList *drawnText)
{
    PrintCanvas counting(device, header, nullptr, 0, nullptr);
    counting.startPage();
    content(counting);
    const int pages = counting.m_page;

    QPainter painter;
    if (!painter.begin(&device)) return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = device.width() / pageWidth;
    painter.scale(scale, scale);
    PrintCanvas painting(device, header, &painter, pages, drawnText);
    painting.startPage();
    content(painting);
    painter.end();
    return pages;
}

QByteArray PrintCanvas::pdf(
    const QString &title, const std::function<void(QPagedPaintDevice &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Mestring"));
        paint(writer);
    }
    buffer.close();
    return bytes;
}

PrintCanvas::PrintCanvas(QPagedPaintDevice &device, const PrintHeader &header, QPainter *painter,
    int pageCount, QStringList *drawnText)
    : m_device(device)
    , m_header(header)
    , m_painter(painter)
    , m_drawnText(drawnText)
    , m_pageCount(pageCount)
{
    m_pageHeight = device.height() / (device.width() / pageWidth);
    m_bodyTop = headerHeight;
    m_bodyBottom = m_pageHeight - footerHeight;
}

QFont PrintCanvas::font(const TextStyle &style) const
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setPixelSize(qRound(style.size));
    f.setBold(style.bold);
    f.setItalic(style.italic);
    return f;
}

double PrintCanvas::textHeight(const QString &text, const TextStyle &style, double width) const
{
    const QFontMetricsF metrics(font(style), &m_device);
    if (text.isEmpty()) return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

double PrintCanvas::rowHeight(const PrintRow &row) const
{
    double height = 0;
    for (const PrintCell &cell : row)
        height = std::max(height,
            textHeight(cell.text, cell.style, cell.width - 2 * cellPadding) + 2 * cellPadding);
    return height;
}

void PrintCanvas::startPage()
{
    if (m_page > 0 && m_painter) m_device.newPage();
    ++m_page;
    m_y = m_bodyTop;
    if (!m_painter) return;
    paintHeader();
    paintFooter();
}

void PrintCanvas::ensureSpace(double height)
{
    // A block taller than a whole page is painted from the top and cut at the footer.
    if (m_y + height > m_bodyBottom && m_y > m_bodyTop) startPage();
}

void PrintCanvas::drawText(
    const QRectF &rect, int flags, const QString &text, const TextStyle &style)
{
    if (!m_painter || text.isEmpty()) return;
    m_painter->setFont(font(style));
    m_painter->setPen(style.colour);
    m_painter->drawText(rect, flags, text);
    if (m_drawnText) m_drawnText->append(text);
}

void PrintCanvas::paintHeader()
{
    const TextStyle title {26, true};
    const TextStyle subject {16, true};
    drawText(QRectF(0, 0, pageWidth, 34), Qt::AlignLeft | Qt::AlignVCenter, m_header.title, title);
    drawText(
        QRectF(0, 0, pageWidth, 34), Qt::AlignRight | Qt::AlignVCenter, m_header.subject, subject);
    drawText(QRectF(0, 38, pageWidth, 22), Qt::AlignLeft | Qt::AlignVCenter, m_header.filters,
        TextStyle {14});
    m_painter->setPen(QPen(Qt::darkGray, 1.5));
    m_painter->drawLine(QPointF(0, 66), QPointF(pageWidth, 66));
}

void PrintCanvas::paintFooter()
{
    const double top = m_pageHeight - footerHeight + 8;
    m_painter->setPen(QPen(Qt::darkGray, 1.0));
    m_painter->drawLine(QPointF(0, top), QPointF(pageWidth, top));
    const QRectF line(0, top + 4, pageWidth, footerHeight - 12);
    drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        tr("Printed %1 from Mestring").arg(formatDate(m_header.printedOn)), TextStyle {14});
    drawText(line, Qt::AlignRight | Qt::AlignVCenter,
        tr("Page %1 of %2").arg(m_page).arg(m_pageCount), TextStyle {14});
}

void PrintCanvas::block(const std::vector<PrintRow> &rows, double gapAfter)
{
    double total = 0;
    for (const PrintRow &row : rows)
        total += rowHeight(row);
    ensureSpace(total);
    for (const PrintRow &row : rows) {
        const double height = rowHeight(row);
        // A block longer than a page continues on the next one, row by row.
        ensureSpace(height);
        for (const PrintCell &cell : row) {
            const QRectF rect(cell.x + cellPadding, m_y + cellPadding, cell.width - 2 * cellPadding,
                height - 2 * cellPadding);
            drawText(
                rect, int(cell.alignment) | Qt::AlignTop | Qt::TextWordWrap, cell.text, cell.style);
        }
        m_y += height;
    }
    m_y += gapAfter;
}

void PrintCanvas::heading(const QString &text, double keepWith)
{
    const TextStyle style {18, true};
    const double height = textHeight(text, style, pageWidth) + 6;
    ensureSpace(height + keepWith);
    drawText(QRectF(0, m_y, pageWidth, height), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
        text, style);
    m_y += height + 4;
}

void PrintCanvas::paragraph(const QString &text, const TextStyle &style)
{
    block({{PrintCell {0, pageWidth, text, style}}}, 2);
}

void PrintCanvas::rule(const QColor &colour)
{
    if (m_painter) {
        m_painter->setPen(QPen(colour, 0.8));
        m_painter->drawLine(QPointF(0, m_y), QPointF(pageWidth, m_y));
    }
    m_y += 4;
}

void PrintCanvas::chart(QChart *chart, double height, double x, double width, bool advance)
{
    ensureSpace(height);
    if (m_painter) {
        QGraphicsScene scene;
        scene.addItem(chart); // the scene owns and deletes it
        // Laid out a little smaller than the box, so its small text prints larger.
        const QSizeF size = QSizeF(width, height) * 0.85;
        chart->resize(size);
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(
            m_painter, QRectF(x, m_y, width, height), scene.sceneRect(), Qt::KeepAspectRatio);
        if (m_drawnText) m_drawnText->append(chart->title());
    } else {
        delete chart;
    }
    if (advance) m_y += height + 8;
}

} // namespace mestring::ui
