#include "absencedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/services/absenceservice.h"
#include "fieldinputs.h"
#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

AbsenceDialog::AbsenceDialog(core::AbsenceService &absences, core::Actor actor,
    core::Absence absence, QHash<QString, QString> staffNames, QWidget *parent)
    : EditDialog(parent)
    , m_absences(absences)
    , m_actor(std::move(actor))
    , m_absence(std::move(absence))
    , m_staffNames(std::move(staffNames))
    , m_from(makeDateEdit(this, m_absence.from))
    , m_to(makeDateEdit(this, m_absence.to.isValid() ? m_absence.to : m_absence.from))
    , m_openEnded(new QCheckBox(tr("&Open-ended (last day not known yet)"), this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_cancellations(new QLabel(this))
{
    setWindowTitle(m_absence.id.isEmpty() ? tr("New absence period") : tr("Change absence period"));
    setObjectName(QStringLiteral("absenceDialog"));
    for (core::AbsenceReason reason : core::enumValues<core::AbsenceReason>())
        m_reason->addItem(absenceReasonTitle(reason), int(reason));
    m_reason->setCurrentIndex(int(m_absence.reason));
    m_openEnded->setChecked(!m_absence.id.isEmpty() && !m_absence.to.isValid());
    m_to->setEnabled(!m_openEnded->isChecked());
    m_note->setText(m_absence.note);
    m_note->setPlaceholderText(tr("E.g. where the client is, or who told us"));
    m_cancellations->setObjectName(QStringLiteral("cancellationList"));
    m_cancellations->setWordWrap(true);
    m_cancellations->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 6px;"));
    m_cancellations->hide();

    connect(m_openEnded, &QCheckBox::toggled, m_to, [this](bool open) {
        m_to->setEnabled(!open);
        forgetPreview();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_to->date() < from) m_to->setDate(from);
        forgetPreview();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &AbsenceDialog::forgetPreview);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("from"), m_from));
    form->addRow(tr("&To (inclusive):"), m_to);
    form->addRow(QString(), m_openEnded);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("to"), m_to));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *content = new QVBoxLayout;
    content->addLayout(form);
    auto *hint = new QLabel(tr("Planned appointments inside the period are cancelled as "
                               "cancelled by the client. You see which before anything is saved."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    content->addWidget(hint);
    content->addWidget(m_cancellations);
    setMinimumWidth(560);
    finishLayout(content, tr("Save"));
}

core::Absence AbsenceDialog::absenceFromFields() const
{
    core::Absence absence = m_absence;
    absence.from = m_from->date();
    absence.to = m_openEnded->isChecked() ? QDate() : m_to->date();
    absence.reason = core::AbsenceReason(m_reason->currentIndex());
    absence.note = m_note->text().trimmed();
    return absence;
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
    saveButton()->setText(tr("Save"));
}

void AbsenceDialog::showPreview()
{
    QStringList lines;
    for (const core::Appointment &appointment : m_preview) {
        const QDateTime start = appointment.start.toLocalTime();
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
    saveButton()->setText(tr("Save and cancel %n appointment(s)", nullptr, int(m_preview.size())));
}

bool AbsenceDialog::save()
{
    const core::Absence absence = absenceFromFields();
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
    setWarnings(result.warnings);
    return true;
}

QStringList AbsenceDialog::snapshot() const
{
    return {m_from->text(), m_to->text(),
        m_openEnded->isChecked() ? QStringLiteral("1") : QString(), m_reason->currentText(),
        m_note->text()};
}

} // namespace mestring::ui
