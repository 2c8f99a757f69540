#include "fitentryaction.h"

#include <memory>

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

#include "core/services/feedbackservice.h"
#include "core/services/permissions.h"
#include "ui/dialogs/fitdialog.h"
#include "ui/formatting.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/recordtitles.h"
#include "ui/servicecall.h"

namespace mestring::ui {

namespace {

bool attendedOrPlanned(int status)
{
    return status == int(core::AppointmentStatus::Attended)
        || status == int(core::AppointmentStatus::Planned);
}

} // namespace

FitEntryAction::FitEntryAction(core::FeedbackService &feedback, core::Actor actor,
    AppointmentTableModel *model, QTableView *table)
    : QObject(table)
    , m_feedback(feedback)
    , m_actor(std::move(actor))
    , m_model(model)
    , m_table(table)
    , m_action(new QAction(tr("FIT… (R)"), table))
{
    m_action->setObjectName(QStringLiteral("fitAction"));
    m_action->setShortcut(QKeySequence(Qt::Key_R));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setToolTip(tr("The client's ORS and SRS of the chosen session (key R)"));
    m_action->setVisible(core::mayDo(m_actor, core::Permission::WriteClinical));
    connect(m_action, &QAction::triggered, this, &FitEntryAction::open);
    m_table->addAction(m_action);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &FitEntryAction::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FitEntryAction::updateEnabled);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FitEntryAction::updateEnabled);
    m_table->setColumnHidden(AppointmentTableModel::FitColumn,
        !core::mayDo(m_actor, core::Permission::ReadClinical));
    updateEnabled();
}

void FitEntryAction::updateEnabled()
{
    const QModelIndex current = m_table->currentIndex();
    m_action->setEnabled(m_action->isVisible() && current.isValid()
        && attendedOrPlanned(current.data(AppointmentTableModel::StatusRole).toInt()));
}

void FitEntryAction::loadTotals()
{
    if (!core::mayDo(m_actor, core::Permission::ReadClinical)) return;
    QStringList ids;
    for (const core::CalendarAppointment &entry : m_model->entries())
        ids << entry.appointment.id;
    QHash<QString, core::FitTotals> totals;
    // Without totals the list still works; the column stays empty.
    failureOf([&] { totals = m_feedback.totalsForAppointments(m_actor, ids); });
    m_model->setFit(std::move(totals));
}

bool FitEntryAction::open()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_action->isEnabled()) return false;
    const int row = current.row();
    const core::CalendarAppointment &entry = m_model->entryAt(row);
    const QString id = entry.appointment.id;
    const QString text = tr("%1, %2 %3 (%4)")
                             .arg(entry.clientName, formatDate(entry.appointment.startDay()),
                                 AppointmentTableModel::timeText(entry.appointment),
                                 appointmentTypeTitle(entry.appointment.type));
    std::unique_ptr<FitDialog> dialog;
    if (const auto failure = failureOf([&] {
            dialog = std::make_unique<FitDialog>(
                m_feedback, m_actor, FitSessionKey {id, {}, {}}, text, m_table->window());
        })) {
        Q_EMIT failed(*failure);
        return false;
    }
    if (dialog->exec() != QDialog::Accepted) return false;
    const core::FitTotals totals = dialog->totals();
    m_model->setFitOf(m_model->rowOf(id), totals);
    m_table->setFocus();
    Q_EMIT saved(id);
    return true;
}

} // namespace mestring::ui
