#include "groupsessiondialog.h"

#include <QLineEdit>

#include "core/services/groupservice.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/sessionserieseditor.h"
#include "ui/widgets/timefield.h"

namespace mestring::ui {

GroupSessionDialog::GroupSessionDialog(core::GroupService &groups, core::Actor actor,
    const QString &groupId, const QDate &suggested, const QTime &start, QWidget *parent)
    : RecordDialog(parent)
    , m_groups(groups)
    , m_actor(std::move(actor))
    , m_groupId(groupId)
    , m_date(new DateField(this))
    , m_start(new TimeField(this))
    , m_topic(new QLineEdit(this))
{
    setWindowTitle(tr("Add a session"));
    setObjectName(QStringLiteral("groupSessionDialog"));
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setDate(suggested);
    m_start->setObjectName(QStringLiteral("sessionStart"));
    m_start->setTime(start.isValid() ? start : QTime(10, 0));
    m_topic->setObjectName(QStringLiteral("sessionTopic"));
    m_topic->setMaxLength(SessionSeriesEditor::maxTopicLength);
    addField(tr("&Date"), m_date, QStringLiteral("date"));
    addField(tr("&Start"), m_start, QStringLiteral("start"));
    addField(tr("T&opic"), m_topic, QStringLiteral("topic"));
    requireDate(m_date, QStringLiteral("date"));
    requireField(
        m_start, QStringLiteral("start"), [this] { return m_start->time().isValid(); },
        tr("Type the start time as 13:00, 13.00 or 1300."));
    watchForChanges();
    setClean();
    resize(460, sizeHint().height());
}

bool GroupSessionDialog::save()
{
    if (!m_date->date().isValid()) {
        showGeneralMessage(tr("Type the session's date as dd-mm-yyyy."));
        m_date->setFocus();
        return false;
    }
    if (!m_start->time().isValid()) {
        showGeneralMessage(tr("Type the start time as 13:00, 13.00 or 1300."));
        m_start->setFocus();
        return false;
    }
    core::GroupSession session;
    session.date = m_date->date();
    session.start = m_start->time();
    session.topic = m_topic->text().trimmed();
    m_savedId = m_groups.addSession(m_actor, m_groupId, session).id;
    return true;
}

} // namespace mestring::ui
