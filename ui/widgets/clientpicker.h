#pragma once

#include <vector>

#include <QWidget>

#include "core/domain/client.h"
#include "core/services/actor.h"

class QLineEdit;
class QListWidget;
class QTimer;

namespace mestring::core {
class ClientService;
}

namespace mestring::ui {

/// Finds a client by name, alias, CPR or birth date while the user types and picks one: the
/// matches show in a short list under the field; Down moves into it, Enter or a click picks.
/// Used where a record is made for a client who is not open yet (booking from the calendar).
class ClientPicker : public QWidget
{
    Q_OBJECT

public:
    ClientPicker(core::ClientService &clients, core::Actor actor, QWidget *parent = nullptr);

    /// The picked client; an empty id while none is picked.
    const core::Client &client() const { return m_client; }
    void setClient(const core::Client &client);
    QLineEdit *field() const { return m_field; }
    /// Runs a pending search at once (tests).
    void searchNow();

Q_SIGNALS:
    void clientPicked(const core::Client &client);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(int row);

    core::ClientService &m_clients;
    core::Actor m_actor;
    QLineEdit *m_field;
    QListWidget *m_matches;
    QTimer *m_delay;
    std::vector<core::Client> m_found;
    core::Client m_client;
};

} // namespace mestring::ui
