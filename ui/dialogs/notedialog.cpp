#include "notedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

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
    : EditDialog(parent)
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(QString(), fieldErrorLabel(QStringLiteral("course"), m_course));
    auto *content = new QVBoxLayout;
    content->addLayout(form);
    content->addWidget(m_text, 1);
    content->addWidget(fieldErrorLabel(QStringLiteral("text"), m_text));
    content->addWidget(signingNotice(tr("The note is signed when you save it. It cannot be "
                                        "changed afterwards – corrections are written as addenda."),
        this));
    finishLayout(content, tr("Sign and save"));
    m_text->setFocus();
}

NoteDialog::NoteDialog(core::NoteService &notes, core::Actor actor, const core::NoteEntry &original,
    const QString &courseName, QWidget *parent)
    : EditDialog(parent)
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

    auto *content = new QVBoxLayout;
    content->addWidget(new QLabel(tr("The note as signed:"), this));
    content->addWidget(originalView, 1);
    auto *label = new QLabel(tr("&Addendum:"), this);
    label->setBuddy(m_text);
    content->addWidget(label);
    content->addWidget(m_text, 1);
    content->addWidget(fieldErrorLabel(QStringLiteral("text"), m_text));
    content->addWidget(signingNotice(tr("The addendum is signed with your name and the time "
                                        "when you save it. The original note stays as it is "
                                        "and remains visible."),
        this));
    finishLayout(content, tr("Sign and save"));
    m_text->setFocus();
}

void NoteDialog::setUpText()
{
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    setMinimumSize(640, 480);
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
    const core::SaveResult result = m_notes.write(m_actor, note);
    m_savedId = result.id;
    setWarnings(result.warnings);
    return true;
}

QStringList NoteDialog::snapshot() const
{
    // Only the text counts: a kind or course chosen without text is nothing to lose.
    return {m_text->toPlainText().trimmed()};
}

} // namespace mestring::ui
