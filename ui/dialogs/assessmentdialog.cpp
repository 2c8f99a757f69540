#include "assessmentdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/services/assessmentservice.h"
#include "fieldinputs.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

AssessmentDialog::AssessmentDialog(core::AssessmentService &assessments, core::Actor actor,
    core::Assessment assessment, QWidget *parent)
    : EditDialog(parent)
    , m_assessments(assessments)
    , m_actor(std::move(actor))
    , m_assessment(std::move(assessment))
    , m_type(new QComboBox(this))
    , m_date(makeDateEdit(this, m_assessment.date))
    , m_quality(makeOptionalSpin(this, m_assessment.qualityOfLife, 0, 20, tr("not asked")))
    , m_days(makeOptionalSpin(this, m_assessment.daysUsedLast28, 0, 28, tr("not asked")))
    , m_drinks(makeOptionalSpin(this, m_assessment.drinksPerWeek, 0, 999, tr("not asked")))
{
    setWindowTitle(m_assessment.id.isEmpty() ? tr("New assessment") : tr("Correct assessment"));
    setObjectName(QStringLiteral("assessmentDialog"));
    for (core::AssessmentType type : core::enumValues<core::AssessmentType>())
        m_type->addItem(assessmentTypeTitle(type), int(type));
    m_type->setCurrentIndex(int(m_assessment.type));

    auto *head = new QFormLayout;
    head->addRow(tr("&Type:"), m_type);
    head->addRow(tr("&Date:"), m_date);
    head->addRow(QString(), fieldErrorLabel(QStringLiteral("date"), m_date));

    auto *areas = new QGroupBox(tr("Life areas: severity 0 (no problem) to 4 (extreme)"), this);
    areas->setLayout(createAreaGrid());

    m_quality->setToolTip(tr("The TOP rating of quality of life, 0 to 20: higher is better"));
    m_days->setToolTip(tr("Days the primary substance was used in the last 28 days"));
    m_drinks->setToolTip(tr("Standard drinks (genstande) in a usual week"));
    auto *numbers = new QFormLayout;
    numbers->addRow(tr("&Quality of life (0-20):"), m_quality);
    numbers->addRow(QString(), fieldErrorLabel(QStringLiteral("quality_of_life"), m_quality));
    numbers->addRow(tr("Days &used of the last 28:"), m_days);
    numbers->addRow(QString(), fieldErrorLabel(QStringLiteral("days_used_last_28"), m_days));
    numbers->addRow(tr("Dri&nks per week:"), m_drinks);
    numbers->addRow(QString(), fieldErrorLabel(QStringLiteral("drinks_per_week"), m_drinks));

    auto *content = new QVBoxLayout;
    content->addLayout(head);
    content->addWidget(areas);
    content->addLayout(numbers);
    setMinimumWidth(620);
    finishLayout(content, m_assessment.id.isEmpty() ? tr("Record assessment") : tr("Save"));
}

QLayout *AssessmentDialog::createAreaGrid()
{
    // Two columns of four, so all eight fit at 768 pixels' height with the numbers below.
    auto *grid = new QGridLayout;
    for (core::LifeArea area : core::enumValues<core::LifeArea>()) {
        auto *combo = makeScoreCombo(this, m_assessment.area(area), severityTitle, tr("not asked"));
        combo->setObjectName(QStringLiteral("area_") + core::enumCode(area));
        m_areas[std::size_t(area)] = combo;
        auto *label = new QLabel(lifeAreaTitle(area) + QLatin1Char(':'), this);
        label->setBuddy(combo);
        const int index = int(area);
        const int row = (index % 4) * 2;
        const int column = (index / 4) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        grid->addWidget(fieldErrorLabel(core::enumCode(area), combo), row + 1, column + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return grid;
}

bool AssessmentDialog::save()
{
    core::Assessment assessment = m_assessment;
    assessment.type = core::AssessmentType(m_type->currentIndex());
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
    setWarnings(result.warnings);
    return true;
}

QStringList AssessmentDialog::snapshot() const
{
    QStringList values {
        m_type->currentText(), m_date->text(), m_quality->text(), m_days->text(), m_drinks->text()};
    for (const QComboBox *combo : m_areas)
        values << combo->currentText();
    return values;
}

} // namespace mestring::ui
