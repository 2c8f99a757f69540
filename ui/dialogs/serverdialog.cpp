#include "serverdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/storageerror.h"

namespace mestring::ui {

ServerDialog::ServerDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(address, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to a server \u2013 Mestring"));
    auto *intro = new QLabel(tr("A centre where many staff work on the same records keeps them "
                                "on a database server. Type the address your IT department gave "
                                "you, for example postgresql://server.kommune.dk/rusmiddelcenter. "
                                "You then log in with your own user name and password."),
        this);
    intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://server/rusmiddelcenter"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *useFile = buttons->addButton(tr("Use the &file on this PC"), QDialogButtonBox::ResetRole);
    useFile->setObjectName(QStringLiteral("useFileButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    connect(useFile, &QPushButton::clicked, this, [this] { done(UseFile); });

    auto *form = new QFormLayout;
    form->addRow(tr("Server &address"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(640); // a whole address in view
    m_address->setFocus();
}

void ServerDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ServerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServerDialog::accept()
{
    const QString address = m_address->text().trimmed();
    if (!core::DatabaseLocation::looksLikeServer(address)) {
        setError(tr("A server address starts with postgresql://. Ask your IT department for "
                    "the address of the centre's server."));
        m_address->setFocus();
        return;
    }
    try {
        m_location = core::DatabaseLocation::parse(address);
    } catch (const core::StorageError &error) {
        setError(error.message());
        m_address->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace mestring::ui
