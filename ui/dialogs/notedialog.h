#pragma once

#include <vector>

#include "core/domain/course.h"
#include "core/services/actor.h"
#include "core/services/noteservice.h"
#include "recorddialog.h"

class QComboBox;
class QPlainTextEdit;

namespace mestring::ui {

/// Writes a journal note, signed on save, or an addendum (tillæg) to a signed note: the
/// original is shown above and stays as it is.
class NoteDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// A new note for `clientId`; the course list offers `preferredCourse` first.
    NoteDialog(core::NoteService &notes, core::Actor actor, QString clientId,
        const std::vector<core::Course> &courses, const QString &preferredCourse,
        QWidget *parent = nullptr);
    /// An addendum to `original` (shown read-only with its author and time).
    NoteDialog(core::NoteService &notes, core::Actor actor, const core::NoteEntry &original,
        const QString &courseName, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *courseCombo() const { return m_course; }

protected:
    bool save() override;

private:
    void setUpText();
    void finish();

    core::NoteService &m_notes;
    core::Actor m_actor;
    QString m_clientId;
    QString m_originalId; // set for an addendum
    QString m_savedId;
    QComboBox *m_kind = nullptr;
    QComboBox *m_course = nullptr;
    QPlainTextEdit *m_text;
};

} // namespace mestring::ui
