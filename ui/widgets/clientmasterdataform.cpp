#include "clientmasterdataform.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

ClientMasterDataForm::ClientMasterDataForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    m_form->setLabelAlignment(Qt::AlignLeft);
    // Labels are not "expanding", so only AllNonFixedFieldsGrow lets long, wrapped values (an
    // address, a consent text) take the width instead of being cut off.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(10);

    m_name = addRow(tr("Name"), QStringLiteral("nameValue"));
    m_alias = addRow(tr("Alias"), QStringLiteral("aliasValue"));
    m_cpr = addRow(tr("CPR number"), QStringLiteral("cprValue"));
    m_birthDate = addRow(tr("Birth date"), QStringLiteral("birthDateValue"));
    m_sex = addRow(tr("Sex"), QStringLiteral("sexValue"));
    m_municipality = addRow(tr("Home municipality"), QStringLiteral("municipalityValue"));
    m_phone = addRow(tr("Phone"), QStringLiteral("phoneValue"));
    m_address = addRow(tr("Address"), QStringLiteral("addressValue"));
    m_consent = addRow(tr("Consent to share information"), QStringLiteral("consentValue"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
}

QLabel *ClientMasterDataForm::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    // Staff copy CPR numbers and addresses into letters and other systems.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void ClientMasterDataForm::setValue(QLabel *label, const QString &value)
{
    // An en dash says "not recorded" without looking like an error.
    label->setText(value.isEmpty() ? QStringLiteral("\u2013") : value);
}

void ClientMasterDataForm::setClient(const core::Client &client, const QDate &today)
{
    const bool anonymous = client.anonymous;
    m_form->setRowVisible(m_name, !anonymous);
    m_form->setRowVisible(m_alias, anonymous || !client.alias.isEmpty());
    setValue(m_name, QString(client.firstName + QLatin1Char(' ') + client.lastName).trimmed());
    setValue(m_alias, client.alias);
    setValue(m_cpr, anonymous ? tr("Anonymous (no CPR number)") : formatCpr(client.cpr));

    QString birth = formatDate(client.birthDate);
    if (const auto age = ageOn(client.birthDate, today))
        birth = tr("%1 (%n years)", nullptr, *age).arg(birth);
    setValue(m_birthDate, birth);
    setValue(m_sex, client.sex ? sexTitle(*client.sex) : QString());
    setValue(m_municipality, client.municipality);
    setValue(m_phone, client.phone);
    setValue(m_address, client.address);

    QString consent = client.consentText;
    if (client.consentDate.isValid())
        consent = tr("%1 (given %2)").arg(consent, formatDate(client.consentDate));
    setValue(m_consent, consent.trimmed());
}

} // namespace mestring::ui
