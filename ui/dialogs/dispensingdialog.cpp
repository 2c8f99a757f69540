#include "dispensingdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "core/domain/rules/textlimits.h"
#include "core/services/dispensingservice.h"
#include "fieldinputs.h"
#include "ui/dosetext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

namespace {

QString titleFor(core::DispensingStatus status, bool late)
{
    switch (status) {
    case core::DispensingStatus::HandedOut:
        return late ? DispensingDialog::tr("Register a take-home supply late")
                    : DispensingDialog::tr("Hand out a take-home supply");
    case core::DispensingStatus::Withheld:
        return late ? DispensingDialog::tr("Register a withheld dose late")
                    : DispensingDialog::tr("Withhold the dose");
    default:
        return DispensingDialog::tr("Register late: %1").arg(dispensingStatusTitle(status));
    }
}

QPlainTextEdit *textField(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    limitLength(edit, core::textlimit::reason);
    return edit;
}

} // namespace

DispensingDialog::DispensingDialog(core::DispensingService &dispensings, core::Actor actor,
    const core::DispensingListRow &row, const QDate &day, core::DispensingStatus status,
    const QDate &today, const core::MedicationSettings &settings, QWidget *parent)
    : RecordDialog(parent)
    , m_dispensings(dispensings)
    , m_actor(std::move(actor))
    , m_row(row)
    , m_day(day)
    , m_status(status)
    , m_settings(settings)
    , m_note(textField(QStringLiteral("note"), this))
{
    const bool handOut = status == core::DispensingStatus::HandedOut;
    const bool late = day < today;
    setObjectName(handOut ? QStringLiteral("handOutDialog")
            : status == core::DispensingStatus::Withheld ? QStringLiteral("withholdDialog")
                                                         : QStringLiteral("lateDialog"));
    setWindowTitle(titleFor(status, late));
    const core::Prescription &p = row.prescription;
    addNote(tr("%1, born %2: %3 %4 on %5.")
                .arg(row.clientName, formatDate(row.birthDate), drugTitle(p.drug),
                    doseText(p.drug, p.doseMg, settings), formatDate(day)));
    if (handOut) addSupplyFields();
    if (late) {
        m_lateReason = textField(QStringLiteral("lateReason"), this);
        m_lateReason->setPlaceholderText(
            tr("The day is over: why is it registered now? (e.g. forgotten, registered on paper)"));
        addField(tr("&Late, because"), m_lateReason, QStringLiteral("late_reason"));
    }
    m_note->setPlaceholderText(status == core::DispensingStatus::Withheld
            ? tr("Why is the dose withheld?")
            : tr("Optional"));
    addField(status == core::DispensingStatus::Withheld ? tr("&Reason") : tr("&Note"), m_note,
        QStringLiteral("note"));
    QWidget *first = m_days ? static_cast<QWidget *>(m_days)
        : m_lateReason      ? static_cast<QWidget *>(m_lateReason)
                            : static_cast<QWidget *>(m_note);
    setFirstField(first);
    watchForChanges();
    resize(540, sizeHint().height());
}

void DispensingDialog::addSupplyFields()
{
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, 14);
    m_days->setValue(m_row.supplyDays);
    m_days->setSuffix(tr(" day(s)"));
    m_days->setToolTip(tr("Days supplied, today included (1-14). The following days are "
                          "covered and leave the list."));
    addField(tr("&Days supplied"), m_days, QStringLiteral("days"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("supplyTotal"));
    addField(tr("In total"), m_total);
    if (m_row.closedDaysAhead > 0) {
        addNote(tr("Includes %n closed day(s) after today: the centre does not dispense then.",
            nullptr, m_row.closedDaysAhead));
    }
    connect(m_days, &QSpinBox::valueChanged, this, &DispensingDialog::updateTotal);
    updateTotal();
}

QString DispensingDialog::totalText() const
{
    if (!m_days) return {};
    const core::Prescription &p = m_row.prescription;
    return DoseText::supply(
        p.drug, p.doseMg, core::dosesInSupply(p, m_day, m_days->value()), m_settings);
}

void DispensingDialog::updateTotal()
{
    if (m_total) m_total->setText(totalText());
}

bool DispensingDialog::save()
{
    const QString note = m_note->toPlainText().trimmed();
    if (m_status == core::DispensingStatus::Withheld && note.isEmpty()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("note"),
            tr("Write why the dose is withheld (e.g. intoxicated), so the next nurse and the "
               "doctor know.")}});
        m_note->setFocus();
        return false;
    }
    core::Dispensing d;
    d.prescription = m_row.prescription.id;
    d.date = m_day;
    d.doseMg = m_row.prescription.doseMg;
    d.status = m_status;
    d.days = m_days ? m_days->value() : 1;
    d.note = note;
    if (m_lateReason) d.lateReason = m_lateReason->toPlainText().trimmed();
    m_warnings = m_dispensings.record(m_actor, d).warnings;
    return true;
}

} // namespace mestring::ui
