#include "intakepage.h"

#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "intake/registrypanel.h"
#include "intake/waitinglistpanel.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

IntakePage::IntakePage(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(tr("Intake"), this))
    , m_tabs(new QTabWidget(this))
    , m_waiting(new WaitingListPanel(services, actor, this))
    , m_registry(new RegistryPanel(services, actor, this))
{
    m_header->setSubtitle(tr("Waiting lists for individual offers, and what to report to the "
                             "national registers."));
    m_tabs->setObjectName(QStringLiteral("intakeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_waiting, tr("&Waiting lists"));
    m_tabs->addTab(m_registry, tr("&Registry reporting"));
    connect(m_registry, &RegistryPanel::openClientRequested, this, &IntakePage::openClientRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_waiting->refresh();
        else
            m_registry->refresh();
        setFocusProxy(index == 0 ? m_waiting->table() : m_registry->table());
    });
    setFocusProxy(m_waiting->table());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

void IntakePage::showRegistry()
{
    m_tabs->setCurrentWidget(m_registry);
    m_registry->table()->setFocus();
}

void IntakePage::showEvent(QShowEvent *event)
{
    if (m_tabs->currentIndex() == 0)
        m_waiting->refresh();
    else
        m_registry->refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
