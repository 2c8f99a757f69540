#pragma once

#include <functional>
#include <vector>

#include <QDialog>
#include <QHash>

#include "core/domain/ruleissue.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace mestring::ui {

class DateField;

/// Base of the dialogs that create or change one record through a service. It gives every
/// such dialog the same behaviour staff can rely on:
/// - it opens with the cursor in the first field (or the one the dialog chose), and Tab goes
///   through the fields in the order they are shown, then to the buttons;
/// - Enter (or Ctrl+Enter, also inside a text box) saves only when every required field is
///   filled; otherwise the cursor goes to the first empty one and says what it needs. A
///   picker inside the form (a client search, a drop-down list) takes Enter as "choose";
/// - Esc cancels; when something was typed it asks first;
/// - each field has a message line under it, where the rule messages for its path appear
///   (errors in red, warnings in amber), live while typing and after a refused save;
/// - a refused save keeps the dialog open with everything typed, the first bad field focused;
/// - service and storage errors are shown in the dialog in the user's words, never lost.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget *parent = nullptr);

    bool hasUnsavedChanges() const { return m_dirty; }
    /// Whether every required field (requireField()) is filled, so Enter may save.
    bool isComplete() const;
    /// Saves as Enter and Ctrl+Enter do: when the form is complete; otherwise moves the cursor
    /// to the first empty required field and shows what it needs there.
    void saveIfComplete();
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
    /// After a save refused because another person saved the record first: the form's record
    /// is now at `version`, so saving again applies the user's typing over that change.
    virtual void adoptVersion(int version) { Q_UNUSED(version); }

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
    /// Makes `field` (shown under `path`) required: Enter saves only while `filled()` holds;
    /// `hint` says what to do when it does not.
    void requireField(
        QWidget *field, const QString &path, std::function<bool()> filled, const QString &hint);
    /// requireField() for a date that must be given.
    void requireDate(DateField *field, const QString &path);
    /// requireField() for a text that must not be blank; `hint` says what to write.
    void requireText(QLineEdit *field, const QString &path, const QString &hint);
    void requireText(QPlainTextEdit *field, const QString &path, const QString &hint);
    /// The field that has the cursor when the dialog opens, instead of the first one.
    void setFirstField(QWidget *field) { m_firstField = field; }
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// Marks the dialog as holding unsaved input; connect field signals to it.
    void markDirty() { m_dirty = true; }
    void setClean() { m_dirty = false; }
    /// Connects the usual edit signals of line edits, text edits, combos, check boxes and
    /// spin boxes among the dialog's children to markDirty().
    void watchForChanges();

private:
    void growToFit();
    /// The focusable fields in the order the form shows them, then anything else, then the
    /// buttons as they stand in the button row.
    QList<QWidget *> focusOrder() const;

    struct FieldMessage
    {
        QWidget *field;
        QLabel *label;
    };

    struct RequiredField
    {
        QWidget *field;
        QString path;
        std::function<bool()> filled;
        QString hint;
    };

    QFormLayout *m_form;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    QHash<QString, FieldMessage> m_messages;
    std::vector<RequiredField> m_required;
    QWidget *m_firstField = nullptr;
    bool m_dirty = false;
    bool m_suspending = false;
    bool m_opened = false;
};

} // namespace mestring::ui
