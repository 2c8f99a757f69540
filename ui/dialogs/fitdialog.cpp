#include "fitdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "fieldinputs.h"
#include "ui/widgets/fitscaleeditor.h"

namespace mestring::ui {

namespace {

QGroupBox *framed(const QString &title, FitScaleEditor *editor, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(editor);
    return box;
}

QString pathOf(const FitScaleEditor *editor)
{
    return core::enumCode(editor->scale());
}

} // namespace

FitDialog::FitDialog(core::FeedbackService &feedback, core::Actor actor, FitSessionKey key,
    const QString &sessionText, QWidget *parent)
    : RecordDialog(parent)
    , m_feedback(feedback)
    , m_actor(std::move(actor))
    , m_key(std::move(key))
    , m_ors(new FitScaleEditor(core::FitScale::Ors, this))
    , m_srs(new FitScaleEditor(core::FitScale::Srs, this))
{
    setWindowTitle(tr("FIT: ORS and SRS"));
    setObjectName(QStringLiteral("fitDialog"));
    auto *session = new QLabel(sessionText, this);
    session->setObjectName(QStringLiteral("fitSession"));
    session->setWordWrap(false);
    form()->addRow(tr("Session"), session);
    addField(QString(), framed(tr("ORS at the start: how has the client been doing?"), m_ors, this),
        QStringLiteral("ors"));
    addField(QString(),
        framed(tr("SRS at the end: how was today's session for the client?"), m_srs, this),
        QStringLiteral("srs"));
    addNote(tr("Type each mark in centimetres from 0 to 10 with one decimal (7,4), or drag the "
               "slider. Tab goes to the next number, Enter saves. Fill in the ORS alone at the "
               "start and add the SRS at the end, or both at once."));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Save FIT"));

    m_stored = m_feedback.forSession(m_actor, m_key.appointmentId, m_key.sessionId, m_key.courseId);
    m_ors->setItems(m_stored.ors ? std::optional(m_stored.ors->items) : std::nullopt);
    m_srs->setItems(m_stored.srs ? std::optional(m_stored.srs->items) : std::nullopt);
    for (FitScaleEditor *editor : {m_ors, m_srs})
        connect(editor, &FitScaleEditor::changed, this, [this] { markDirty(); });
    watchForChanges();
    setClean();
    fitToWidth(this, 620);
    (m_stored.ors && !m_stored.srs ? m_srs : m_ors)->itemEdit(0)->setFocus();
}

core::FitTotals FitDialog::totals() const
{
    core::FitTotals totals;
    if (m_stored.ors) totals.ors = m_stored.ors->total();
    if (m_stored.srs) totals.srs = m_stored.srs->total();
    return totals;
}

bool FitDialog::checkEditor(FitScaleEditor *editor, core::RuleIssues &issues) const
{
    if (editor->isEmpty()) return true;
    const int bad = editor->firstInvalid();
    if (bad < 0) return true;
    issues.push_back({core::RuleIssue::Severity::Error, pathOf(editor),
        tr("Item %1 is not a number from 0,0 to 10,0 with at most one decimal. Fill in all "
           "four items, or leave the whole scale empty.")
            .arg(bad + 1)});
    return false;
}

void FitDialog::saveScale(FitScaleEditor *editor, std::optional<core::FitRating> &stored)
{
    if (editor->isEmpty()) return;
    core::FitRating rating;
    if (stored) rating.id = stored->id;
    rating.appointment = m_key.appointmentId;
    rating.session = m_key.sessionId;
    rating.course = m_key.courseId;
    rating.scale = editor->scale();
    rating.items = *editor->items();
    if (stored && stored->items == rating.items) return; // nothing changed
    rating.id = m_feedback.record(m_actor, rating).id;
    // Kept, so a refusal of the other scale and a second try correct this one, not add to it.
    stored = rating;
}

bool FitDialog::save()
{
    core::RuleIssues issues;
    const bool orsOk = checkEditor(m_ors, issues);
    const bool srsOk = checkEditor(m_srs, issues);
    if (orsOk && srsOk && m_ors->isEmpty() && m_srs->isEmpty()) {
        issues.push_back({core::RuleIssue::Severity::Error, QStringLiteral("ors"),
            tr("Nothing is filled in. Type the ORS, the SRS or both.")});
    }
    if (showIssues(issues)) {
        FitScaleEditor *first = !orsOk || srsOk ? m_ors : m_srs;
        const int bad = std::max(0, first->firstInvalid());
        first->itemEdit(bad)->setFocus();
        return false;
    }
    // A service refusal (e.g. a session after today) shows under the scale it names.
    saveScale(m_ors, m_stored.ors);
    saveScale(m_srs, m_stored.srs);
    return true;
}

} // namespace mestring::ui
