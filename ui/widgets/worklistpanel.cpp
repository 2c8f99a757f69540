#include "worklistpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/services/dispensingservice.h"
#include "core/services/medicationsettingsservice.h"
#include "ui/models/worklisttablemodel.h"
#include "ui/servicecall.h"

namespace mestring::ui {

WorklistPanel::WorklistPanel(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_title(new QLabel(this))
    , m_model(new WorklistTableModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("worklistPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("worklistTitle"));
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WorklistTableModel::KindColumn, 210);
    m_table->setColumnWidth(WorklistTableModel::ClientColumn, 190);
    m_table->setColumnWidth(WorklistTableModel::BirthDateColumn, 95);
    m_table->setAccessibleName(tr("Doctor's worklist"));
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 + 30);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openMedicationRequested(index.data(WorklistTableModel::ClientIdRole).toString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
}

bool WorklistPanel::isFor(const core::Actor &actor)
{
    return actor.role == core::Role::Doctor || actor.role == core::Role::Nurse;
}

void WorklistPanel::refresh()
{
    const std::optional<QString> failure = failureOf([&] {
        const core::MedicationSettings settings = m_services.medicationSettings.settings(m_actor);
        m_model->setItems(m_services.dispensings.worklist(m_actor), settings);
    });
    if (failure) {
        m_model->setItems({}, core::MedicationSettings::defaults());
        m_title->setText(*failure);
        return;
    }
    m_title->setText(m_model->rowCount() == 0
            ? tr("Doctor's worklist: nothing to do today.")
            : tr("Doctor's worklist: %n thing(s) only a doctor can resolve. Enter opens the "
                 "client's medication.",
                  nullptr, m_model->rowCount()));
    m_table->setVisible(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) m_table->selectRow(0);
}

} // namespace mestring::ui
