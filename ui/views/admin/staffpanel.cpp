#include "staffpanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/clock.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "ui/dialogs/staffdialog.h"
#include "ui/models/stafftablemodel.h"
#include "ui/servicecall.h"
#include "ui/widgets/messagelabel.h"

namespace mestring::ui {

StaffPanel::StaffPanel(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new StaffTableModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Deactivate account"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
{
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(StaffTableModel::NameColumn, 220);
    m_table->setColumnWidth(StaffTableModel::UsernameColumn, 130);
    m_table->setColumnWidth(StaffTableModel::RoleColumn, 190);
    m_table->setColumnWidth(StaffTableModel::TeamColumn, 140);
    m_table->setAccessibleName(tr("Staff"));
    connect(m_table, &QTableView::activated, this, &StaffPanel::editChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StaffPanel::updateButtons);

    m_new = addButton(tr("&New staff member\u2026"), QKeySequence::New,
        tr("Create an account with a temporary password"), QStringLiteral("newStaffButton"),
        &StaffPanel::createMember);
    m_edit = addButton(tr("&Change\u2026"), Qt::Key_F2, tr("Change name, username, role or team"),
        QStringLiteral("editStaffButton"), &StaffPanel::editChosen);
    m_password = addButton(tr("New &password\u2026"), {},
        tr("A temporary password the colleague replaces at the next login; lifts a lock"),
        QStringLiteral("passwordStaffButton"), &StaffPanel::resetChosenPassword);
    m_unlock = addButton(tr("&Unlock"), {}, QString(), QStringLiteral("unlockStaffButton"),
        &StaffPanel::unlockChosen);
    m_active = addButton(tr("&Deactivate"), {},
        tr("The colleague can no longer log in; records keep their name"),
        QStringLiteral("activeStaffButton"), &StaffPanel::toggleChosenActive);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_password, m_unlock, m_active})
        buttons->addWidget(button);
    buttons->addStretch(1);
    connect(&m_services.staff, &core::StaffService::staffChanged, this, &StaffPanel::refresh);

    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    updateButtons();
}

QPushButton *StaffPanel::addButton(const QString &text, const QKeySequence &keys,
    const QString &tip, const QString &objectName, void (StaffPanel::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(keys.isEmpty()
            ? tip
            : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    connect(button, &QPushButton::clicked, this, slot);
    if (!keys.isEmpty()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    }
    return button;
}

void StaffPanel::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

QString StaffPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StaffPanel::showMessage(const QString &text, bool isError)
{
    showMessageIn(m_message, text, isError);
}

void StaffPanel::refresh()
{
    if (!core::mayDo(m_actor, core::Permission::ManageStaff)) return; // never shown to them
    const QString keep = chosen() ? chosen()->member.id : QString();
    std::vector<core::StaffAccount> accounts;
    if (const auto failure = failureOf([&] { accounts = m_services.staff.accounts(m_actor); })) {
        showMessage(*failure, true);
        return;
    }
    const auto active = int(std::count_if(accounts.begin(), accounts.end(),
        [](const core::StaffAccount &a) { return a.member.active; }));
    const int former = int(accounts.size()) - active;
    m_model->setAccounts(std::move(accounts), m_services.clock.now());
    choose(keep);
    Q_EMIT countsChanged(active, former);
}

void StaffPanel::choose(const QString &staffId)
{
    const int row = std::max(0, m_model->rowOf(staffId));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, StaffTableModel::NameColumn));
    updateButtons();
}

const core::StaffAccount *StaffPanel::chosen() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? &m_model->accountAt(current.row()) : nullptr;
}

void StaffPanel::updateButtons()
{
    const core::StaffAccount *account = chosen();
    const bool locked
        = account && account->status.isLockedAt(m_services.clock.now());
    m_edit->setEnabled(account);
    m_password->setEnabled(account && account->member.active);
    m_unlock->setEnabled(locked);
    m_unlock->setToolTip(locked ? tr("Lift the lock after too many wrong passwords; the "
                                     "password stays")
                                : tr("The chosen account is not locked."));
    const bool own = account && account->member.id == m_actor.staffId;
    m_active->setEnabled(account && !own);
    const bool former = account && !account->member.active;
    m_active->setText(former ? tr("Re&activate") : tr("&Deactivate"));
    m_active->setToolTip(own ? tr("You cannot deactivate your own account.")
            : former         ? tr("The colleague can log in again with their password")
                             : tr("The colleague can no longer log in; records keep their name"));
}

void StaffPanel::createMember()
{
    StaffDialog dialog(m_services.staff, m_actor, std::nullopt, m_model->teams(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    refresh();
    choose(dialog.savedId());
    showMessage(tr("The account is created. Tell the colleague the username and the temporary "
                   "password; they choose their own at the first login."));
}

void StaffPanel::editChosen()
{
    const core::StaffAccount *account = chosen();
    if (!account) return;
    StaffDialog dialog(m_services.staff, m_actor, account->member, m_model->teams(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    refresh();
    showMessage(tr("The account is changed."));
}

void StaffPanel::resetChosenPassword()
{
    const core::StaffAccount *account = chosen();
    if (!account) return;
    ResetPasswordDialog dialog(m_services.staff, m_actor, account->member, this);
    if (dialog.exec() != QDialog::Accepted) return;
    refresh();
    showMessage(tr("%1 has a temporary password and chooses their own at the next login.")
                    .arg(chosen() ? chosen()->member.name : QString()));
}

void StaffPanel::unlockChosen()
{
    const core::StaffAccount *account = chosen();
    if (!account) return;
    const QString name = account->member.name;
    bool unlocked = false;
    if (const auto failure
        = failureOf([&] { unlocked = m_services.staff.unlock(m_actor, account->member.id); })) {
        showMessage(*failure, true);
        return;
    }
    refresh();
    showMessage(unlocked ? tr("%1 can log in again.").arg(name)
                         : tr("The account of %1 was not locked.").arg(name));
}

void StaffPanel::toggleChosenActive()
{
    const core::StaffAccount *account = chosen();
    if (!account) return;
    const core::StaffMember member = account->member;
    if (member.active
        && !m_confirm(tr("Deactivate %1? They can no longer log in. Nothing about them is "
                         "deleted: journals, appointments and reports keep their name, and "
                         "you can reactivate the account later.")
                          .arg(member.name)))
        return;
    if (const auto failure
        = failureOf([&] { m_services.staff.setActive(m_actor, member.id, !member.active); })) {
        showMessage(*failure, true);
        return;
    }
    refresh();
    showMessage(member.active ? tr("%1 is deactivated.").arg(member.name)
                              : tr("%1 can log in again.").arg(member.name));
}

} // namespace mestring::ui
