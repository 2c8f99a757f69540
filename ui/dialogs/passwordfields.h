#pragma once

#include <initializer_list>

#include <QString>

#include "core/domain/ruleissue.h"

class QCheckBox;
class QLineEdit;
class QWidget;

namespace mestring::ui {

/// A password field of the account dialogs: hidden as typed, one character over the rules'
/// maximum so the rule can say so.
QLineEdit *makePasswordField(const QString &objectName, QWidget *parent);
/// A check box that shows what was typed in `fields`: a manager reads a temporary password
/// aloud or writes it down for the new colleague.
QCheckBox *makeShowPasswordBox(std::initializer_list<QLineEdit *> fields, QWidget *parent);
/// A refusal at "repeat" when the two typings differ.
core::RuleIssues checkRepeated(const QLineEdit *password, const QLineEdit *repeat);
/// A temporary password that keeps the password rules and is easy to pass on: two Danish
/// words and a number ("skov-lampe-47"), drawn by the system's random source.
QString suggestTemporaryPassword();

} // namespace mestring::ui
