#pragma once

#include <QDialog>

#include "core/storage/databaselocation.h"

class QLabel;
class QLineEdit;

namespace mestring::ui {

/// "Forbind til server" from the login dialog: the address of the centre's database server, or
/// back to the file on this PC. No password here: on a server each staff member logs in with
/// their own login in the login dialog. The address is checked for its form here; the caller
/// connects.
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
    /// The chosen server once accepted.
    core::DatabaseLocation location() const { return m_location; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_address;
    QLabel *m_error;
    core::DatabaseLocation m_location;
};

} // namespace mestring::ui
