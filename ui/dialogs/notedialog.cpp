#include "notedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/domain/rules/textlimits.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"
#include "ui/widgets/record/coursechooser.h"
#include "ui/widgets/record/notetext.h"

namespace mestring::ui {

namespace {

QLabel *signingNotice(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("signingNotice"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 6px;"));
    return label;
}

} // namespace

NoteDialog::NoteDialog(core::NoteService &notes, core::Actor actor, QString clientId,
    const std::vector<core::Course> &courses, const QString &preferredCourse, QWidget *parent)
    : RecordDialog(parent)
    , m_notes(notes)
    , m_actor(std::move(actor))
    , m_clientId(std::move(clientId))
    , m_kind(new QComboBox(this))
    , m_course(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New journal note"));
    setObjectName(QStringLiteral("noteDialog"));
    for (core::NoteKind kind : core::enumValues<core::NoteKind>())
        m_kind->addItem(noteKindTitle(kind), int(kind));
    m_course->addItem(tr("No particular course"), QString());
    for (const core::Course &course : courses)
        m_course->addItem(CourseChooser::describe(course), course.id);
    const int preferred = m_course->findData(preferredCourse);
    m_course->setCurrentIndex(preferred >= 0 ? preferred : 0);
    setUpText();

    addField(tr("&Kind"), m_kind, QStringLiteral("kind"));
    addField(tr("&Course"), m_course, QStringLiteral("course"));
    addField(tr("&Text"), m_text, QStringLiteral("text"));
    form()->addRow(signingNotice(tr("The note is signed when you save it. It cannot be "
                                    "changed afterwards – corrections are written as addenda."),
        this));
    finish();
    m_text->setFocus();
}

NoteDialog::NoteDialog(core::NoteService &notes, core::Actor actor, const core::NoteEntry &original,
    const QString &courseName, QWidget *parent)
    : RecordDialog(parent)
    , m_notes(notes)
    , m_actor(std::move(actor))
    , m_clientId(original.note.client)
    , m_originalId(original.note.id)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Addendum to a journal note"));
    setObjectName(QStringLiteral("addendumDialog"));
    auto *originalView = new QTextBrowser(this);
    originalView->setObjectName(QStringLiteral("originalNote"));
    originalView->setHtml(noteHtml(original, courseName));
    originalView->setFocusPolicy(Qt::ClickFocus);
    setUpText();
    m_text->setPlaceholderText(tr("What is corrected or added, and why"));

    form()->addRow(new QLabel(tr("The note as signed:"), this));
    form()->addRow(originalView);
    addField(tr("&Addendum"), m_text, QStringLiteral("text"));
    form()->addRow(signingNotice(tr("The addendum is signed with your name and the time "
                                    "when you save it. The original note stays as it is "
                                    "and remains visible."),
        this));
    finish();
    m_text->setFocus();
}

void NoteDialog::finish()
{
    requireText(m_text, QStringLiteral("text"), tr("Write the note before you sign it."));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Sign and save"));
    watchForChanges();
    fitToWidth(this, 700);
}

void NoteDialog::setUpText()
{
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    limitLength(m_text, core::textlimit::journalNote);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 12);
}

bool NoteDialog::save()
{
    if (!m_originalId.isEmpty()) {
        m_savedId = m_notes.addAddendum(m_actor, m_originalId, m_text->toPlainText().trimmed()).id;
        return true;
    }
    core::JournalNote note;
    note.client = m_clientId;
    note.kind = core::NoteKind(m_kind->currentIndex());
    note.course = m_course->currentData().toString();
    note.text = m_text->toPlainText().trimmed();
    m_savedId = m_notes.write(m_actor, note).id;
    return true;
}

} // namespace mestring::ui
