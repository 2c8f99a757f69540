#include "clientdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include "core/domain/rules/textlimits.h"
#include "core/domain/cpr.h"
#include "core/services/clientservice.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/servicecall.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

ClientDialog::ClientDialog(
    core::ClientService &clients, core::Actor actor, const core::Client &client, QWidget *parent)
    : RecordDialog(parent)
    , m_clients(clients)
    , m_actor(std::move(actor))
    , m_original(client)
    , m_anonymous(new QCheckBox(tr("Anonymous treatment (no CPR number and no name)"), this))
    , m_alias(lineEdit(this, QStringLiteral("alias"), core::textlimit::alias))
    , m_cpr(lineEdit(this, QStringLiteral("cpr"), 13))
    , m_cprInfo(new QLabel(this))
    , m_openExisting(new QPushButton(this))
    , m_firstName(lineEdit(this, QStringLiteral("firstName"), core::textlimit::personName))
    , m_lastName(lineEdit(this, QStringLiteral("lastName"), core::textlimit::personName))
    , m_birthDate(new DateField(this))
    , m_sex(new QComboBox(this))
    , m_municipality(lineEdit(this, QStringLiteral("municipality"), core::textlimit::municipality))
    , m_phone(lineEdit(this, QStringLiteral("phone"), core::textlimit::phone))
    , m_address(lineEdit(this, QStringLiteral("address"), core::textlimit::address))
    , m_consentText(lineEdit(this, QStringLiteral("consentText"), core::textlimit::reason))
    , m_consentDate(new DateField(this))
{
    setWindowTitle(client.id.isEmpty() ? tr("New client") : tr("Edit master data"));
    setObjectName(QStringLiteral("clientDialog"));
    buildForm();

    m_anonymous->setChecked(client.anonymous);
    m_alias->setText(client.alias);
    m_cpr->setText(client.cpr.isEmpty() ? QString() : formatCpr(client.cpr));
    m_firstName->setText(client.firstName);
    m_lastName->setText(client.lastName);
    m_birthDate->setDate(client.birthDate);
    setEnumComboValue(m_sex, client.sex);
    m_municipality->setText(client.municipality);
    m_phone->setText(client.phone);
    m_address->setText(client.address);
    m_consentText->setText(client.consentText);
    m_consentDate->setDate(client.consentDate);

    connect(m_cpr, &QLineEdit::textEdited, this, &ClientDialog::onCprEdited);
    connect(m_anonymous, &QCheckBox::toggled, this, &ClientDialog::onAnonymousToggled);
    for (QLineEdit *edit : {m_alias, m_firstName, m_lastName})
        connect(edit, &QLineEdit::textEdited, this, &ClientDialog::validateNow);
    onAnonymousToggled();
    // Staff start from the CPR number (it fills birth date and sex); the tick box above it
    // is for the few anonymous clients.
    setFirstField(client.anonymous ? m_alias : m_cpr);
    watchForChanges();
    setClean();
    resize(620, sizeHint().height());
}

void ClientDialog::buildForm()
{
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_sex->setObjectName(QStringLiteral("sex"));
    m_anonymous->setObjectName(QStringLiteral("anonymous"));
    m_anonymous->setToolTip(tr("Anonymous ambulant treatment (SEL § 101 a, SUL § 141 stk. 7): "
                               "the client is known by an alias only and gets no prescriptions."));
    fillEnumCombo(m_sex, &sexTitle, tr("Not given"));
    m_cpr->setPlaceholderText(tr("ddmmyy-xxxx"));
    m_cprInfo->setObjectName(QStringLiteral("cprInfo"));
    m_cprInfo->setForegroundRole(QPalette::PlaceholderText);
    m_consentText->setPlaceholderText(tr("Who information may be shared with"));

    m_openExisting->setObjectName(QStringLiteral("openExistingClient"));
    m_openExisting->setAutoDefault(false);
    m_openExisting->hide();
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        setClean(); // the user chose the existing record over what was typed here
        done(OpenExistingClient);
    });
    auto *cprRow = new QWidget(this);
    auto *cprRowLayout = new QHBoxLayout(cprRow);
    cprRowLayout->setContentsMargins(0, 0, 0, 0);
    cprRowLayout->addWidget(m_cprInfo, 1);
    cprRowLayout->addWidget(m_openExisting);

    form()->addRow(m_anonymous);
    addField(tr("&Alias"), m_alias, QStringLiteral("alias"));
    addField(tr("&CPR number"), m_cpr, QStringLiteral("cpr"));
    form()->addRow(QString(), cprRow);
    addField(tr("&First name"), m_firstName, QStringLiteral("first_name"));
    addField(tr("&Last name"), m_lastName, QStringLiteral("last_name"));
    addField(tr("&Birth date"), m_birthDate, QStringLiteral("birth_date"));
    addField(tr("&Sex"), m_sex, QStringLiteral("sex"));
    addField(tr("&Municipality"), m_municipality, QStringLiteral("municipality"));
    addField(tr("&Phone"), m_phone, QStringLiteral("phone"));
    addField(tr("A&ddress"), m_address, QStringLiteral("address"));
    addField(tr("Consent to &share"), m_consentText, QStringLiteral("consent_share"));
    addField(tr("Consent &date"), m_consentDate, QStringLiteral("consent_date"));
    requireText(m_alias, QStringLiteral("alias"), tr("Give the anonymous client an alias."));
    requireField(
        m_lastName, QStringLiteral("last_name"),
        [this] { return !QString(m_firstName->text() + m_lastName->text()).trimmed().isEmpty(); },
        tr("Enter the client's first or last name, or tick anonymous treatment."));
}

core::Client ClientDialog::draft() const
{
    core::Client client = m_original;
    client.anonymous = m_anonymous->isChecked();
    // Typed text in hidden fields is kept in the widgets (unticking brings it back) but never
    // saved on an anonymous client.
    client.alias = client.anonymous ? m_alias->text().trimmed() : QString();
    client.cpr = client.anonymous ? QString() : core::normalizedCpr(m_cpr->text());
    client.firstName = client.anonymous ? QString() : m_firstName->text().trimmed();
    client.lastName = client.anonymous ? QString() : m_lastName->text().trimmed();
    client.birthDate = m_birthDate->date();
    client.sex = enumComboValue<core::Sex>(m_sex);
    client.municipality = m_municipality->text().trimmed();
    client.phone = m_phone->text().trimmed();
    client.address = m_address->text().trimmed();
    client.consentText = m_consentText->text().trimmed();
    client.consentDate = m_consentDate->date();
    return client;
}

void ClientDialog::onCprEdited()
{
    const QString text = m_cpr->text().trimmed();
    const core::Cpr cpr = core::parseCpr(text);
    if (cpr.valid) {
        m_birthDate->setDate(cpr.birthDate);
        setEnumComboValue(m_sex, cpr.sex);
        QString info = tr("Born %1, %2").arg(formatDate(cpr.birthDate), sexTitle(*cpr.sex));
        if (cpr.isReplacement) info += QStringLiteral(" \u00b7 ") + tr("replacement number (eCPR)");
        m_cprInfo->setText(info);
    } else {
        m_cprInfo->clear();
    }
    m_cprHolder.reset();
    if (cpr.valid) {
        // The holder's name is already in the refusal under the field; this offers the way out.
        failureOf([&] { m_cprHolder = m_clients.cprHolder(m_actor, draft()); });
    }
    if (m_cprHolder) m_openExisting->setText(tr("&Open %1").arg(m_cprHolder->displayName()));
    m_openExisting->setVisible(m_cprHolder.has_value());
    validateNow();
}

void ClientDialog::onAnonymousToggled()
{
    const bool anonymous = m_anonymous->isChecked();
    for (QWidget *named : std::initializer_list<QWidget *> {m_cpr, m_firstName, m_lastName}) {
        named->setEnabled(!anonymous);
        if (auto *label = form()->labelForField(named->parentWidget()))
            label->setEnabled(!anonymous);
    }
    m_alias->setEnabled(anonymous);
    if (auto *label = form()->labelForField(m_alias->parentWidget())) label->setEnabled(anonymous);
    m_cprInfo->setVisible(!anonymous);
    validateNow();
}

void ClientDialog::validateNow()
{
    core::Client client = draft();
    if (client.id.isEmpty()) client.id = QStringLiteral("new");
    // While the form is still empty, "no name" would greet the user as an error.
    core::RuleIssues issues = m_clients.validate(client);
    if (m_cpr->text().trimmed().isEmpty() && m_firstName->text().isEmpty()
        && m_lastName->text().isEmpty() && m_alias->text().isEmpty())
        issues.clear();
    if (!m_birthDate->isAcceptable())
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("birth_date"),
            tr("This is not a date. Type it as dd-mm-yyyy.")});
    showIssues(issues);
}

bool ClientDialog::save()
{
    for (DateField *field : {m_birthDate, m_consentDate}) {
        if (!field->isAcceptable()) {
            showGeneralMessage(tr("A date is not valid. Type dates as dd-mm-yyyy."));
            field->setFocus();
            return false;
        }
    }
    const core::Client client = draft();
    if (client.id.isEmpty()) {
        QStringList lines;
        for (const core::DuplicateCandidate &candidate :
            m_clients.likelyDuplicates(m_actor, client)) {
            const QString cpr = candidate.client.cpr.isEmpty() ? tr("no CPR number")
                                                               : formatCpr(candidate.client.cpr);
            lines << QStringLiteral("\u2022 %1 (%2, %3): %4")
                         .arg(candidate.client.displayName(), cpr,
                             formatDate(candidate.client.birthDate), candidate.reason);
        }
        if (!lines.isEmpty()) {
            const QString text = lines.join(QLatin1Char('\n'));
            const bool goAhead = confirmDuplicates
                ? confirmDuplicates(text)
                : QMessageBox::question(this, tr("Possible duplicate"),
                      tr("These clients look like the one you are creating:\n\n%1\n\n"
                         "Create a new client anyway?")
                          .arg(text),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                    == QMessageBox::Yes;
            if (!goAhead) return false;
        }
        m_savedId = m_clients.create(m_actor, client).id;
    } else {
        m_clients.update(m_actor, client, &m_original);
        m_savedId = client.id;
    }
    return true;
}

} // namespace mestring::ui
