#include "clientpicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/services/clientservice.h"
#include "ui/formatting.h"
#include "ui/servicecall.h"

namespace mestring::ui {

namespace {

constexpr int matchesShown = 8;

QString describe(const core::Client &client)
{
    QString text = client.displayName();
    if (client.birthDate.isValid()) text += QStringLiteral(" · ") + formatDate(client.birthDate);
    if (!client.cpr.isEmpty()) text += QStringLiteral(" · ") + formatCpr(client.cpr);
    return text;
}

} // namespace

ClientPicker::ClientPicker(core::ClientService &clients, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_actor(std::move(actor))
    , m_field(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_delay(new QTimer(this))
{
    m_field->setObjectName(QStringLiteral("clientSearch"));
    m_field->setPlaceholderText(tr("Name, alias, CPR or birth date"));
    m_field->setMaxLength(60);
    m_field->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("clientMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * (matchesShown + 1));
    m_matches->hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ClientPicker::searchNow);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        m_client = {};
        m_delay->start();
    });
    connect(m_matches, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { pick(m_matches->row(item)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_matches);
}

void ClientPicker::setClient(const core::Client &client)
{
    m_client = client;
    m_field->setText(describe(client));
    m_matches->hide();
}

void ClientPicker::searchNow()
{
    m_delay->stop();
    const QString text = m_field->text().trimmed();
    m_found.clear();
    m_matches->clear();
    if (text.size() >= 2) {
        if (const auto failure = failureOf(
                [&] { m_found = m_clients.search(m_actor, text, 0, matchesShown); })) {
            m_matches->addItem(*failure);
            m_matches->setEnabled(false);
            m_matches->show();
            return;
        }
    }
    for (const core::Client &client : m_found)
        m_matches->addItem(describe(client));
    if (m_found.empty() && text.size() >= 2) m_matches->addItem(tr("No client found"));
    m_matches->setEnabled(!m_found.empty());
    m_matches->setVisible(text.size() >= 2);
    if (!m_found.empty()) m_matches->setCurrentRow(0);
}

void ClientPicker::pick(int row)
{
    if (row < 0 || row >= int(m_found.size())) return;
    setClient(m_found[std::size_t(row)]);
    Q_EMIT clientPicked(m_client);
}

bool ClientPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress && m_matches->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_matches->isEnabled()) {
            m_matches->setFocus();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_delay->isActive()) searchNow();
            if (m_found.empty()) return false;
            pick(std::max(0, m_matches->currentRow()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mestring::ui
