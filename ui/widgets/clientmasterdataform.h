#pragma once

#include <QWidget>

#include "core/domain/client.h"

class QFormLayout;
class QLabel;

namespace mestring::ui {

/// A client's master data (stamdata) as a read-only form. Editing comes with the client form.
class ClientMasterDataForm : public QWidget
{
    Q_OBJECT

public:
    explicit ClientMasterDataForm(QWidget *parent = nullptr);

    void setClient(const core::Client &client, const QDate &today);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void setValue(QLabel *label, const QString &value);

    QFormLayout *m_form;
    QLabel *m_name;
    QLabel *m_alias;
    QLabel *m_cpr;
    QLabel *m_birthDate;
    QLabel *m_sex;
    QLabel *m_municipality;
    QLabel *m_phone;
    QLabel *m_address;
    QLabel *m_consent;
};

} // namespace mestring::ui
