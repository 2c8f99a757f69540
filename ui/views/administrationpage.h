#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QTabWidget;

namespace mestring::ui {

class AccessLogPanel;
class DisposalPanel;
class BackupPanel;
class CentrePanel;
class PageHeader;
class StaffPanel;
class StaffTableModel;

/// Administration (managers): the centre's staff accounts, the backups, the access log and
/// disposal, each on a tab of its own.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    StaffTableModel *staffModel() const;
    StaffPanel *staffPanel() const { return m_staffPanel; }
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
    core::Actor m_actor;
    PageHeader *m_header;
    QTabWidget *m_tabs;
    BackupPanel *m_backup = nullptr;
    AccessLogPanel *m_accessLog = nullptr;
    DisposalPanel *m_disposal = nullptr;
    StaffPanel *m_staffPanel;
    CentrePanel *m_centre = nullptr;
};

} // namespace mestring::ui
