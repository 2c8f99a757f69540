#include "effectreportprint.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include "ui/charts/reportcharts.h"
#include "ui/formatting.h"
#include "ui/models/reporttablemodel.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

// Everything is laid out in units of a page 1000 wide (A4 inside 15 mm margins: 1 unit is
// 0.18 mm); the painter scales them to the device.
constexpr double pageWidth = 1000;
constexpr double headerHeight = 80;
constexpr double footerHeight = 40;
constexpr double rowHeight = 24;
constexpr int chartsPerPage = 2;
constexpr std::array<double, ReportTableModel::ColumnCount> columnWidths
    = {340, 290, 80, 110, 80, 100};

QFont font(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

class ReportPainter
{
public:
    ReportPainter(
        QPagedPaintDevice &device, const ReportBundle &bundle, const ReportPrintInfo &info)
        : m_device(device)
        , m_bundle(bundle)
        , m_info(info)
        , m_rows(core::reportRows(bundle.report()))
    {
    }

    void paint()
    {
        if (!m_painter.begin(&m_device)) return;
        m_painter.setRenderHint(QPainter::Antialiasing);
        const double scale = m_device.width() / pageWidth;
        m_pageHeight = m_device.height() / scale;
        m_painter.scale(scale, scale);
        const double body = m_pageHeight - headerHeight - footerHeight;
        m_rowsPerPage = std::max(1, int((body - rowHeight * 1.5) / rowHeight));
        const int tablePages = int((m_rows.size() + m_rowsPerPage - 1) / m_rowsPerPage);
        const int chartPages = (reportChartCount + chartsPerPage - 1) / chartsPerPage;
        m_pageCount = tablePages + chartPages;
        for (int p = 0; p < tablePages; ++p) {
            startPage();
            paintTable(p * m_rowsPerPage);
        }
        for (int p = 0; p < chartPages; ++p) {
            startPage();
            paintCharts(p * chartsPerPage);
        }
        m_painter.end();
    }

private:
    void startPage()
    {
        if (m_page > 0) m_device.newPage();
        ++m_page;
        paintHeader();
        paintFooter();
    }

    void paintHeader()
    {
        m_painter.setPen(Qt::black);
        m_painter.setFont(font(26, true));
        m_painter.drawText(QRectF(0, 0, pageWidth, 34), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("mestring", "Effect goals"));
        m_painter.setFont(font(16, true));
        m_painter.drawText(QRectF(0, 0, pageWidth, 34), Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("mestring", "Period: %1").arg(periodText(m_bundle.report().from, m_bundle.report().to)));
        m_painter.setFont(font(14));
        const QString filters = m_info.filters.isEmpty()
            ? QCoreApplication::translate(
                "mestring", "Filters: none (every course and client of the centre)")
            : QCoreApplication::translate("mestring", "Filters: %1").arg(m_info.filters);
        m_painter.drawText(QRectF(0, 38, pageWidth, 22), Qt::AlignLeft | Qt::AlignVCenter, filters);
        m_painter.setPen(QPen(Qt::darkGray, 1.5));
        m_painter.drawLine(QPointF(0, 66), QPointF(pageWidth, 66));
    }

    void paintFooter()
    {
        const double top = m_pageHeight - footerHeight + 8;
        m_painter.setPen(QPen(Qt::darkGray, 1.0));
        m_painter.drawLine(QPointF(0, top), QPointF(pageWidth, top));
        m_painter.setPen(Qt::black);
        m_painter.setFont(font(14));
        const QRectF line(0, top + 4, pageWidth, footerHeight - 12);
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("mestring", "Printed %1 from Mestring")
                .arg(formatDate(m_info.printedOn)));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("mestring", "Page %1 of %2").arg(m_page).arg(m_pageCount));
    }

    void paintTable(int firstRow)
    {
        ReportTableModel model;
        model.setReport(m_bundle.report());
        double y = headerHeight;
        m_painter.setFont(font(15, true));
        double x = 0;
        for (int c = 0; c < ReportTableModel::ColumnCount; ++c) {
            m_painter.drawText(QRectF(x + 4, y, columnWidths[c] - 8, rowHeight * 1.5),
                alignment(c) | Qt::AlignBottom, model.headerData(c, Qt::Horizontal).toString());
            x += columnWidths[c];
        }
        y += rowHeight * 1.5;
        m_painter.setPen(QPen(Qt::black, 1.0));
        m_painter.drawLine(QPointF(0, y), QPointF(pageWidth, y));
        const int last = std::min(int(m_rows.size()), firstRow + m_rowsPerPage);
        for (int r = firstRow; r < last; ++r) {
            const bool newIndicator = r == firstRow
                || m_rows[std::size_t(r)].indicator != m_rows[std::size_t(r - 1)].indicator;
            if (newIndicator && r != firstRow) {
                m_painter.setPen(QPen(Qt::lightGray, 0.8));
                m_painter.drawLine(QPointF(0, y), QPointF(pageWidth, y));
            }
            paintRow(model, r, y, newIndicator);
            y += rowHeight;
        }
    }

    static Qt::Alignment alignment(int column)
    {
        const bool number
            = column >= ReportTableModel::ValueColumn && column <= ReportTableModel::TargetColumn;
        return number ? Qt::AlignRight : Qt::AlignLeft;
    }

    void paintRow(const ReportTableModel &model, int row, double y, bool withIndicator)
    {
        double x = 0;
        for (int c = 0; c < ReportTableModel::ColumnCount; ++c) {
            const QModelIndex index = model.index(row, c);
            QString text = index.data().toString();
            if (c == ReportTableModel::IndicatorColumn && !withIndicator) text.clear();
            m_painter.setFont(font(13, c == ReportTableModel::IndicatorColumn));
            const QVariant colour = index.data(Qt::ForegroundRole);
            m_painter.setPen(colour.isValid() ? colour.value<QBrush>().color() : QColor(Qt::black));
            const QRectF cell(x + 4, y, columnWidths[c] - 8, rowHeight);
            m_painter.drawText(cell, alignment(c) | Qt::AlignVCenter,
                m_painter.fontMetrics().elidedText(text, Qt::ElideRight, int(cell.width())));
            x += columnWidths[c];
        }
    }

    void paintCharts(int first)
    {
        const double body = m_pageHeight - headerHeight - footerHeight;
        const double height = body / chartsPerPage - 10;
        for (int i = 0; i < chartsPerPage && first + i < reportChartCount; ++i) {
            const QRectF target(0, headerHeight + i * (height + 10), pageWidth, height);
            paintChart(ReportChart(first + i), target);
        }
    }

    void paintChart(ReportChart which, const QRectF &target)
    {
        QGraphicsScene scene;
        QChart *chart = createReportChart(which, m_bundle);
        scene.addItem(chart); // the scene owns and deletes it
        // Laid out a little smaller than the target, so its 9-point text prints larger.
        const QSizeF size = target.size() * 0.85;
        chart->resize(size);
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(&m_painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    }

    QPagedPaintDevice &m_device;
    const ReportBundle &m_bundle;
    const ReportPrintInfo &m_info;
    std::vector<core::ReportRow> m_rows;
    QPainter m_painter;
    double m_pageHeight = 0;
    int m_rowsPerPage = 1;
    int m_page = 0;
    int m_pageCount = 0;
};

} // namespace

void paintEffectReport(
    QPagedPaintDevice &device, const ReportBundle &bundle, const ReportPrintInfo &info)
{
    ReportPainter(device, bundle, info).paint();
}

QByteArray effectReportPdf(const ReportBundle &bundle, const ReportPrintInfo &info)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(
            QCoreApplication::translate("mestring", "Effect goals %1").arg(periodText(bundle.report().from, bundle.report().to)));
        writer.setCreator(QStringLiteral("Mestring"));
        paintEffectReport(writer, bundle, info);
    }
    buffer.close();
    return bytes;
}

QString periodText(const QDate &from, const QDate &to)
{
    return core::periodTitle(from, to);
}

} // namespace mestring::ui
