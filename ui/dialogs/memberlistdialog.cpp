#include "memberlistdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/membertablemodel.h"

namespace mestring::ui {

MemberListDialog::MemberListDialog(const QString &title, const QString &period,
    core::MemberUnit unit, std::vector<core::MemberRow> rows, bool isRate, bool weighted,
    QWidget *parent)
    : QDialog(parent)
    , m_model(new MemberTableModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("memberListDialog"));
    setWindowTitle(tr("Behind the number: %1").arg(title));
    const int count = int(rows.size());
    qint64 numerator = 0;
    qint64 denominator = 0;
    for (const core::MemberRow &row : rows) {
        numerator += row.numerator;
        denominator += row.denominator;
    }
    m_model->setRows(std::move(rows), weighted);

    const QString members = unit == core::MemberUnit::Client ? tr("%n client(s)", nullptr, count)
                                                             : tr("%n course(s)", nullptr, count);
    QString text
        = QStringLiteral("<b>%1</b><br>%2 · %3").arg(title.toHtmlEscaped(), period, members);
    if (isRate)
        text += QStringLiteral(" · ")
            + tr("numerator %1 of denominator %2").arg(numerator).arg(denominator);
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("memberSummary"));

    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(MemberTableModel::ClientColumn, 220);
    m_table->setColumnWidth(MemberTableModel::KindColumn, 110);
    m_table->setColumnWidth(MemberTableModel::StartColumn, 100);
    m_table->setColumnWidth(MemberTableModel::EndColumn, 100);
    m_table->setColumnWidth(MemberTableModel::NumeratorColumn, 110);
    m_table->setAccessibleName(tr("Courses and clients behind the number"));
    // A count: every member is in it, so there is nothing to tell apart.
    m_table->setColumnHidden(MemberTableModel::NumeratorColumn, !isRate);
    m_table->setColumnHidden(MemberTableModel::DenominatorColumn, !isRate);
    if (m_model->rowCount() > 0) m_table->selectRow(0);

    auto *hint = new QLabel(
        tr("Enter or a double-click opens the client's record. Opening the list is written to "
           "the access log."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    resize(820, 520);
    m_table->setFocus();
}

} // namespace mestring::ui
