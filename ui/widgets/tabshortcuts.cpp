#include "tabshortcuts.h"

#include <QAction>
#include <QKeyEvent>
#include <QTabBar>
#include <QTabWidget>

namespace mestring::ui {

namespace {

class PageShortcutForwarder : public QObject
{
public:
    explicit PageShortcutForwarder(QTabWidget *tabs)
        : QObject(tabs)
        , m_tabs(tabs)
    {
        tabs->tabBar()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !m_tabs->currentWidget())
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        const auto actions = m_tabs->currentWidget()->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                action->trigger();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTabWidget *m_tabs;
};

} // namespace

void forwardPageShortcuts(QTabWidget *tabs)
{
    new PageShortcutForwarder(tabs);
}

} // namespace mestring::ui
