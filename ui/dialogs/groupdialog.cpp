#include "groupdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include "core/services/groupservice.h"
#include "ui/grouptitles.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/sessionserieseditor.h"

namespace mestring::ui {

GroupDialog::GroupDialog(core::GroupService &groups, core::Actor actor,
    const core::GroupCourse &group, const std::vector<core::StaffMember> &staff, QWidget *parent)
    : RecordDialog(parent)
    , m_groups(groups)
    , m_actor(std::move(actor))
    , m_group(group)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_leaders(new QListWidget(this))
    , m_capacity(new QSpinBox(this))
    , m_rolling(new QCheckBox(tr("Rolling enrolment: new members may join along the way"), this))
{
    const bool isNew = group.id.isEmpty();
    setWindowTitle(isNew ? tr("New group") : tr("Change group %1").arg(group.name));
    setObjectName(QStringLiteral("groupDialog"));
    if (isNew) m_series = new SessionSeriesEditor(this);
    buildForm(staff);
    m_name->setText(group.name);
    setEnumComboValue(m_type, std::optional(group.type));
    m_capacity->setValue(group.capacity.value_or(0));
    m_rolling->setChecked(group.rolling);
    watchForChanges();
    if (m_series) connect(m_series, &SessionSeriesEditor::changed, this, &GroupDialog::markDirty);
    setClean();
    resize(720, sizeHint().height());
}

void GroupDialog::buildForm(const std::vector<core::StaffMember> &staff)
{
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setMaxLength(maxNameLength);
    m_name->setPlaceholderText(tr("e.g. BASIS spring"));
    m_type->setObjectName(QStringLiteral("groupType"));
    fillEnumCombo(m_type, &groupTypeTitle);
    m_leaders->setObjectName(QStringLiteral("groupLeaders"));
    m_leaders->setToolTip(tr("Tick the staff who lead the group"));
    for (const core::StaffMember &member : staff) {
        if (!member.active
            && std::find(m_group.leaders.begin(), m_group.leaders.end(), member.id)
                == m_group.leaders.end())
            continue;
        auto *item = new QListWidgetItem(member.name, m_leaders);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool leads = std::find(m_group.leaders.begin(), m_group.leaders.end(), member.id)
            != m_group.leaders.end();
        item->setCheckState(leads ? Qt::Checked : Qt::Unchecked);
    }
    m_leaders->setMaximumHeight(110);
    connect(m_leaders, &QListWidget::itemChanged, this, &GroupDialog::markDirty);
    m_capacity->setObjectName(QStringLiteral("groupCapacity"));
    m_capacity->setRange(0, 200);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setMaximumWidth(110);
    m_rolling->setObjectName(QStringLiteral("groupRolling"));

    addField(tr("&Name"), m_name, QStringLiteral("name"));
    requireText(m_name, QStringLiteral("name"), tr("Give the group a name."));
    addField(tr("&Type"), m_type, QStringLiteral("type"));
    addField(tr("&Leaders"), m_leaders, QStringLiteral("leaders"));
    addField(tr("&Capacity"), m_capacity, QStringLiteral("capacity"));
    addField(QString(), m_rolling, QStringLiteral("rolling"));
    if (m_series) {
        addField(tr("&Sessions"), m_series, QStringLiteral("sessions"));
        addNote(tr("The sessions follow every week on the first session's weekday. Type each "
                   "session's topic in the table; single sessions can be added later."));
    }
}

core::GroupCourse GroupDialog::draft() const
{
    core::GroupCourse group = m_group;
    group.name = m_name->text().trimmed();
    group.type = enumComboValue<core::GroupType>(m_type).value_or(core::GroupType::Psychoeducation);
    group.leaders.clear();
    for (int i = 0; i < m_leaders->count(); ++i) {
        if (m_leaders->item(i)->checkState() == Qt::Checked)
            group.leaders.push_back(m_leaders->item(i)->data(Qt::UserRole).toString());
    }
    group.capacity = m_capacity->value() > 0 ? std::optional(m_capacity->value()) : std::nullopt;
    group.rolling = m_rolling->isChecked();
    if (m_series) group.sessions = m_series->sessions();
    return group;
}

bool GroupDialog::save()
{
    if (m_series && !m_series->isAcceptable()) {
        showGeneralMessage(tr("The first session's date or the start time is not valid. Type "
                              "the date as dd-mm-yyyy and the time as 13:00."));
        m_series->firstDateField()->setFocus();
        return false;
    }
    if (m_group.id.isEmpty()) {
        m_savedId = m_groups.create(m_actor, draft()).id;
    } else {
        const core::LeaveResult result = m_groups.updateDetails(m_actor, draft());
        m_savedId = result.id;
        m_promoted = result.promoted;
    }
    return true;
}

} // namespace mestring::ui
