#pragma once

#include <optional>

#include "core/domain/client.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mestring::core {
class ClientService;
}

namespace mestring::ui {

class DateField;

/// Creates a client or changes a client's master data (stamdata). Checks as the user types:
/// a CPR number fills birth date and sex, a failed modulus-11 check is a warning, replacement
/// numbers are accepted, an anonymous client has an alias and no CPR or name. Before a new
/// client is created it lists likely duplicates and asks.
class ClientDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A new client when `client.id` is empty, else an edit of that client.
    ClientDialog(core::ClientService &clients, core::Actor actor, const core::Client &client,
        QWidget *parent = nullptr);

    /// exec() returns this when the user chose to open the client who already has the CPR
    /// number instead (openInsteadId()); nothing is saved then.
    static constexpr int OpenExistingClient = 2;

    /// The saved client's id (after accept()).
    QString savedId() const { return m_savedId; }
    /// The client to open instead (after exec() returned OpenExistingClient).
    QString openInsteadId() const { return m_cprHolder ? m_cprHolder->id : QString(); }
    /// Shown while the typed CPR number belongs to another client.
    QPushButton *openExistingButton() const { return m_openExisting; }
    /// The client as typed.
    core::Client draft() const;

    QLineEdit *cprField() const { return m_cpr; }
    QLineEdit *firstNameField() const { return m_firstName; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QCheckBox *anonymousBox() const { return m_anonymous; }
    QLineEdit *aliasField() const { return m_alias; }
    DateField *birthDateField() const { return m_birthDate; }
    QComboBox *sexField() const { return m_sex; }

    /// Asked before creating a client that looks like an existing one; true goes ahead. Tests
    /// replace it to answer without a message box.
    std::function<bool(const QString &duplicates)> confirmDuplicates;

protected:
    bool save() override;
    void adoptVersion(int version) override { m_original.version = version; }

private:
    void buildForm();
    void onCprEdited();
    void onAnonymousToggled();
    void validateNow();

    core::ClientService &m_clients;
    core::Actor m_actor;
    core::Client m_original;
    QString m_savedId;
    QCheckBox *m_anonymous;
    QLineEdit *m_alias;
    QLineEdit *m_cpr;
    QLabel *m_cprInfo;
    QPushButton *m_openExisting;
    std::optional<core::Client> m_cprHolder;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    DateField *m_birthDate;
    QComboBox *m_sex;
    QLineEdit *m_municipality;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_consentText;
    DateField *m_consentDate;
};

} // namespace mestring::ui
