#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QTabWidget;

namespace mestring::ui {

class PageHeader;
class RegistryPanel;
class WaitingListPanel;

/// Visitation (intake staff, coordinators, managers): the waiting lists of the individual
/// offers and the registry worklist, one tab each.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(Services services, core::Actor actor, QWidget *parent = nullptr);

    WaitingListPanel *waitingLists() const { return m_waiting; }
    RegistryPanel *registry() const { return m_registry; }
    /// Brings the registry worklist to the front (from the Overblik's notice).
    void showRegistry();

Q_SIGNALS:
    void openClientRequested(const QString &clientId, const QString &courseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    PageHeader *m_header;
    QTabWidget *m_tabs;
    WaitingListPanel *m_waiting;
    RegistryPanel *m_registry;
};

} // namespace mestring::ui
