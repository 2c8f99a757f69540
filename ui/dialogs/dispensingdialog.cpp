#include "dispensingdialog.h"

#include <QPlainTextEdit>
#include <QSpinBox>

#include "fieldinputs.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/dispensingservice.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/models/dispensinglistmodel.h"

namespace mestring::ui {

DispensingDialog::DispensingDialog(core::DispensingService &dispensings, core::Actor actor,
    const core::DispensingListRow &row, const QDate &day, core::DispensingStatus status,
    QWidget *parent)
    : RecordDialog(parent)
    , m_dispensings(dispensings)
    , m_actor(std::move(actor))
    , m_row(row)
    , m_day(day)
    , m_status(status)
    , m_note(new QPlainTextEdit(this))
{
    const bool handOut = status == core::DispensingStatus::HandedOut;
    setObjectName(handOut ? QStringLiteral("handOutDialog") : QStringLiteral("withholdDialog"));
    setWindowTitle(handOut ? tr("Hand out a take-home supply") : tr("Withhold the dose"));
    addNote(tr("%1, born %2: %3 %4 on %5.")
                .arg(row.clientName, formatDate(row.birthDate), drugTitle(row.prescription.drug),
                    DispensingListModel::doseText(row.prescription.doseMg), formatDate(day)));
    if (handOut) {
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("days"));
        m_days->setRange(1, 14);
        m_days->setValue(row.prescription.takeHomeDays.value_or(1));
        m_days->setSuffix(tr(" day(s)"));
        m_days->setToolTip(tr("Days supplied, today included (1-14). The following days are "
                              "covered and leave the list."));
        addField(tr("&Days supplied"), m_days, QStringLiteral("days"));
    }
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    limitLength(m_note, core::textlimit::reason);
    m_note->setPlaceholderText(handOut ? tr("Optional") : tr("Why is the dose withheld?"));
    addField(handOut ? tr("&Note") : tr("&Reason"), m_note, QStringLiteral("note"));
    watchForChanges();
    resize(520, sizeHint().height());
}

bool DispensingDialog::save()
{
    const QString note = m_note->toPlainText().trimmed();
    if (m_status == core::DispensingStatus::Withheld && note.isEmpty()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("note"),
            tr("Write why the dose is withheld (e.g. intoxicated), so the next nurse and the "
               "doctor know.")}});
        return false;
    }
    core::Dispensing d;
    d.prescription = m_row.prescription.id;
    d.date = m_day;
    d.doseMg = m_row.prescription.doseMg;
    d.status = m_status;
    d.days = m_days ? m_days->value() : 1;
    d.note = note;
    m_warnings = m_dispensings.record(m_actor, d).warnings;
    return true;
}

} // namespace mestring::ui
