#include "recorddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/services/serviceerrors.h"
#include "fieldinputs.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

namespace {

const QString errorStyle = QStringLiteral("color: #b71c1c;");
const QString warningStyle = QStringLiteral("color: #8a5a00;");

} // namespace

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->hide();
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
}

void RecordDialog::addField(const QString &label, QWidget *field, const QString &path)
{
    if (path.isEmpty()) {
        m_form->addRow(label, field);
        return;
    }
    auto *cell = new QWidget(this);
    auto *message = new QLabel(cell);
    message->setObjectName(QStringLiteral("message_") + path);
    message->setWordWrap(true);
    message->hide();
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    m_form->addRow(label, cell);
    if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(cell)))
        labelWidget->setBuddy(field);
    m_messages.insert(path, {field, message});
}

QLabel *RecordDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
    return note;
}

bool RecordDialog::showIssues(const core::RuleIssues &issues)
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    QStringList general;
    for (const core::RuleIssue &issue : issues) {
        if (!m_messages.contains(issue.path)) {
            general << issue.message;
            continue;
        }
        (issue.isError() ? errors : warnings)[issue.path] << issue.message;
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QLabel *label = it->label;
        const QStringList pathErrors = errors.value(it.key());
        const QStringList pathWarnings = warnings.value(it.key());
        if (!pathErrors.isEmpty()) {
            label->setText(pathErrors.join(QLatin1Char('\n')));
            label->setStyleSheet(errorStyle);
        } else if (!pathWarnings.isEmpty()) {
            label->setText(pathWarnings.join(QLatin1Char('\n')));
            label->setStyleSheet(warningStyle);
        }
        label->setVisible(!pathErrors.isEmpty() || !pathWarnings.isEmpty());
    }
    if (general.isEmpty())
        m_general->hide();
    else
        showGeneralMessage(general.join(QLatin1Char('\n')), core::hasErrors(issues));
    growToFit();
    return core::hasErrors(issues);
}

void RecordDialog::showGeneralMessage(const QString &text, bool isError)
{
    m_general->setText(text);
    m_general->setStyleSheet(isError ? errorStyle : warningStyle);
    m_general->setVisible(!text.isEmpty());
    growToFit();
}

void RecordDialog::growToFit()
{
    // Messages appear and wrap under their fields; the dialog grows so none is cut off.
    ui::growToFit(this);
}

QString RecordDialog::messageFor(const QString &path) const
{
    const auto it = m_messages.constFind(path);
    return it != m_messages.cend() && it->label->isVisibleTo(this) ? it->label->text() : QString();
}

QString RecordDialog::generalMessage() const
{
    return m_general->isVisibleTo(this) ? m_general->text() : QString();
}

void RecordDialog::accept()
{
    try {
        if (!save()) return;
    } catch (const core::RuleViolation &violation) {
        showIssues(violation.issues());
        for (const core::RuleIssue &issue : violation.issues()) {
            if (issue.isError() && m_messages.contains(issue.path)) {
                m_messages.value(issue.path).field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    } catch (const core::ServiceError &error) {
        showGeneralMessage(error.message());
        return;
    } catch (const core::StorageError &error) {
        showGeneralMessage(error.message());
        return;
    }
    m_dirty = false;
    QDialog::accept();
}

void RecordDialog::reject()
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(this, windowTitle(),
            tr("You have changes that are not saved. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) return;
    }
    QDialog::reject();
}

void RecordDialog::suspend()
{
    m_suspending = true;
    hide();
    m_suspending = false;
}

void RecordDialog::setVisible(bool visible)
{
    if (!visible && m_suspending) {
        QWidget::setVisible(false); // hidden, but its event loop goes on
        return;
    }
    QDialog::setVisible(visible);
}

void RecordDialog::watchForChanges()
{
    for (auto *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &RecordDialog::markDirty);
    for (auto *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &RecordDialog::markDirty);
    for (auto *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::activated, this, &RecordDialog::markDirty);
    for (auto *box : findChildren<QAbstractButton *>()) {
        if (box->isCheckable())
            connect(box, &QAbstractButton::clicked, this, &RecordDialog::markDirty);
    }
    for (auto *spin : findChildren<QAbstractSpinBox *>())
        connect(spin, &QAbstractSpinBox::editingFinished, this, &RecordDialog::markDirty);
}

} // namespace mestring::ui
