#include "access.h"

#include <QCoreApplication>
#include <QLabel>

#include "core/services/permissions.h"

namespace mestring::ui {

QString noAccessText(const core::Actor &actor, const QString &what)
{
    return QCoreApplication::translate("mestring", "You have no access to %1 (your role: %2).")
        .arg(what, core::roleTitle(actor.role));
}

QString readOnlyText(const core::Actor &actor)
{
    return QCoreApplication::translate("mestring", "As %1 you may read here, but not write.")
        .arg(core::roleTitle(actor.role));
}

QWidget *makeNoAccessPage(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("noAccess"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace mestring::ui
