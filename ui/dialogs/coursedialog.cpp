#include "coursedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "core/domain/registry.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/courseservice.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"
#include "fieldinputs.h"

namespace mestring::ui {

CourseDialog::CourseDialog(core::CourseService &courses, core::Actor actor, const QString &clientId,
    const std::vector<core::StaffMember> &staff, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_courses(courses)
    , m_actor(std::move(actor))
    , m_clientId(clientId)
    , m_today(today)
    , m_kind(new QComboBox(this))
    , m_legalBasis(new QComboBox(this))
    , m_setting(new QComboBox(this))
    , m_program(new QComboBox(this))
    , m_primary(new QComboBox(this))
    , m_responsible(new QComboBox(this))
    , m_requestDate(new DateField(this))
    , m_startDate(new DateField(this))
    , m_deadline(new QLabel(this))
    , m_merge(new QLabel(this))
    , m_delayReason(new QLineEdit(this))
    , m_freeChoice(new QCheckBox(tr("The client chose another offer (free choice)"), this))
    , m_provider(new QLineEdit(this))
    , m_weeks(new QSpinBox(this))
{
    setWindowTitle(tr("Register request or course"));
    setObjectName(QStringLiteral("courseDialog"));
    buildForm(staff);
    m_requestDate->setDate(today);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CourseDialog::onKindChanged);
    for (QComboBox *combo : {m_setting, m_legalBasis})
        connect(combo, &QComboBox::currentIndexChanged, this, &CourseDialog::updateDependentFields);
    for (DateField *field : {m_requestDate, m_startDate})
        connect(field, &DateField::dateChanged, this, &CourseDialog::updateDependentFields);
    connect(m_freeChoice, &QCheckBox::toggled, this, &CourseDialog::updateDependentFields);
    onKindChanged();
    watchForChanges();
    setClean();
    resize(640, sizeHint().height());
}

void CourseDialog::buildForm(const std::vector<core::StaffMember> &staff)
{
    m_kind->setObjectName(QStringLiteral("kind"));
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    m_requestDate->setObjectName(QStringLiteral("requestDate"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_delayReason->setObjectName(QStringLiteral("delayReason"));
    m_delayReason->setMaxLength(core::textlimit::reason);
    m_provider->setMaxLength(core::textlimit::provider);
    m_weeks->setRange(0, 104);
    m_weeks->setSpecialValueText(tr("Not given"));
    m_deadline->setObjectName(QStringLiteral("guaranteeDeadline"));
    fillEnumCombo(m_kind, &courseKindTitle);
    fillEnumCombo(m_legalBasis, &legalBasisTitle);
    fillEnumCombo(m_setting, &settingTitle);
    fillEnumCombo(m_program, &programTitle);
    fillEnumCombo(m_primary, &substanceTitle);
    m_responsible->addItem(tr("Not chosen yet"));
    for (const core::StaffMember &member : staff) {
        m_responsible->addItem(member.name, member.id);
        if (member.id == m_actor.staffId)
            m_responsible->setCurrentIndex(m_responsible->count() - 1);
    }

    auto *secondary = new QWidget(this);
    auto *grid = new QGridLayout(secondary);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (core::Substance substance : core::enumValues<core::Substance>()) {
        auto *box = new QCheckBox(substanceTitle(substance), secondary);
        box->setProperty("code", core::enumCode(substance));
        grid->addWidget(box, i / 4, i % 4);
        m_secondary.push_back(box);
        ++i;
    }

    addField(tr("&Kind"), m_kind, QStringLiteral("kind"));
    addField(tr("&Legal basis"), m_legalBasis, QStringLiteral("legal_basis"));
    addField(tr("&Setting"), m_setting, QStringLiteral("setting"));
    addField(tr("&Program"), m_program, QStringLiteral("program"));
    addField(tr("Primary s&ubstance"), m_primary, QStringLiteral("primary_substance"));
    addField(tr("Other s&ubstances"), secondary, QStringLiteral("secondary_substances"));
    addField(tr("C&ontact person"), m_responsible, QStringLiteral("responsible"));
    addField(tr("&Request date"), m_requestDate, QStringLiteral("request_date"));
    form()->addRow(QString(), m_deadline);
    addField(tr("Treatment s&tart"), m_startDate, QStringLiteral("start_date"));
    m_merge->setObjectName(QStringLiteral("registryMergeNotice"));
    m_merge->setWordWrap(true);
    m_merge->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_merge->hide();
    form()->addRow(QString(), m_merge);
    addField(tr("&Delay reason"), m_delayReason, QStringLiteral("guarantee_delay_reason"));
    addField(QString(), m_freeChoice, QStringLiteral("guarantee_exempt"));
    addField(tr("Residential pro&vider"), m_provider, QStringLiteral("residential_provider"));
    addField(tr("Planned &weeks"), m_weeks, QStringLiteral("planned_weeks"));
    addNote(tr("Leave the start empty to register a request: the treatment guarantee counts 14 "
               "days from the request date."));
}

void CourseDialog::onKindChanged()
{
    // Suggest what usually goes with the kind; staff can still choose otherwise.
    const bool alcohol = enumComboValue<core::CourseKind>(m_kind) == core::CourseKind::Alcohol;
    setEnumComboValue(
        m_legalBasis, std::optional(alcohol ? core::LegalBasis::Sul141 : core::LegalBasis::Sel101));
    setEnumComboValue(
        m_primary, std::optional(alcohol ? core::Substance::Alcohol : core::Substance::Cannabis));
    updateDependentFields();
}

void CourseDialog::updateDependentFields()
{
    const bool residential = enumComboValue<core::Setting>(m_setting) == core::Setting::Residential;
    m_provider->setEnabled(residential);
    m_weeks->setEnabled(residential);
    const core::Course course = draft();
    const QDate deadline = core::CourseService::guaranteeDeadline(course);
    if (course.legalBasis == core::LegalBasis::Sel101a)
        m_deadline->setText(tr("Anonymous treatment: no treatment guarantee."));
    else if (deadline.isValid())
        m_deadline->setText(
            tr("Treatment guarantee: treatment must start by %1.").arg(formatDate(deadline)));
    else
        m_deadline->clear();
    const bool late
        = deadline.isValid() && course.startDate.isValid() && course.startDate > deadline;
    m_delayReason->setEnabled(late);
    showMergeNotice(m_merge, core::registryMergeNotice(m_clientCourses, course, m_anonymousClient));
}

void CourseDialog::setRegistryContext(std::vector<core::Course> clientCourses, bool anonymousClient)
{
    m_clientCourses = std::move(clientCourses);
    m_anonymousClient = anonymousClient;
    updateDependentFields();
}

QString CourseDialog::mergeNotice() const
{
    return m_merge->isHidden() ? QString() : m_merge->text();
}

core::Course CourseDialog::draft() const
{
    core::Course course;
    course.client = m_clientId;
    course.kind = enumComboValue<core::CourseKind>(m_kind).value_or(core::CourseKind::Alcohol);
    course.legalBasis
        = enumComboValue<core::LegalBasis>(m_legalBasis).value_or(core::LegalBasis::Sul141);
    course.setting = enumComboValue<core::Setting>(m_setting).value_or(core::Setting::Ambulant);
    course.program = enumComboValue<core::Program>(m_program).value_or(core::Program::Standard);
    course.primarySubstance
        = enumComboValue<core::Substance>(m_primary).value_or(core::Substance::Other);
    for (QCheckBox *box : m_secondary) {
        const auto substance = core::parseEnum<core::Substance>(box->property("code").toString());
        if (box->isChecked() && substance && *substance != course.primarySubstance)
            course.secondarySubstances.push_back(*substance);
    }
    course.responsible = m_responsible->currentData().toString();
    course.requestDate = m_requestDate->date();
    course.startDate = m_startDate->date();
    if (course.legalBasis == core::LegalBasis::Sel101a)
        course.guaranteeExempt = core::GuaranteeExempt::Anonymous;
    else if (m_freeChoice->isChecked())
        course.guaranteeExempt = core::GuaranteeExempt::FreeChoice;
    if (m_delayReason->isEnabled()) course.guaranteeDelayReason = m_delayReason->text().trimmed();
    if (course.setting == core::Setting::Residential) {
        course.residentialProvider = m_provider->text().trimmed();
        if (m_weeks->value() > 0) course.plannedWeeks = m_weeks->value();
    }
    if (course.startDate.isValid()) course.phases.push_back({core::Phase::Intro, course.startDate});
    return course;
}

bool CourseDialog::save()
{
    for (DateField *field : {m_requestDate, m_startDate}) {
        if (!field->isAcceptable()) {
            showGeneralMessage(tr("A date is not valid. Type dates as dd-mm-yyyy."));
            field->setFocus();
            return false;
        }
    }
    const core::SaveResult result = m_courses.create(m_actor, draft());
    m_savedId = result.id;
    return true;
}

} // namespace mestring::ui
