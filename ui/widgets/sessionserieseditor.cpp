#include "sessionserieseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include "datefield.h"
#include "timefield.h"
#include "ui/formatting.h"

namespace mestring::ui {

namespace {

enum Column { DateColumn, StartColumn, TopicColumn, ColumnCount };

// Topics are typed in the table: the editor gets the same length limit as every text field.
class TopicDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setMaxLength(SessionSeriesEditor::maxTopicLength);
        return editor;
    }
};

} // namespace

SessionSeriesEditor::SessionSeriesEditor(QWidget *parent)
    : QWidget(parent)
    , m_first(new DateField(this))
    , m_start(new TimeField(this))
    , m_count(new QSpinBox(this))
    , m_weekday(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_first->setObjectName(QStringLiteral("firstSession"));
    m_first->setMaximumWidth(120);
    m_first->setToolTip(tr("The day of the first session (dd-mm-yyyy)"));
    m_start->setObjectName(QStringLiteral("sessionStart"));
    m_start->setTime(QTime(10, 0));
    m_count->setObjectName(QStringLiteral("sessionCount"));
    m_count->setRange(0, 52);
    m_count->setValue(4);
    m_count->setToolTip(tr("How many weekly sessions"));
    m_weekday->setObjectName(QStringLiteral("seriesWeekday"));
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Start"), tr("Topic")});
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(DateColumn, 130);
    m_table->setColumnWidth(StartColumn, 60);
    m_table->setItemDelegateForColumn(TopicColumn, new TopicDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setMinimumHeight(150);
    m_table->setAccessibleName(tr("Sessions"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    auto *firstLabel = new QLabel(tr("&First session:"), this);
    firstLabel->setBuddy(m_first);
    auto *startLabel = new QLabel(tr("at"), this);
    auto *countLabel = new QLabel(tr("&Number:"), this);
    countLabel->setBuddy(m_count);
    row->addWidget(firstLabel);
    row->addWidget(m_first);
    row->addWidget(startLabel);
    row->addWidget(m_start);
    row->addSpacing(12);
    row->addWidget(countLabel);
    row->addWidget(m_count);
    row->addSpacing(12);
    row->addWidget(m_weekday, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table);

    connect(m_first, &DateField::dateChanged, this, &SessionSeriesEditor::rebuild);
    connect(m_start, &TimeField::timeChanged, this, &SessionSeriesEditor::rebuild);
    connect(m_count, &QSpinBox::valueChanged, this, &SessionSeriesEditor::rebuild);
    connect(m_table, &QTableWidget::itemChanged, this, &SessionSeriesEditor::changed);
    rebuild();
}

void SessionSeriesEditor::setSeries(const QDate &first, const QTime &start, int count)
{
    m_first->setDate(first);
    m_start->setTime(start);
    m_count->setValue(count);
    rebuild();
}

void SessionSeriesEditor::rebuild()
{
    const QDate first = m_first->date();
    const int count = first.isValid() ? m_count->value() : 0;
    m_weekday->setText(first.isValid() ? tr("every %1").arg(QLocale().dayName(first.dayOfWeek()))
                                       : tr("Type the date of the first session."));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(count); // rows kept keep their topics
    for (int i = 0; i < count; ++i) {
        const QDate date = first.addDays(7 * i);
        auto *dateItem
            = new QTableWidgetItem(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)
                + QLatin1Char(' ') + formatDate(date));
        dateItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        dateItem->setData(Qt::UserRole, date);
        m_table->setItem(i, DateColumn, dateItem);
        auto *startItem = new QTableWidgetItem(m_start->time().toString(QStringLiteral("HH:mm")));
        startItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(i, StartColumn, startItem);
        if (!m_table->item(i, TopicColumn)) m_table->setItem(i, TopicColumn, new QTableWidgetItem);
    }
    Q_EMIT changed();
}

void SessionSeriesEditor::setTopic(int session, const QString &topic)
{
    if (QTableWidgetItem *item = m_table->item(session, TopicColumn))
        item->setText(topic.left(maxTopicLength));
}

bool SessionSeriesEditor::isAcceptable() const
{
    return m_first->isAcceptable() && m_start->time().isValid();
}

std::vector<core::GroupSession> SessionSeriesEditor::sessions() const
{
    std::vector<core::GroupSession> list;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        core::GroupSession session;
        session.date = m_table->item(i, DateColumn)->data(Qt::UserRole).toDate();
        session.start = m_start->time();
        if (const QTableWidgetItem *topic = m_table->item(i, TopicColumn))
            session.topic = topic->text().trimmed();
        list.push_back(session);
    }
    return list;
}

} // namespace mestring::ui
