#include "core/domain/clock.h"
#include "attendanceactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>

#include "core/services/appointmentservice.h"
#include "ui/formatting.h"
#include "ui/models/appointmenttablemodel.h"
#include "ui/recordtitles.h"
#include "ui/servicecall.h"

namespace mestring::ui {

namespace {

using core::AppointmentStatus;

struct KeyedStatus
{
    AppointmentStatus status;
    Qt::Key key;
};

// In the order of the buttons.
constexpr KeyedStatus keyedStatuses[] = {
    {AppointmentStatus::Attended, Qt::Key_F},
    {AppointmentStatus::NoShow, Qt::Key_U},
    {AppointmentStatus::CancelledClient, Qt::Key_A},
    {AppointmentStatus::CancelledCentre, Qt::Key_L},
    {AppointmentStatus::Planned, Qt::Key_P},
};

QString toolTipFor(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Attended:
        return AttendanceActions::tr("The client came");
    case AppointmentStatus::NoShow:
        return AttendanceActions::tr(
            "The client did not come and did not cancel; the overview asks you to contact them");
    case AppointmentStatus::CancelledClient:
        return AttendanceActions::tr("The client cancelled (never counts as a no-show)");
    case AppointmentStatus::CancelledCentre:
        return AttendanceActions::tr("The centre cancelled, e.g. the therapist is ill");
    case AppointmentStatus::Planned:
        return AttendanceActions::tr("Set back to planned, to correct a mistake");
    }
    return QString();
}

} // namespace

AttendanceActions::AttendanceActions(core::AppointmentService &appointments, core::Actor actor,
    AppointmentTableModel *model, QTableView *table)
    : QObject(table)
    , m_appointments(appointments)
    , m_actor(std::move(actor))
    , m_model(model)
    , m_table(table)
{
    for (const KeyedStatus &keyed : keyedStatuses) {
        const QString key = QKeySequence(keyed.key).toString();
        auto *action = new QAction(
            tr("%1 (%2)").arg(appointmentStatusTitle(keyed.status), key), m_table);
        action->setObjectName(QStringLiteral("mark_") + core::enumCode(keyed.status));
        action->setShortcut(QKeySequence(keyed.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (key %2)").arg(toolTipFor(keyed.status), key));
        const AppointmentStatus status = keyed.status;
        connect(action, &QAction::triggered, this, [this, status] { mark(status); });
        m_table->addAction(action);
        m_actions[std::size_t(status)] = action;
    }
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_table, tr("Change a cancelled appointment"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AttendanceActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendanceActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendanceActions::updateEnabled);
    updateEnabled();
}

void AttendanceActions::updateEnabled()
{
    const QModelIndex current = m_table->currentIndex();
    const int status = current.isValid()
        ? current.data(AppointmentTableModel::StatusRole).toInt()
        : -1;
    for (const KeyedStatus &keyed : keyedStatuses)
        m_actions[std::size_t(keyed.status)]->setEnabled(
            status >= 0 && status != int(keyed.status));
}

QWidget *AttendanceActions::createButtonRow(
    const QString &label, QWidget *parent, const QList<QAction *> &more) const
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(label, row));
    QList<QAction *> actions;
    for (const KeyedStatus &keyed : keyedStatuses)
        actions << m_actions[std::size_t(keyed.status)];
    for (QAction *action : actions + more) {
        auto *button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the cursor stays in the list
        layout->addWidget(button);
        if (more.contains(action) && !action->isVisible()) button->hide();
    }
    layout->addStretch(1);
    return row;
}

void AttendanceActions::setConfirmation(std::function<bool(const QString &question)> confirm)
{
    m_confirm = std::move(confirm);
}

bool AttendanceActions::mark(AppointmentStatus status)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return false;
    const int row = current.row();
    const core::Appointment &appointment = m_model->entryAt(row).appointment;
    const QString id = appointment.id;
    const AppointmentStatus was = appointment.status;
    const bool cancelled
        = was == AppointmentStatus::CancelledClient || was == AppointmentStatus::CancelledCentre;
    if (cancelled && status != was
        && !m_confirm(
            tr("The appointment on %1 at %2 is registered as \"%3\". Change it to \"%4\"?")
                .arg(formatDate(core::Clock::centreDate(appointment.start)),
                    AppointmentTableModel::timeText(appointment), appointmentStatusTitle(was),
                    appointmentStatusTitle(status)))) {
        return false;
    }
    if (const auto failure
        = failureOf([&] { m_appointments.setStatus(m_actor, id, status); })) {
        Q_EMIT failed(*failure);
        return false;
    }
    m_model->setStatus(row, status);
    if (row + 1 < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row + 1, current.column()));
    updateEnabled();
    Q_EMIT marked(id, status);
    return true;
}

} // namespace mestring::ui
