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
/// Enter is always "choose", never passed on to the dialog (it would save): in the field it
/// picks the highlighted match, or does nothing while nothing matches. Esc closes the list.
/// Used where a record is made for a client who is not open yet (booking from the calendar,
/// enrolling in a group).
class ClientPicker : public QWidget
{
    Q_OBJECT

public:
    /// Shows up to `limit` matches.
    ClientPicker(
        core::ClientService &clients, core::Actor actor, QWidget *parent = nullptr, int limit = 8);

    /// The picked client; an empty id while none is picked.
    const core::Client &client() const { return m_client; }
    void setClient(const core::Client &client);
    QLineEdit *field() const { return m_field; }
    QListWidget *matchList() const { return m_matches; }
    /// Runs a pending search at once (tests).
    void searchNow();
    /// Picks the match in `row` of the list; false when there is none.
    bool choose(int row);

Q_SIGNALS:
    void clientPicked(const core::Client &client);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QObject *watched, int key);

    core::ClientService &m_clients;
    core::Actor m_actor;
    QLineEdit *m_field;
    QListWidget *m_matches;
    QTimer *m_delay;
    int m_limit;
    std::vector<core::Client> m_found;
    core::Client m_client;
};

} // namespace mestring::ui
