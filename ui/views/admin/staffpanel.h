#pragma once

#include <functional>

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mestring::core {
struct StaffAccount;
}

namespace mestring::ui {

class StaffTableModel;

/// Administration > Medarbejdere (managers): every staff account with the state of its login,
/// and what a manager does with them: create an account with a temporary password, change
/// name, username, role or team, set a new temporary password, unlock, deactivate or
/// reactivate. Everything goes through StaffService, so the rules and the access log are
/// core's; nothing about a staff member is ever deleted.
class StaffPanel : public QWidget
{
    Q_OBJECT

public:
    StaffPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    void createMember();
    void editChosen();
    void resetChosenPassword();
    void unlockChosen();
    void toggleChosenActive();

    StaffTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *activeButton() const { return m_active; }
    QString message() const;
    /// The confirmation asked before deactivating (tests answer it themselves).
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    /// Chooses the row of `staffId`.
    void choose(const QString &staffId);

Q_SIGNALS:
    /// The number of active and former staff changed (the page's subtitle).
    void countsChanged(int active, int former);

private:
    const core::StaffAccount *chosen() const;
    void updateButtons();
    void showMessage(const QString &text, bool isError = false);
    QPushButton *addButton(const QString &text, const QKeySequence &keys, const QString &tip,
        const QString &objectName, void (StaffPanel::*slot)());

    Services m_services;
    core::Actor m_actor;
    StaffTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_active = nullptr;
    QLabel *m_message;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace mestring::ui
