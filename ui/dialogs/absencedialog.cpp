#include "absencedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>

#include "core/domain/clock.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/absenceservice.h"
#include "fieldinputs.h"
#include "ui/formatting.h"
#include "ui/recordtitles.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

AbsenceDialog::AbsenceDialog(core::AbsenceService &absences, core::Actor actor,
    core::Absence absence, QHash<QString, QString> staffNames, QWidget *parent)
    : RecordDialog(parent)
    , m_absences(absences)
    , m_actor(std::move(actor))
    , m_absence(std::move(absence))
    , m_staffNames(std::move(staffNames))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_cancellations(new QLabel(this))
{
    setWindowTitle(m_absence.id.isEmpty() ? tr("New absence period") : tr("Change absence period"));
    setObjectName(QStringLiteral("absenceDialog"));
    fillEnumCombo(m_reason, &absenceReasonTitle);
    setEnumComboValue(m_reason, std::optional(m_absence.reason));
    m_from->setDate(m_absence.from);
    m_to->setDate(m_absence.to);
    m_to->setToolTip(tr("Leave empty while the last day is not known yet (open-ended)."));
    m_note->setText(m_absence.note);
    m_note->setPlaceholderText(tr("E.g. where the client is, or who told us"));
    m_note->setMaxLength(core::textlimit::reason);
    m_cancellations->setObjectName(QStringLiteral("cancellationList"));
    m_cancellations->setWordWrap(true);
    m_cancellations->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 6px;"));
    m_cancellations->hide();
    connect(m_from, &DateField::dateChanged, this, &AbsenceDialog::forgetPreview);
    connect(m_to, &DateField::dateChanged, this, &AbsenceDialog::forgetPreview);

    addField(tr("&From"), m_from, QStringLiteral("from"));
    // The explanation beside the field, not as its placeholder: a date field is too narrow.
    auto *toRow = new QWidget(this);
    auto *toLayout = new QHBoxLayout(toRow);
    toLayout->setContentsMargins(0, 0, 0, 0);
    toLayout->addWidget(m_to);
    auto *openEnded = new QLabel(tr("empty: open-ended, last day not known yet"), toRow);
    openEnded->setForegroundRole(QPalette::PlaceholderText);
    toLayout->addWidget(openEnded, 1);
    addField(tr("&To (inclusive)"), toRow, QStringLiteral("to"));
    addField(tr("&Reason"), m_reason, QStringLiteral("reason"));
    addField(tr("&Note"), m_note, QStringLiteral("note"));
    requireDate(m_from, QStringLiteral("from"));
    addNote(tr("Planned appointments inside the period are cancelled as cancelled by the "
               "client. You see which before anything is saved."));
    form()->addRow(m_cancellations);
    forgetPreview();
    watchForChanges();
    fitToWidth(this, 580);
}

QString AbsenceDialog::cancellationText() const
{
    return m_cancellations->isHidden() ? QString() : m_cancellations->text();
}

void AbsenceDialog::forgetPreview()
{
    m_previewed.reset();
    m_preview.clear();
    m_cancellations->hide();
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Save"));
}

void AbsenceDialog::showPreview()
{
    QStringList lines;
    for (const core::Appointment &appointment : m_preview) {
        const QDateTime start = core::Clock::centreTime(appointment.start);
        QString line = formatDate(start.date()) + QLatin1Char(' ')
            + start.toString(QStringLiteral("HH:mm")) + QStringLiteral(" · ")
            + appointmentTypeTitle(appointment.type);
        if (const QString staff = m_staffNames.value(appointment.staff); !staff.isEmpty())
            line += QStringLiteral(" · ") + staff;
        lines << QStringLiteral("• ") + line.toHtmlEscaped();
    }
    m_cancellations->setText(
        tr("<b>Saving cancels %n planned appointment(s)</b> (cancelled by the client):", nullptr,
            int(m_preview.size()))
        + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("<br>")
        + tr("Press Save again to save and cancel them, or change the dates."));
    m_cancellations->show();
    // Grow so the whole list shows (the dialog never shrinks under the user's hands).
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height()) resize(width(), needed);
    buttons()
        ->button(QDialogButtonBox::Save)
        ->setText(tr("Save and cancel %n appointment(s)", nullptr, int(m_preview.size())));
}

bool AbsenceDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_from, QStringLiteral("from"), true, issues);
    checkDateField(m_to, QStringLiteral("to"), false, issues);
    if (showIssues(issues)) return false;
    core::Absence absence = m_absence;
    absence.from = m_from->date();
    absence.to = m_to->date();
    absence.reason
        = enumComboValue<core::AbsenceReason>(m_reason).value_or(core::AbsenceReason::Other);
    absence.note = m_note->text().trimmed();
    if (!m_previewed || !(*m_previewed == absence)) {
        std::vector<core::Appointment> preview = m_absences.preview(m_actor, absence);
        if (!preview.empty()) {
            m_preview = std::move(preview);
            m_previewed = absence;
            showPreview();
            return false; // the user sees the list first and saves again
        }
    }
    const core::AbsenceSaveResult result = absence.id.isEmpty()
        ? m_absences.create(m_actor, absence)
        : m_absences.update(m_actor, absence);
    m_absence.id = result.id;
    m_cancelled = result.cancelled;
    return true;
}

} // namespace mestring::ui
