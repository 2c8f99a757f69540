#include "clientoverviewtab.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "clientmasterdataform.h"
#include "ui/models/coursetablemodel.h"

namespace mestring::ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

ClientOverviewTab::ClientOverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_masterData(new ClientMasterDataForm(this))
    , m_courseModel(new CourseTableModel(this))
    , m_courses(new QTableView(this))
    , m_coursesTitle(sectionTitle(tr("Treatment courses"), this))
    , m_noCourses(new QLabel(tr("No treatment courses are registered for this client."), this))
{
    m_courses->setObjectName(QStringLiteral("courseTable"));
    m_courses->setModel(m_courseModel);
    m_courses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_courses->setSelectionMode(QAbstractItemView::SingleSelection);
    m_courses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_courses->setAlternatingRowColors(true);
    // Long end reasons ("Udskrevet til andet tilbud eller hospital") wrap instead of being cut
    // off; rows size to their text, which is cheap for the few courses of one client.
    m_courses->setWordWrap(true);
    m_courses->verticalHeader()->hide();
    m_courses->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_courses->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_courses->setStyleSheet(QStringLiteral("QTableView::item { padding: 4px 2px; }"));
    m_courses->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_courses->horizontalHeader()->setStretchLastSection(true);
    m_courses->setAccessibleName(tr("Treatment courses"));
    // As tall as its rows: a client has a handful of courses, and an empty grid below them
    // would look like missing data.
    m_courses->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_courses->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_noCourses->setObjectName(QStringLiteral("noCoursesLabel"));
    m_noCourses->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Master data"), this));
    layout->addWidget(m_masterData);
    layout->addSpacing(12);
    layout->addWidget(m_coursesTitle);
    layout->addWidget(m_noCourses);
    layout->addWidget(m_courses);
    layout->addStretch(1);
}

void ClientOverviewTab::setRecord(const core::Client &client,
    std::optional<std::vector<core::Course>> courses, const QHash<QString, QString> &staffNames,
    const QDate &today)
{
    m_masterData->setClient(client, today);
    m_coursesTitle->setVisible(courses.has_value());
    m_courseModel->setCourses(
        courses ? std::move(*courses) : std::vector<core::Course>(), staffNames);
    const bool none = m_courseModel->rowCount() == 0;
    m_noCourses->setVisible(courses && none);
    m_courses->setVisible(courses && !none);
    m_courses->resizeColumnsToContents();
    for (int column = 0; column + 1 < CourseTableModel::ColumnCount; ++column)
        m_courses->setColumnWidth(column, m_courses->columnWidth(column) + 16);
}

} // namespace mestring::ui
