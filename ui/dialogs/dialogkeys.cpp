#include "dialogkeys.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>

namespace mestring::ui {

void makeKeyboardSafe(QDialog *dialog, QDialogButtonBox *buttons, QWidget *firstField)
{
    if (QPushButton *save = buttons->button(QDialogButtonBox::Save)) {
        if (!save->text().contains(QLatin1Char('&'))) save->setText(QCoreApplication::translate("mestring", "&Save"));
    }
    if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setText(QCoreApplication::translate("mestring", "&Cancel"));
        cancel->setAutoDefault(false);
    }
    for (QAbstractButton *button : buttons->buttons())
        button->setFocusPolicy(Qt::NoFocus);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return),
             QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
    }
    if (firstField) {
        dialog->setFocusProxy(firstField);
        firstField->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace mestring::ui
