#include "staffdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "core/domain/rules/accountrules.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/permissions.h"
#include "core/services/staffservice.h"
#include "fieldinputs.h"
#include "passwordfields.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

namespace {

// The temporary password row: the field, "suggest" and "show".
QWidget *passwordRow(QLineEdit *password, QLineEdit *repeat, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *suggest = new QPushButton(QCoreApplication::translate("mestring", "Su&ggest"), row);
    suggest->setObjectName(QStringLiteral("suggestPassword"));
    suggest->setToolTip(QCoreApplication::translate("mestring",
        "Two words and a number, easy to pass on; shown so you can tell the colleague"));
    QCheckBox *show = makeShowPasswordBox({password, repeat}, row);
    QObject::connect(suggest, &QPushButton::clicked, row, [=] {
        const QString suggestion = suggestTemporaryPassword();
        password->setText(suggestion);
        repeat->setText(suggestion);
        show->setChecked(true);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(password, 1);
    layout->addWidget(suggest);
    layout->addWidget(show);
    row->setFocusProxy(password); // the label's Alt+P lands in the field
    return row;
}

QString accountNote()
{
    return QCoreApplication::translate("mestring",
        "The colleague logs in once with this temporary password and then chooses their own "
        "(at least %1 characters).")
        .arg(core::minPasswordLength);
}

} // namespace

StaffDialog::StaffDialog(core::StaffService &staff, core::Actor actor,
    std::optional<core::StaffMember> existing, const QStringList &teams, QWidget *parent)
    : RecordDialog(parent)
    , m_staff(staff)
    , m_actor(std::move(actor))
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_team(new QComboBox(this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(m_existing ? tr("Change staff account") : tr("New staff member"));
    m_name->setMaxLength(core::textlimit::personName);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_username->setMaxLength(core::textlimit::username);
    m_username->setObjectName(QStringLiteral("staffUsername"));
    m_username->setPlaceholderText(tr("E.g. the first name: letters, digits, '.', '-', '_'"));
    m_role->setObjectName(QStringLiteral("staffRole"));
    fillEnumCombo(m_role, &core::roleTitle);
    m_team->setObjectName(QStringLiteral("staffTeam"));
    m_team->setEditable(true);
    m_team->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // a team's whole name
    m_team->addItem(QString());
    m_team->addItems(teams);
    m_team->lineEdit()->setMaxLength(core::textlimit::team);
    m_team->lineEdit()->setPlaceholderText(tr("E.g. Alkoholteam; empty when none"));
    if (m_existing) {
        m_name->setText(m_existing->name);
        m_username->setText(m_existing->username);
        setEnumComboValue(m_role, std::optional(m_existing->role));
        m_team->setCurrentText(m_existing->team);
    } else {
        setEnumComboValue(m_role, std::optional(core::Role::Therapist));
    }
    addField(tr("&Name"), m_name, QStringLiteral("name"));
    addField(tr("&Username"), m_username, QStringLiteral("username"));
    addField(tr("&Role"), m_role, QStringLiteral("role"));
    addField(tr("&Team"), m_team, QStringLiteral("team"));
    if (!m_existing) addPasswordFields();
    buttons()->button(QDialogButtonBox::Save)->setText(m_existing ? tr("Save") : tr("Create"));
    watchForChanges();
    fitToWidth(this, 560);
    m_name->setFocus();
}

void StaffDialog::addPasswordFields()
{
    m_password = makePasswordField(QStringLiteral("temporaryPassword"), this);
    m_repeat = makePasswordField(QStringLiteral("repeatPassword"), this);
    QWidget *row = passwordRow(m_password, m_repeat, this);
    addField(tr("Temporary &password"), row, QStringLiteral("password"));
    addField(tr("R&epeat it"), m_repeat, QStringLiteral("repeat"));
    addNote(accountNote());
}

QString StaffDialog::temporaryPassword() const
{
    return m_password ? m_password->text() : QString();
}

bool StaffDialog::save()
{
    core::RuleIssues issues;
    if (m_password && m_password->text().isEmpty()) {
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("password"),
            tr("Give a temporary password (or press Suggest), so the colleague can log in.")});
    } else if (m_password) {
        issues = checkRepeated(m_password, m_repeat);
    }
    if (m_username->text().trimmed().isEmpty()) {
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("username"),
            tr("Give a username to log in with, e.g. the first name.")});
    }
    if (showIssues(issues)) return false;
    core::StaffMember member = m_existing.value_or(core::StaffMember {});
    member.name = m_name->text();
    member.username = m_username->text();
    member.role = enumComboValue<core::Role>(m_role).value_or(member.role);
    member.team = m_team->currentText();
    m_savedId = m_existing ? m_staff.update(m_actor, member).id
                           : m_staff.create(m_actor, member, m_password->text()).id;
    return true;
}

ResetPasswordDialog::ResetPasswordDialog(
    core::StaffService &staff, core::Actor actor, core::StaffMember member, QWidget *parent)
    : RecordDialog(parent)
    , m_staff(staff)
    , m_actor(std::move(actor))
    , m_member(std::move(member))
    , m_password(makePasswordField(QStringLiteral("temporaryPassword"), this))
    , m_repeat(makePasswordField(QStringLiteral("repeatPassword"), this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("New password for %1").arg(m_member.name));
    addNote(tr("%1 (%2) gets a temporary password. A lock after wrong passwords is lifted.")
                .arg(m_member.name, m_member.username));
    addField(tr("Temporary &password"), passwordRow(m_password, m_repeat, this),
        QStringLiteral("password"));
    addField(tr("R&epeat it"), m_repeat, QStringLiteral("repeat"));
    addNote(accountNote());
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Set password"));
    watchForChanges();
    fitToWidth(this, 560);
    m_password->setFocus();
}

QString ResetPasswordDialog::temporaryPassword() const
{
    return m_password->text();
}

bool ResetPasswordDialog::save()
{
    if (showIssues(checkRepeated(m_password, m_repeat))) return false;
    m_staff.resetPassword(m_actor, m_member.id, m_password->text());
    return true;
}

} // namespace mestring::ui
