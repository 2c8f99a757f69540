#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

#include "core/domain/ruleissue.h"

class QDialogButtonBox;
class QLabel;
class QLayout;
class QPushButton;

namespace mestring::core {
class ServiceError;
}

namespace mestring::ui {

/// The frame every record dialog shares: Save and Cancel, Enter (Ctrl+Enter in a text box)
/// saves, Esc cancels, closing with typed content asks before discarding, and a refused save
/// keeps the dialog open with everything typed and core's message next to the field it names
/// (RuleIssue::path) or, for anything else, above the buttons.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditDialog(QWidget *parent = nullptr);

    /// The message shown above the buttons (empty when none).
    QString errorText() const;
    /// The message shown next to the field `path` (empty when none).
    QString fieldError(const QString &path) const;
    /// The workflow warnings core returned with the last successful save.
    const core::RuleIssues &warnings() const { return m_warnings; }
    /// True when the user typed or chose something that is not saved.
    bool hasChanges() const { return snapshot() != m_initial; }

public Q_SLOTS:
    /// Saves through save(); closes on success, shows the refusal otherwise.
    void trySave();
    /// Cancel, Esc and the window's close button: asks first when something was typed.
    void reject() override;

protected:
    /// Puts `content`, the error line and the buttons into the dialog. Call once, last.
    void finishLayout(QLayout *content, const QString &saveText);
    /// A hidden error label for `field`, which core names `path`; place it under the field.
    QLabel *fieldErrorLabel(const QString &path, QWidget *field);
    /// Saves through the service; returns false to keep the dialog open without an error
    /// (e.g. a confirmation step). Throws core::ServiceError / StorageError when refused.
    virtual bool save() = 0;
    /// Every value the user can change, as text: what differs from the values at
    /// finishLayout() counts as unsaved.
    virtual QStringList snapshot() const = 0;

    void setWarnings(core::RuleIssues warnings) { m_warnings = std::move(warnings); }
    void showMessage(const QString &message);
    void clearErrors();
    QPushButton *saveButton() const;

private:
    void showError(const core::ServiceError &error);

    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_fieldErrors;
    core::RuleIssues m_warnings;
    QStringList m_initial;
};

} // namespace mestring::ui
