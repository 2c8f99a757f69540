#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QTabWidget;
class QTableView;

namespace mestring::ui {

class AccessLogPanel;
class DisposalPanel;
class BackupPanel;
class CentrePanel;
class PageHeader;
class StaffTableModel;

/// Administration (managers): the centre's staff accounts (read-only for now), the backups
/// and the access log, each on a tab of its own.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    StaffTableModel *staffModel() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Null for a role without the permission.
    BackupPanel *backupPanel() const { return m_backup; }
    AccessLogPanel *accessLogPanel() const { return m_accessLog; }
    DisposalPanel *disposalPanel() const { return m_disposal; }
    CentrePanel *centrePanel() const { return m_centre; }

Q_SIGNALS:
    /// A restore is waiting for the next start: the window must close.
    void restartRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createStaffTab();

    core::StaffService &m_staff;
    core::Actor m_actor;
    PageHeader *m_header;
    QTabWidget *m_tabs;
    BackupPanel *m_backup = nullptr;
    AccessLogPanel *m_accessLog = nullptr;
    DisposalPanel *m_disposal = nullptr;
    CentrePanel *m_centre = nullptr;
    StaffTableModel *m_model;
    QTableView *m_table;
};

} // namespace mestring::ui
