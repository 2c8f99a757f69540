#include "centrepanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/rules/textlimits.h"
#include "core/services/centreservice.h"
#include "ui/servicecall.h"

namespace mestring::ui {

CentrePanel::CentrePanel(core::CentreService &centre, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_centre(centre)
    , m_actor(std::move(actor))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_hours(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("centrePanel"));
    auto *form = new QFormLayout;
    const std::pair<QLineEdit *, QString> fields[] = {{m_name, tr("Centre &name")},
        {m_address, tr("&Address")}, {m_phone, tr("&Phone")},
        {m_hours, tr("Phone &hours")}, {m_email, tr("&E-mail")}};
    for (const auto &[field, label] : fields) {
        field->setMaxLength(core::textlimit::centreText);
        field->setMaximumWidth(560);
        form->addRow(label, field);
    }
    m_name->setObjectName(QStringLiteral("centreName"));
    m_hours->setPlaceholderText(tr("e.g. Monday to Friday 9-15"));
    m_message->setObjectName(QStringLiteral("centreMessage"));
    m_message->setWordWrap(true);
    connect(m_save, &QPushButton::clicked, this, &CentrePanel::save);
    auto *intro = new QLabel(tr("How citizens reach the centre. It is printed on the client's "
                                "plan (Borgerens plan) and what else the centre hands out."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

QString CentrePanel::message() const
{
    return m_message->text();
}

void CentrePanel::refresh()
{
    const core::CentreInfo info = m_centre.info();
    m_name->setText(info.name);
    m_address->setText(info.address);
    m_phone->setText(info.phone);
    m_hours->setText(info.hours);
    m_email->setText(info.email);
}

bool CentrePanel::save()
{
    const core::CentreInfo info {m_name->text(), m_address->text(), m_phone->text(),
        m_hours->text(), m_email->text()};
    if (const auto failure = failureOf([&] { m_centre.setInfo(m_actor, info); })) {
        m_message->setText(*failure);
        m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        return false;
    }
    m_message->setText(tr("Saved."));
    m_message->setStyleSheet(QString());
    return true;
}

} // namespace mestring::ui
