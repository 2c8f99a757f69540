#include "groupleavedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

#include "core/domain/clock.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

GroupLeaveDialog::GroupLeaveDialog(core::GroupService &groups, core::Actor actor,
    const QString &groupId, const QString &courseId, const QString &name, bool waiting,
    const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_groups(groups)
    , m_actor(std::move(actor))
    , m_groupId(groupId)
    , m_courseId(courseId)
{
    setObjectName(QStringLiteral("groupLeaveDialog"));
    if (waiting) {
        setWindowTitle(tr("Leave the waiting list"));
        addNote(tr("%1 is taken off the waiting list.").arg(name));
        buttons()->button(QDialogButtonBox::Save)->setText(tr("&Take off the list"));
    } else {
        setWindowTitle(tr("Leave the group"));
        m_lastDay = new DateField(this);
        m_lastDay->setObjectName(QStringLiteral("lastDay"));
        m_lastDay->setDate(today);
        m_lastDay->setMaximumWidth(130);
        addNote(tr("%1 leaves the group. The first on the waiting list gets the place from the "
                   "day after the last day.")
                    .arg(name));
        addField(tr("&Last day"), m_lastDay, QStringLiteral("to"));
        requireDate(m_lastDay, QStringLiteral("to"));
        buttons()->button(QDialogButtonBox::Save)->setText(tr("&Leave"));
    }
    watchForChanges();
    setClean();
    resize(460, sizeHint().height());
}

bool GroupLeaveDialog::save()
{
    if (m_lastDay && !m_lastDay->date().isValid()) {
        showGeneralMessage(tr("Type the last day as dd-mm-yyyy."));
        m_lastDay->setFocus();
        return false;
    }
    m_result = m_groups.leave(
        m_actor, m_groupId, m_courseId, m_lastDay ? m_lastDay->date() : core::Clock().today());
    return true;
}

} // namespace mestring::ui
