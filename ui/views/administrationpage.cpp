#include "administrationpage.h"

#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "admin/accesslogpanel.h"
#include "admin/backuppanel.h"
#include "admin/centrepanel.h"
#include "admin/disposalpanel.h"
#include "admin/medicationsettingspanel.h"
#include "admin/staffpanel.h"
#include "core/services/permissions.h"
#include "core/services/reportservice.h"
#include "core/storage/database.h"
#include "ui/models/stafftablemodel.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

AdministrationPage::AdministrationPage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_header(new PageHeader(tr("Administration"), this))
    , m_tabs(new QTabWidget(this))
    , m_staffPanel(new StaffPanel(services, m_actor, this))
{
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_staffPanel, tr("Staff"));
    connect(m_staffPanel, &StaffPanel::countsChanged, this, [this](int active, int former) {
        m_header->setSubtitle(
            tr("Active staff: %1. Former staff: %2.").arg(active).arg(former));
    });
    if (core::mayDo(m_actor, core::Permission::Backup)) {
        // The GUI's own file: the panel's worker opens a connection of its own on it.
        m_backup = new BackupPanel(services.reports.database().location(), m_actor, m_tabs);
        connect(
            m_backup, &BackupPanel::restartRequested, this, &AdministrationPage::restartRequested);
        m_tabs->addTab(m_backup, tr("Backup"));
    }
    if (core::mayDo(m_actor, core::Permission::ReadAccessLog)) {
        m_accessLog = new AccessLogPanel(services, m_actor, m_tabs);
        m_tabs->addTab(m_accessLog, tr("Access log"));
    }
    if (core::mayDo(m_actor, core::Permission::ReadMedication)) {
        m_tabs->addTab(new MedicationSettingsPanel(services, m_actor, m_tabs), tr("Medication"));
    }
    if (core::mayDo(m_actor, core::Permission::ManageStaff)) {
        m_centre = new CentrePanel(services.centre, m_actor, m_tabs);
        m_tabs->addTab(m_centre, tr("Centre"));
    }
    if (core::mayDo(m_actor, core::Permission::DisposeRecords)) {
        m_disposal = new DisposalPanel(services, m_actor, m_tabs);
        m_tabs->addTab(m_disposal, tr("Disposal"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

StaffTableModel *AdministrationPage::staffModel() const
{
    return m_staffPanel->model();
}

void AdministrationPage::refresh()
{
    m_staffPanel->refresh();
    if (m_centre) m_centre->refresh();
}

void AdministrationPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
    // Keyboard first: Ctrl+N, F2 and Enter work on the list as soon as the page opens.
    if (m_tabs->currentWidget() == m_staffPanel) m_staffPanel->table()->setFocus();
}

} // namespace mestring::ui
