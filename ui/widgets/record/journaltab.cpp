#include "journaltab.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/services/noteservice.h"
#include "coursechooser.h"
#include "notetext.h"
#include "ui/dialogs/notedialog.h"
#include "ui/models/notetablemodel.h"
#include "ui/recordtitles.h"
#include "ui/widgets/textfit.h"

namespace mestring::ui {

JournalTab::JournalTab(Services services, core::Actor actor, QWidget *parent)
    : RecordTab(services, std::move(actor), parent)
    , m_model(new NoteTableModel(this))
    , m_kind(new QComboBox(this))
    , m_course(new CourseChooser(this))
    , m_table(new QTableView(this))
    , m_reader(new QTextBrowser(this))
{
    m_new = addTabAction(tr("New note"), QKeySequence::New,
        tr("Write a journal note; it is signed when you save it"), QStringLiteral("newNoteAction"));
    m_addendum = addTabAction(tr("Addendum"), Qt::CTRL | Qt::Key_T,
        tr("Correct or add to the chosen note with a signed addendum"),
        QStringLiteral("addendumAction"));
    auto *edit = addTabAction(tr("Change note"), Qt::Key_F2, tr("Signed notes cannot be changed"),
        QStringLiteral("editNoteAction"));
    connect(m_new, &QAction::triggered, this, &JournalTab::newNote);
    connect(m_addendum, &QAction::triggered, this, &JournalTab::addAddendum);
    connect(edit, &QAction::triggered, this, &JournalTab::explainNoEditing);
    allowOnly(core::Permission::WriteClinical, {m_new, m_addendum});

    m_kind->setObjectName(QStringLiteral("noteKindFilter"));
    m_kind->setAccessibleName(tr("Kind of note"));
    m_kind->addItem(tr("Every kind"), -1);
    for (core::NoteKind kind : core::enumValues<core::NoteKind>())
        m_kind->addItem(noteKindTitle(kind), int(kind));
    m_course->setObjectName(QStringLiteral("noteCourseFilter"));
    m_course->setAccessibleName(tr("Course"));
    m_course->setAllEntry(tr("Every course"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JournalTab::reload);
    connect(m_course, &CourseChooser::courseChanged, this, &JournalTab::reload);

    setUpTable(m_table, QStringLiteral("noteTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Journal notes"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        NoteTableModel::TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NoteTableModel::WrittenColumn, 125);
    m_table->setColumnWidth(NoteTableModel::KindColumn, 115);
    m_table->setColumnWidth(NoteTableModel::CourseColumn, 150);
    m_table->setColumnWidth(NoteTableModel::AuthorColumn, 140);
    m_table->setColumnWidth(NoteTableModel::AddendaColumn, 70);
    fitColumnsToTitles(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &JournalTab::showCurrentNote);

    m_reader->setObjectName(QStringLiteral("noteReader"));
    m_reader->setAccessibleName(tr("The chosen note"));
    m_reader->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_kind);
    top->addWidget(m_course);
    top->addStretch(1);
    top->addWidget(buttonFor(m_new));
    top->addWidget(buttonFor(m_addendum));

    // The list above the reading pane, as in a mail program: both get the full width, so
    // the first line of each note and the note itself are readable at 1366 pixels.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_reader);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(messageLabel());
    layout->addWidget(splitter, 1);
    setTabOrder(m_kind, m_course);
    setTabOrder(m_course, m_table);
    setTabOrder(m_table, m_reader);
}

void JournalTab::clientChanged()
{
    m_course->setCourses(m_courses, m_today);
}

void JournalTab::reload()
{
    reloadKeeping(QString());
}

void JournalTab::reloadKeeping(const QString &noteId)
{
    core::NoteFilter filter;
    if (m_kind->currentData().toInt() >= 0)
        filter.kind = core::NoteKind(m_kind->currentData().toInt());
    filter.course = m_course->currentCourseId();
    std::vector<core::NoteEntry> notes;
    if (!m_client.id.isEmpty())
        run([&] { notes = m_services.notes.journal(m_actor, m_client.id, filter); });
    QHash<QString, QString> courseNames;
    for (const core::Course &course : m_courses)
        courseNames.insert(course.id, CourseChooser::shortName(course));
    m_model->setNotes(std::move(notes), courseNames);
    const int row = std::max(0, m_model->rowOf(noteId));
    if (m_model->rowCount() > 0) m_table->selectRow(row);
    showCurrentNote();
}

void JournalTab::showCurrentNote()
{
    const QModelIndex current = m_table->currentIndex();
    setActionEnabled(m_addendum, current.isValid());
    if (!current.isValid()) {
        m_reader->setHtml(m_model->rowCount() == 0
                ? (m_new->isEnabled() ? tr("<p>No notes to show. Press Ctrl+N to write one.</p>")
                                      : tr("<p>No notes to show.</p>"))
                : QString());
        return;
    }
    const core::NoteEntry &entry = m_model->noteAt(current.row());
    m_reader->setHtml(noteHtml(entry, m_model->courseName(entry.note.course)));
}

void JournalTab::explainNoEditing()
{
    showMessage(tr("A signed note cannot be changed (journalføringsbekendtgørelsen). "
                   "To correct or add to it, write an addendum (Ctrl+T): it is signed with "
                   "your name and the time, and the original stays visible."));
}

bool JournalTab::eventFilter(QObject *watched, QEvent *event)
{
    // Typing in the reading pane is an attempt to edit: say why it does nothing.
    if (watched == m_reader && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & Qt::ControlModifier))
            explainNoEditing();
    }
    return RecordTab::eventFilter(watched, event);
}

void JournalTab::newNote()
{
    if (m_client.id.isEmpty()) return;
    const core::Course *preferred = nullptr;
    for (const core::Course &course : m_courses) {
        if (course.isActiveOn(m_today)) preferred = &course;
    }
    NoteDialog dialog(m_services.notes, m_actor, m_client.id, m_courses,
        preferred ? preferred->id : QString(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(dialog.savedId());
    showMessage(tr("The note is signed and saved."));
}

void JournalTab::addAddendum()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return;
    const core::NoteEntry entry = m_model->noteAt(current.row());
    NoteDialog dialog(
        m_services.notes, m_actor, entry, m_model->courseName(entry.note.course), this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(entry.note.id);
    showMessage(tr("The addendum is signed and saved."));
}

} // namespace mestring::ui
