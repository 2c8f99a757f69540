#include "overviewpage.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include "core/services/clientservice.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "ui/formatting.h"
#include "ui/widgets/pageheader.h"

namespace mestring::ui {

namespace {

QString greeting(const QTime &now)
{
    if (now.hour() < 10) return OverviewPage::tr("Good morning, %1");
    if (now.hour() < 18) return OverviewPage::tr("Good afternoon, %1");
    return OverviewPage::tr("Good evening, %1");
}

} // namespace

OverviewPage::OverviewPage(core::ClientService &clients, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_actor(std::move(actor))
    , m_header(new PageHeader(tr("Overview"), this))
    , m_clientCount(new QLabel(this))
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("registerCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *caption = new QLabel(tr("Clients in the register"), card);
    m_clientCount->setObjectName(QStringLiteral("clientCountValue"));
    QFont big = m_clientCount->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_clientCount->setFont(big);
    auto *find = new QPushButton(
        QIcon(QStringLiteral(":/icons/search.png")), tr("Find a client (Ctrl+F)"), card);
    connect(find, &QPushButton::clicked, this, &OverviewPage::findClientRequested);

    auto *cardLayout = new QGridLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->addWidget(caption, 0, 0);
    cardLayout->addWidget(m_clientCount, 1, 0);
    cardLayout->addWidget(find, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    cardLayout->setColumnStretch(0, 1);

    auto *role
        = new QLabel(tr("You are logged in as %1.").arg(core::roleTitle(m_actor.role)), this);
    role->setObjectName(QStringLiteral("roleLine"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(role);
    layout->addWidget(card);
    layout->addStretch();
    card->setMaximumWidth(560);
    refresh();
}

void OverviewPage::refresh()
{
    const QDate today = QDate::currentDate();
    m_header->setSubtitle(tr("%1. Today is %2 %3.")
                              .arg(greeting(QTime::currentTime()).arg(m_actor.name),
                                  QLocale().dayName(today.dayOfWeek()), formatDate(today)));
    try {
        m_clientCount->setText(QLocale().toString(m_clients.count(m_actor)));
    } catch (const core::ServiceError &error) {
        m_clientCount->setText(QStringLiteral("\u2013"));
        m_clientCount->setToolTip(error.message());
    } catch (const core::StorageError &error) {
        m_clientCount->setText(QStringLiteral("\u2013"));
        m_clientCount->setToolTip(error.message());
    }
}

void OverviewPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace mestring::ui
