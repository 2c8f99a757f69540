#include "recordtab.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>

#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "ui/access.h"
#include "ui/servicecall.h"
#include "ui/widgets/messagelabel.h"

namespace mestring::ui {

RecordTab::RecordTab(Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("tabMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
}

void RecordTab::setClient(
    const core::Client &client, std::vector<core::Course> courses, const QDate &today)
{
    m_client = client;
    m_courses = std::move(courses);
    m_today = today;
    showMessage(m_accessNote);
    clientChanged();
    m_loadWhenShown = !isVisible();
    if (!m_loadWhenShown) reload();
}

void RecordTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadWhenShown) return;
    m_loadWhenShown = false;
    reload();
}

QString RecordTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QAction *RecordTab::addTabAction(const QString &text, const QKeySequence &keys,
    const QString &toolTip, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(keys.isEmpty()
            ? toolTip
            : tr("%1 (%2)").arg(toolTip, keys.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

bool RecordTab::allowOnly(core::Permission permission, std::initializer_list<QAction *> actions)
{
    if (core::mayDo(m_actor, permission)) return true;
    m_accessNote = readOnlyText(m_actor);
    for (QAction *action : actions) {
        m_denied << action;
        action->setEnabled(false);
        action->setToolTip(m_accessNote);
    }
    showMessage(m_accessNote);
    return false;
}

void RecordTab::setActionEnabled(QAction *action, bool enabled)
{
    action->setEnabled(enabled && !m_denied.contains(action));
}

QToolButton *RecordTab::buttonFor(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

bool RecordTab::run(const std::function<void()> &call)
{
    try {
        call();
        return true;
    } catch (const core::ServiceError &error) {
        showMessage(error.message(), true);
    } catch (const core::StorageError &error) {
        showMessage(tr("The database could not be read: %1").arg(error.message()), true);
    }
    return false;
}

void RecordTab::showMessage(const QString &text, bool isError)
{
    showMessageIn(m_message, text, isError);
}

void RecordTab::showWarnings(const core::RuleIssues &warnings)
{
    showMessage(issueText(warnings));
}

void RecordTab::setUpTable(QTableView *table, const QString &objectName)
{
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace mestring::ui
