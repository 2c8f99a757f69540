#include "administrationpage.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "admin/accesslogpanel.h"
#include "admin/backuppanel.h"
#include "admin/centrepanel.h"
#include "admin/disposalpanel.h"
#include "core/services/permissions.h"
#include "core/services/reportservice.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "ui/models/stafftablemodel.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

AdministrationPage::AdministrationPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_staff(services.staff)
    , m_actor(std::move(actor))
    , m_header(new PageHeader(tr("Administration"), this))
    , m_tabs(new QTabWidget(this))
    , m_model(new StaffTableModel(this))
    , m_table(new QTableView(this))
{
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createStaffTab(), tr("Staff"));
    if (core::mayDo(m_actor, core::Permission::Backup)) {
        // The GUI's own file: the panel's worker opens a connection of its own on it.
        m_backup = new BackupPanel(services.reports.database().path(), m_actor, m_tabs);
        connect(
            m_backup, &BackupPanel::restartRequested, this, &AdministrationPage::restartRequested);
        m_tabs->addTab(m_backup, tr("Backup"));
    }
    if (core::mayDo(m_actor, core::Permission::ReadAccessLog)) {
        m_accessLog = new AccessLogPanel(services, m_actor, m_tabs);
        m_tabs->addTab(m_accessLog, tr("Access log"));
    }
    if (core::mayDo(m_actor, core::Permission::ManageStaff)) {
        m_centre = new CentrePanel(services.centre, m_actor, m_tabs);
        m_tabs->addTab(m_centre, tr("Centre"));
    }
    if (core::mayDo(m_actor, core::Permission::DisposeRecords)) {
        m_disposal = new DisposalPanel(services, m_actor, m_tabs);
        m_tabs->addTab(m_disposal, tr("Disposal"));
    }

    connect(&m_staff, &core::StaffService::staffChanged, this, &AdministrationPage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

QWidget *AdministrationPage::createStaffTab()
{
    auto *tab = new QWidget(this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(StaffTableModel::NameColumn, 260);
    m_table->setColumnWidth(StaffTableModel::UsernameColumn, 180);
    m_table->setColumnWidth(StaffTableModel::RoleColumn, 240);
    m_table->setAccessibleName(tr("Staff"));

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_table, 1);
    return tab;
}

void AdministrationPage::refresh()
{
    try {
        // Former staff too: records keep naming them, and a manager may reactivate them.
        const auto staff = m_staff.list(m_actor, true);
        const auto active = std::count_if(
            staff.begin(), staff.end(), [](const auto &member) { return member.active; });
        m_header->setSubtitle(tr("Active staff: %1. Former staff: %2.")
                                  .arg(active)
                                  .arg(qsizetype(staff.size()) - active));
        m_model->setStaff(staff);
        if (m_centre) m_centre->refresh();
    } catch (const core::ServiceError &error) {
        m_header->setSubtitle(error.message());
    } catch (const core::StorageError &error) {
        m_header->setSubtitle(error.message());
    }
}

void AdministrationPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
