#include "recorddialog.h"

#include <algorithm>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/domain/rules/issuehelpers.h"
#include "core/services/editconflict.h"
#include "core/services/serviceerrors.h"
#include "fieldinputs.h"
#include "core/storage/storageerror.h"
#include "ui/widgets/datefield.h"

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
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::saveIfComplete);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    // Ctrl+Enter saves from anywhere, also inside a text box where Enter starts a new line.
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RecordDialog::saveIfComplete);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
}

namespace {

// Alt + the label's letter goes to the field, or into it when it is a container (a picker, a
// row of check boxes).
QWidget *buddyFor(QWidget *field)
{
    if (field->focusPolicy() & Qt::TabFocus) return field;
    for (QWidget *child : field->findChildren<QWidget *>()) {
        if (child->focusPolicy() & Qt::TabFocus) return child;
    }
    return nullptr; // a text shown, nothing to type in
}

} // namespace

void RecordDialog::addField(const QString &label, QWidget *field, const QString &path)
{
    if (path.isEmpty()) {
        m_form->addRow(label, field);
        if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(field)))
            labelWidget->setBuddy(buddyFor(field));
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
        labelWidget->setBuddy(buddyFor(field));
    // A refused save puts the cursor here: into the row, when the field is one.
    QWidget *focusTarget = buddyFor(field);
    m_messages.insert(path, {focusTarget ? focusTarget : field, message});
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

void RecordDialog::requireField(
    QWidget *field, const QString &path, std::function<bool()> filled, const QString &hint)
{
    m_required.push_back({field, path, std::move(filled), hint});
}

void RecordDialog::requireDate(DateField *field, const QString &path)
{
    requireField(
        field, path, [field] { return field->date().isValid(); },
        tr("Enter the date as dd-mm-yyyy."));
}

void RecordDialog::requireText(QLineEdit *field, const QString &path, const QString &hint)
{
    requireField(
        field, path, [field] { return !field->text().trimmed().isEmpty(); }, hint);
}

void RecordDialog::requireText(QPlainTextEdit *field, const QString &path, const QString &hint)
{
    requireField(
        field, path, [field] { return !field->toPlainText().trimmed().isEmpty(); }, hint);
}

bool RecordDialog::isComplete() const
{
    return std::all_of(m_required.begin(), m_required.end(),
        [](const RequiredField &r) { return !r.field->isEnabled() || r.filled(); });
}

void RecordDialog::saveIfComplete()
{
    for (const RequiredField &required : m_required) {
        if (!required.field->isEnabled() || required.filled()) continue;
        if (m_messages.contains(required.path))
            showIssues({core::dataError(required.path, required.hint)});
        else
            showGeneralMessage(required.hint);
        required.field->setFocus(Qt::OtherFocusReason);
        return;
    }
    accept();
}

void RecordDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter that reaches the dialog (no picker took it as "choose") saves, but only a complete
    // form: QDialog would press the default button whatever the form holds.
    // Ctrl+Enter arrives here too when the shortcut did not take it (the window was not yet
    // the active one when the key came).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)) {
        saveIfComplete();
        return;
    }
    QDialog::keyPressEvent(event);
}

namespace {

bool takesTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// A field that takes focus itself is one stop (a spin box's inner line edit is not another);
// a container (a picker, a row of check boxes) is searched for the stops inside it.
void collectStops(QWidget *widget, QList<QWidget *> &stops)
{
    if (takesTab(widget)) {
        if (!stops.contains(widget)) stops << widget;
        return;
    }
    for (QObject *child : widget->children()) {
        if (auto *childWidget = qobject_cast<QWidget *>(child);
            childWidget && !childWidget->isWindow())
            collectStops(childWidget, stops);
    }
}

} // namespace

QList<QWidget *> RecordDialog::focusOrder() const
{
    QList<QWidget *> stops;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        for (QFormLayout::ItemRole role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            if (QLayoutItem *item = m_form->itemAt(row, role); item && item->widget())
                collectStops(item->widget(), stops);
        }
    }
    QList<QWidget *> rest;
    collectStops(const_cast<RecordDialog *>(this), rest);
    QList<QAbstractButton *> buttons = m_buttons->buttons();
    std::sort(buttons.begin(), buttons.end(),
        [](QAbstractButton *a, QAbstractButton *b) { return a->x() < b->x(); });
    for (QWidget *widget : std::as_const(rest)) {
        if (!stops.contains(widget) && !buttons.contains(widget)) stops << widget;
    }
    for (QAbstractButton *button : std::as_const(buttons))
        stops << button;
    return stops;
}

void RecordDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_opened) return;
    m_opened = true;
    // Widgets are in the focus chain in the order they were created (the buttons first); staff
    // expect the order they read the form in.
    const QList<QWidget *> order = focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
    QWidget *chosen = m_firstField ? m_firstField : focusWidget();
    if (chosen && chosen != this && !qobject_cast<QAbstractButton *>(chosen)
        && chosen->isEnabled()) {
        chosen->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QWidget *widget : order) {
        if (widget->isEnabled() && widget->isVisibleTo(this)) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
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
    } catch (const core::EditConflict &conflict) {
        // The user's typing stays in the fields; saving again applies it over the other
        // person's change, from the version now stored.
        adoptVersion(conflict.currentVersion());
        showGeneralMessage(conflict.message());
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
