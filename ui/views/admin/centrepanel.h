#pragma once

#include <QWidget>

#include "core/services/actor.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace mestring::core {
class CentreService;
}

namespace mestring::ui {

/// Centret (managers): the centre's name, address, phone, phone hours and e-mail, printed on
/// what the centre hands citizens (Borgerens plan).
class CentrePanel : public QWidget
{
    Q_OBJECT

public:
    CentrePanel(core::CentreService &centre, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    /// Saves what is typed; true when saved.
    bool save();
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *hoursField() const { return m_hours; }
    QLineEdit *emailField() const { return m_email; }
    QString message() const;

private:
    core::CentreService &m_centre;
    core::Actor m_actor;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_hours;
    QLineEdit *m_email;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace mestring::ui
