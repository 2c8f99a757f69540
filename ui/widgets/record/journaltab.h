#pragma once

#include "recordtab.h"

class QComboBox;
class QTableView;
class QTextBrowser;

namespace mestring::ui {

class CourseChooser;
class NoteTableModel;

/// "Journal": the client's notes, newest first, filtered by kind and course; the chosen note
/// with its addenda in a reading pane. New notes are signed on save; a signed note is never
/// edited (trying says why and points to the addendum instead).
class JournalTab : public RecordTab
{
    Q_OBJECT

public:
    JournalTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    NoteTableModel *model() const { return m_model; }
    QTextBrowser *reader() const { return m_reader; }
    QComboBox *kindFilter() const { return m_kind; }
    CourseChooser *courseFilter() const { return m_course; }

public Q_SLOTS:
    void newNote();
    void addAddendum();
    /// Signed notes cannot be changed: says so and how to correct one.
    void explainNoEditing();

protected:
    void reload() override;
    void clientChanged() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadKeeping(const QString &noteId);
    void showCurrentNote();

    NoteTableModel *m_model;
    QComboBox *m_kind;
    CourseChooser *m_course;
    QTableView *m_table;
    QTextBrowser *m_reader;
    QAction *m_new;
    QAction *m_addendum;
};

} // namespace mestring::ui
