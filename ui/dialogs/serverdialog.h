#pragma once

#include <QDialog>

#include "core/storage/databaselocation.h"

class QLabel;
class QLineEdit;

namespace mestring::ui {

/// "Forbind til server" from the login dialog: the address of the centre's database server
/// (and the server's password for this session, where the IT department uses one), or back to
/// the file on this PC. The address is checked for its form here; the caller connects.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    /// Closes with this code when the user chose the file on this PC instead of a server.
    static constexpr int UseFile = 2;

    /// `address` fills the field (the server remembered on this PC, or empty).
    explicit ServerDialog(const QString &address, QWidget *parent = nullptr);

    /// Why the last attempt failed, shown above the buttons (the address is kept).
    void setError(const QString &message);
    QString errorText() const;
    /// The chosen server, with the password typed (never stored) once accepted.
    core::DatabaseLocation location() const { return m_location; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_error;
    core::DatabaseLocation m_location;
};

} // namespace mestring::ui
