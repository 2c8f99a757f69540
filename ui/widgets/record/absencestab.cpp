#include "absencestab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/services/absenceservice.h"
#include "core/services/staffservice.h"
#include "ui/dialogs/absencedialog.h"
#include "ui/models/absencetablemodel.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

AbsencesTab::AbsencesTab(Services services, core::Actor actor, QWidget *parent)
    : RecordTab(services, std::move(actor), parent)
    , m_model(new AbsenceTableModel(this))
    , m_table(new QTableView(this))
{
    m_new = addTabAction(tr("New absence"), QKeySequence::New,
        tr("Register an absence period (holiday, hospital, prison, ...)"),
        QStringLiteral("newAbsenceAction"));
    m_edit = addTabAction(tr("Change absence"), Qt::Key_F2,
        tr("Change the chosen period, e.g. give an open-ended one its last day"),
        QStringLiteral("editAbsenceAction"));
    connect(m_new, &QAction::triggered, this, &AbsencesTab::newAbsence);
    connect(m_edit, &QAction::triggered, this, &AbsencesTab::editAbsence);

    setUpTable(m_table, QStringLiteral("absenceTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Absence periods"));
    m_table->setColumnWidth(AbsenceTableModel::FromColumn, 110);
    m_table->setColumnWidth(AbsenceTableModel::ToColumn, 110);
    m_table->setColumnWidth(AbsenceTableModel::ReasonColumn, 220);
    fitColumnsToTitles(m_table);
    connect(m_table, &QTableView::activated, this, &AbsencesTab::editAbsence);

    auto *intro = new QLabel(tr("Planned appointments inside an absence period are cancelled; "
                                "medication doses inside it are not expected."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(buttonFor(m_new));
    top->addWidget(buttonFor(m_edit));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(messageLabel());
    layout->addWidget(m_table, 1);
}

void AbsencesTab::reload()
{
    std::vector<core::Absence> absences;
    if (!m_client.id.isEmpty())
        run([&] { absences = m_services.absences.forClient(m_actor, m_client.id); });
    m_model->setAbsences(std::move(absences));
    m_edit->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0) m_table->selectRow(0);
}

QHash<QString, QString> AbsencesTab::staffNames()
{
    QHash<QString, QString> names;
    try {
        for (const core::StaffMember &member : m_services.staff.list(m_actor, true))
            names.insert(member.id, member.name);
    } catch (const std::exception &) {
        // Names are a courtesy in the list of cancellations; the dates and types suffice.
    }
    return names;
}

void AbsencesTab::afterSave(const AbsenceDialog &dialog)
{
    reload();
    const int cancelled = int(dialog.cancelled().size());
    showMessage(cancelled > 0
            ? tr("The absence period is saved; %n planned appointment(s) were cancelled.", nullptr,
                cancelled)
            : tr("The absence period is saved."));
}

void AbsencesTab::newAbsence()
{
    if (m_client.id.isEmpty()) return;
    core::Absence absence;
    absence.client = m_client.id;
    absence.from = m_today;
    AbsenceDialog dialog(m_services.absences, m_actor, absence, staffNames(), this);
    if (dialog.exec() == QDialog::Accepted) afterSave(dialog);
}

void AbsencesTab::editAbsence()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return;
    AbsenceDialog dialog(
        m_services.absences, m_actor, m_model->absenceAt(current.row()), staffNames(), this);
    if (dialog.exec() == QDialog::Accepted) afterSave(dialog);
}

} // namespace mestring::ui
