#pragma once

#include <QWidget>

#include "core/services/actor.h"

class QLabel;

namespace mestring::core {
class ClientService;
}

namespace mestring::ui {

class PageHeader;

/// Overblik: who is logged in, today's date and the size of the client register. The
/// caseload, today's appointments and due flags join it as their services arrive.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(core::ClientService &clients, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the figures again (also done each time the page is shown).
    void refresh();

Q_SIGNALS:
    void findClientRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    core::ClientService &m_clients;
    core::Actor m_actor;
    PageHeader *m_header;
    QLabel *m_clientCount;
};

} // namespace mestring::ui
