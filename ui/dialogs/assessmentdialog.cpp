#include "assessmentdialog.h"

#include <algorithm>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include "core/services/assessmentservice.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

AssessmentDialog::AssessmentDialog(core::AssessmentService &assessments, core::Actor actor,
    core::Assessment assessment, QWidget *parent)
    : RecordDialog(parent)
    , m_assessments(assessments)
    , m_actor(std::move(actor))
    , m_assessment(std::move(assessment))
    , m_type(new QComboBox(this))
    , m_date(new DateField(this))
    , m_quality(makeOptionalSpin(this, m_assessment.qualityOfLife, 0, 20, tr("not asked")))
    , m_days(makeOptionalSpin(this, m_assessment.daysUsedLast28, 0, 28, tr("not asked")))
    , m_drinks(makeOptionalSpin(this, m_assessment.drinksPerWeek, 0, 999, tr("not asked")))
{
    setWindowTitle(m_assessment.id.isEmpty() ? tr("New assessment") : tr("Correct assessment"));
    setObjectName(QStringLiteral("assessmentDialog"));
    fillEnumCombo(m_type, &assessmentTypeTitle);
    setEnumComboValue(m_type, std::optional(m_assessment.type));
    m_date->setDate(m_assessment.date);
    m_quality->setToolTip(tr("The TOP rating of quality of life, 0 to 20: higher is better"));
    m_days->setToolTip(tr("Days the primary substance was used in the last 28 days"));
    m_drinks->setToolTip(tr("Standard drinks (genstande) in a usual week"));
    for (QSpinBox *spin : {m_quality, m_days, m_drinks})
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(tr("not asked")) + 60);

    addField(tr("&Type"), m_type, QStringLiteral("type"));
    addField(tr("&Date"), m_date, QStringLiteral("date"));
    form()->addRow(createAreaGrid());
    addField(tr("&Quality of life (0-20)"), m_quality, QStringLiteral("quality_of_life"));
    addField(tr("Days &used of the last 28"), m_days, QStringLiteral("days_used_last_28"));
    addField(tr("Dri&nks per week"), m_drinks, QStringLiteral("drinks_per_week"));
    requireDate(m_date, QStringLiteral("date"));
    buttons()
        ->button(QDialogButtonBox::Save)
        ->setText(m_assessment.id.isEmpty() ? tr("Record assessment") : tr("Save"));
    // The life areas' titles are shared: each gets a letter the rest of the form leaves free.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (std::find(m_areas.begin(), m_areas.end(), label->buddy()) != m_areas.end())
            label->setText(withFreeMnemonic(this, label->text()));
    }
    watchForChanges();
    fitToWidth(this, 640);
}

QWidget *AssessmentDialog::createAreaGrid()
{
    // Two columns of four, so all eight fit at 768 pixels' height with the numbers below.
    auto *box = new QGroupBox(tr("Life areas: severity 0 (no problem) to 4 (extreme)"), this);
    auto *grid = new QGridLayout(box);
    for (core::LifeArea area : core::enumValues<core::LifeArea>()) {
        auto *combo = makeScoreCombo(box, m_assessment.area(area), severityTitle, tr("not asked"));
        combo->setObjectName(QStringLiteral("area_") + core::enumCode(area));
        m_areas[std::size_t(area)] = combo;
        auto *label = new QLabel(lifeAreaTitle(area), box);
        label->setBuddy(combo);
        const int index = int(area);
        grid->addWidget(label, index % 4, (index / 4) * 2);
        grid->addWidget(combo, index % 4, (index / 4) * 2 + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

bool AssessmentDialog::save()
{
    core::RuleIssues issues;
    checkDateField(m_date, QStringLiteral("date"), true, issues);
    if (showIssues(issues)) return false;
    core::Assessment assessment = m_assessment;
    assessment.type
        = enumComboValue<core::AssessmentType>(m_type).value_or(core::AssessmentType::Intake);
    assessment.date = m_date->date();
    for (core::LifeArea area : core::enumValues<core::LifeArea>())
        assessment.setArea(area, scoreOf(m_areas[std::size_t(area)]));
    assessment.qualityOfLife = valueOf(m_quality);
    assessment.daysUsedLast28 = valueOf(m_days);
    assessment.drinksPerWeek = valueOf(m_drinks);
    const core::SaveResult result = assessment.id.isEmpty()
        ? m_assessments.record(m_actor, assessment)
        : m_assessments.update(m_actor, assessment);
    m_assessment.id = result.id;
    m_warnings = result.warnings;
    return true;
}

} // namespace mestring::ui
