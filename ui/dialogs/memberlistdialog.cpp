#include "memberlistdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/reports/reporttitles.h"
#include "sheets/membersheet.h"
#include "ui/models/membertablemodel.h"
#include "ui/print/htmlprint.h"
#include "ui/reports/sheetexport.h"

namespace mestring::ui {

namespace {

QString summaryText(const MemberListInfo &info, core::MemberUnit unit,
    const std::vector<core::MemberRow> &rows, bool isRate)
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    for (const core::MemberRow &row : rows) {
        numerator += row.numerator;
        denominator += row.denominator;
    }
    const int count = int(rows.size());
    QString members;
    if (info.indicator == u"antabus_episodes")
        members = MemberListDialog::tr("%n episode(s)", nullptr, count);
    else if (unit == core::MemberUnit::Client)
        members = MemberListDialog::tr("%n client(s)", nullptr, count);
    else
        members = MemberListDialog::tr("%n course(s)", nullptr, count);
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(info.title.toHtmlEscaped(), info.period);
    if (!info.group.isEmpty()) text += QStringLiteral(" · ") + info.group.toHtmlEscaped();
    text += QStringLiteral(" · ") + members;
    if (isRate) {
        text += QStringLiteral(" · ")
            + MemberListDialog::tr("numerator %1 of denominator %2").arg(numerator).arg(denominator);
    }
    return text;
}

// The file name offered for the list's PDF or spreadsheet (without extension).
QString listFileName(const MemberListInfo &info)
{
    return MemberListDialog::tr("Behind the number %1")
        .arg(info.title)
        .replace(QLatin1Char('/'), QLatin1Char('-'));
}

} // namespace

MemberListDialog::MemberListDialog(const MemberListInfo &info, core::MemberUnit unit,
    std::vector<core::MemberRow> rows, const PrintUse &use, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_use(use)
    , m_model(new MemberTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("memberListDialog"));
    setWindowTitle(tr("Behind the number: %1").arg(info.title));
    m_summary->setText(summaryText(info, unit, rows, core::indicatorIsRate(info.indicator)));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("memberSummary"));
    m_model->setRows(info.indicator, std::move(rows));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(MemberTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order the report met them, until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(105);
    const std::pair<core::MemberColumn, int> widths[] = {{core::MemberColumn::Client, 190},
        {core::MemberColumn::Course, 80}, {core::MemberColumn::Responsible, 130},
        {core::MemberColumn::Requested, 150}, {core::MemberColumn::DaysWaited, 90},
        {core::MemberColumn::DelayReason, 240}};
    for (const auto &[column, width] : widths) {
        if (const int section = m_model->columnOf(column); section >= 0)
            m_table->setColumnWidth(section, width);
    }
    m_table->setAccessibleName(tr("Courses and clients behind the number"));
    if (m_model->rowCount() > 0) m_table->selectRow(0);

    auto *hint = new QLabel(tr("Click a column heading to sort. Enter or a double-click opens the "
                               "client's record. Opening the list is written to the access log."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    for (QPushButton *button : {m_print, m_export}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &MemberListDialog::printPreview);
    connect(m_export, &QPushButton::clicked, this, &MemberListDialog::exportList);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_chosen = index.data(MemberTableModel::ClientIdRole).toString();
        m_chosenCourse = index.data(MemberTableModel::CourseIdRole).toString();
        if (!m_chosen.isEmpty()) accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(1150, 560);
    m_table->setFocus();
}

std::vector<core::MemberRow> MemberListDialog::shownRows() const
{
    std::vector<core::MemberRow> rows;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        rows.push_back(m_model->rowAt(m_sorted->mapToSource(m_sorted->index(r, 0)).row()));
    return rows;
}

QString MemberListDialog::html() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(m_info.title.toHtmlEscaped(), m_summary->text());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int c = 0; c < m_sorted->columnCount(); ++c)
        html += QStringLiteral("<th align=\"left\">%1</th>")
                    .arg(m_sorted->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < m_sorted->columnCount(); ++c)
            html += htmlCell(m_sorted->index(r, c).data().toString());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p><small>%1</small></p>")
                .arg(tr("Printed %1 from Mestring").arg(m_info.today.toString(QStringLiteral("dd-MM-yyyy"))));
    return html;
}

QString MemberListDialog::exportTo(const QString &path) const
{
    const sheets::MemberSheetInfo info {
        m_info.indicator, m_info.title, m_info.period, m_info.group, m_info.today};
    return saveSheets(path, {sheets::memberSheet(info, shownRows())}, m_use);
}

void MemberListDialog::printPreview()
{
    const HtmlDocument document {tr("Behind the number – print preview"),
        listFileName(m_info) + QStringLiteral(".pdf"),
        html(), m_model->columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait};
    previewHtml(this, document, m_use);
}

void MemberListDialog::exportList()
{
    const sheets::MemberSheetInfo info {
        m_info.indicator, m_info.title, m_info.period, m_info.group, m_info.today};
    const QString error = saveSheetsAs(this, tr("Export the list"),
        listFileName(m_info),
        {sheets::memberSheet(info, shownRows())}, m_use);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export the list"), error);
}

} // namespace mestring::ui
