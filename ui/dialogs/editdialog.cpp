#include "editdialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

void styleAsError(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
}

} // namespace

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("dialogError"));
    styleAsError(m_error);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving (Esc)"));
    // In a multi-line text box Enter starts a new line; Ctrl+Enter saves from anywhere.
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &EditDialog::trySave);
    }
}

void EditDialog::finishLayout(QLayout *content, const QString &saveText)
{
    QPushButton *save = saveButton();
    save->setText(saveText);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    save->setToolTip(tr("Save (Enter, or Ctrl+Enter in a text box)"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_initial = snapshot();
}

QLabel *EditDialog::fieldErrorLabel(const QString &path, QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    label->setObjectName(QStringLiteral("fieldError_") + path);
    styleAsError(label);
    m_fieldErrors.insert(path, label);
    return label;
}

QPushButton *EditDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString EditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString EditDialog::fieldError(const QString &path) const
{
    const QLabel *label = m_fieldErrors.value(path);
    return label && !label->isHidden() ? label->text() : QString();
}

void EditDialog::showMessage(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EditDialog::clearErrors()
{
    showMessage(QString());
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
}

void EditDialog::showError(const core::ServiceError &error)
{
    const auto *violation = dynamic_cast<const core::RuleViolation *>(&error);
    if (!violation) {
        showMessage(error.message());
        return;
    }
    QStringList general;
    QWidget *firstField = nullptr;
    for (const core::RuleIssue &issue : violation->issues()) {
        if (!issue.isError()) continue;
        QLabel *label = m_fieldErrors.value(issue.path);
        if (!label) {
            general << issue.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? issue.message
                                               : label->text() + QLatin1Char('\n') + issue.message);
        label->show();
        if (!firstField && label->buddy()) firstField = label->buddy();
    }
    showMessage(general.join(QLatin1Char('\n')));
    if (firstField) firstField->setFocus(Qt::OtherFocusReason);
}

void EditDialog::trySave()
{
    clearErrors();
    try {
        if (save()) QDialog::accept();
    } catch (const core::ServiceError &error) {
        showError(error);
    } catch (const core::StorageError &error) {
        showMessage(tr("The database could not save this: %1").arg(error.message()));
    }
}

void EditDialog::reject()
{
    if (hasChanges()) {
        const auto answer = QMessageBox::question(this, tr("Discard what you typed?"),
            tr("What you typed in this window is not saved. Close it and discard the text?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) return;
    }
    QDialog::reject();
}

} // namespace mestring::ui
