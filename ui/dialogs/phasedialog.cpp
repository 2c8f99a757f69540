#include "phasedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

#include "fieldinputs.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/courseservice.h"
#include "ui/enumtitles.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

PhaseDialog::PhaseDialog(core::CourseService &courses, core::Actor actor,
    const core::Course &course, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_courses(courses)
    , m_actor(std::move(actor))
    , m_course(course)
    , m_phase(new QComboBox(this))
    , m_date(new DateField(this))
    , m_noteHint(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Change phase"));
    setObjectName(QStringLiteral("phaseDialog"));
    m_phase->setObjectName(QStringLiteral("phase"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    limitLength(m_note, core::textlimit::journalNote);
    m_noteHint->setWordWrap(true);
    fillEnumCombo(m_phase, &phaseTitle);
    // Suggest the next phase.
    if (const auto current = course.currentPhase(); current && *current != core::Phase::Aftercare)
        setEnumComboValue(m_phase, std::optional(core::Phase(int(*current) + 1)));
    m_date->setDate(today);
    addField(tr("&Phase"), m_phase, QStringLiteral("phase"));
    addField(tr("&From"), m_date, QStringLiteral("date"));
    form()->addRow(m_noteHint);
    addField(tr("&Note"), m_note, QStringLiteral("note"));
    requireDate(m_date, QStringLiteral("date"));
    connect(m_phase, &QComboBox::currentIndexChanged, this, &PhaseDialog::updateNote);
    updateNote();
    watchForChanges();
    resize(560, sizeHint().height());
}

bool PhaseDialog::isStepBack() const
{
    const auto current = m_course.currentPhase();
    const auto chosen = enumComboValue<core::Phase>(m_phase);
    return current && chosen && int(*chosen) < int(*current);
}

void PhaseDialog::updateNote()
{
    const bool back = isStepBack();
    m_note->setEnabled(back);
    m_noteHint->setText(back ? tr("This is a step back to an earlier phase. Write a journal note "
                                  "saying why; it is signed and saved with the change.")
                             : tr("A note is only needed when the course goes back to an "
                                  "earlier phase."));
}

bool PhaseDialog::save()
{
    const QDate date = m_date->date();
    if (!date.isValid()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("date"),
            tr("Enter the day of the change as dd-mm-yyyy.")}});
        return false;
    }
    const auto phase = enumComboValue<core::Phase>(m_phase);
    m_courses.changePhase(m_actor, m_course.id, *phase, date,
        isStepBack() ? m_note->toPlainText().trimmed() : QString(), core::NoteKind::Other);
    return true;
}

} // namespace mestring::ui
