#include "clientpicker.h"

#include <algorithm>

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

QString describe(const core::Client &client)
{
    QString text = client.displayName();
    if (client.birthDate.isValid()) text += QStringLiteral(" · ") + formatDate(client.birthDate);
    if (!client.cpr.isEmpty()) text += QStringLiteral(" · ") + formatCpr(client.cpr);
    return text;
}

} // namespace

ClientPicker::ClientPicker(
    core::ClientService &clients, core::Actor actor, QWidget *parent, int limit)
    : QWidget(parent)
    , m_clients(clients)
    , m_actor(std::move(actor))
    , m_field(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_delay(new QTimer(this))
    , m_limit(limit)
{
    m_field->setObjectName(QStringLiteral("clientSearch"));
    m_field->setPlaceholderText(tr("Name, alias, CPR or birth date"));
    m_field->setMaxLength(60);
    m_field->installEventFilter(this);
    m_matches->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("clientMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * (std::min(m_limit, 8) + 1));
    m_matches->hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ClientPicker::searchNow);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        m_client = {};
        m_delay->start();
    });
    connect(m_matches, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { choose(m_matches->row(item)); });

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
        if (const auto failure
            = failureOf([&] { m_found = m_clients.search(m_actor, text, 0, m_limit); })) {
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

bool ClientPicker::choose(int row)
{
    if (row < 0 || row >= int(m_found.size())) return false;
    setClient(m_found[std::size_t(row)]);
    Q_EMIT clientPicked(m_client);
    return true;
}

bool ClientPicker::handleKey(QObject *watched, int key)
{
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // Once the client is picked, Enter moves on to the next field; it never reaches the
        // dialog, where it would save (book) what is not filled in yet.
        if (watched == m_field && !m_client.id.isEmpty() && !m_delay->isActive()) {
            focusNextChild();
            return true;
        }
        if (m_delay->isActive()) searchNow();
        choose(std::max(0, m_matches->currentRow()));
        return true;
    }
    if (key == Qt::Key_Down && watched == m_field && m_matches->isVisible()
        && m_matches->isEnabled()) {
        m_matches->setFocus();
        return true;
    }
    if (key == Qt::Key_Escape && m_matches->isVisible()) {
        m_matches->hide();
        m_field->setFocus();
        return true;
    }
    return false;
}

bool ClientPicker::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_field || watched == m_matches) && event->type() == QEvent::KeyPress) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (handleKey(watched, keyEvent->key())) return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mestring::ui
