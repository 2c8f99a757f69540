#pragma once

#include <QDialog>
#include <QHash>

#include "core/domain/ruleissue.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace mestring::ui {

/// Base of the dialogs that create or change one record through a service. It gives every
/// such dialog the same behaviour staff can rely on:
/// - each field has a message line under it, where the rule messages for its path appear
///   (errors in red, warnings in amber), live while typing and after a refused save;
/// - a refused save keeps the dialog open with everything typed, the first bad field focused;
/// - closing with unsaved changes asks first;
/// - service and storage errors are shown in the dialog in the user's words, never lost.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget *parent = nullptr);

    bool hasUnsavedChanges() const { return m_dirty; }
    /// The message currently shown for a field path (empty when none); for tests.
    QString messageFor(const QString &path) const;
    /// The message at the bottom of the dialog (errors without a field); for tests.
    QString generalMessage() const;

    void accept() override;
    void reject() override;
    /// Hides the dialog without ending its exec(): the lock screen hides a session's windows
    /// and shows them again later, and a dialog must still be there, waiting, with what was
    /// typed (QDialog ends exec() whenever it is hidden).
    void suspend();
    void setVisible(bool visible) override;

protected:
    /// Saves through the service. Return false to stay open (e.g. the user cancelled a
    /// confirmation). RuleViolation, ServiceError and StorageError are caught and shown.
    virtual bool save() = 0;

    /// Adds a labelled row; rule messages for `path` (e.g. "cpr") appear under the field.
    void addField(const QString &label, QWidget *field, const QString &path = QString());
    /// Adds a line of explanation spanning the form.
    QLabel *addNote(const QString &text);
    QFormLayout *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Shows `issues` under their fields (replacing earlier ones); issues with no known path
    /// go to the bottom. Returns true when there are errors.
    bool showIssues(const core::RuleIssues &issues);
    void showGeneralMessage(const QString &text, bool isError = true);
    /// Marks the dialog as holding unsaved input; connect field signals to it.
    void markDirty() { m_dirty = true; }
    void setClean() { m_dirty = false; }
    /// Connects the usual edit signals of line edits, text edits, combos, check boxes and
    /// spin boxes among the dialog's children to markDirty().
    void watchForChanges();

private:
    void growToFit();

    struct FieldMessage
    {
        QWidget *field;
        QLabel *label;
    };

    QFormLayout *m_form;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    QHash<QString, FieldMessage> m_messages;
    bool m_dirty = false;
    bool m_suspending = false;
};

} // namespace mestring::ui
