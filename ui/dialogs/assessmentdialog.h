#pragma once

#include <array>

#include "core/domain/assessment.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;
class QSpinBox;

namespace mestring::core {
class AssessmentService;
}

namespace mestring::ui {

class DateField;

/// Records an assessment (statusmåling) of a course, or corrects one: type, date, the eight
/// life areas 0-4 where "not asked" is a choice of its own, quality of life 0-20, days used in
/// the last 28 and drinks per week.
class AssessmentDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `assessment.id` empty: a new assessment on `assessment.course`.
    AssessmentDialog(core::AssessmentService &assessments, core::Actor actor,
        core::Assessment assessment, QWidget *parent = nullptr);

    QString savedId() const { return m_assessment.id; }
    const core::RuleIssues &warnings() const { return m_warnings; }
    QComboBox *typeCombo() const { return m_type; }
    DateField *dateField() const { return m_date; }
    QComboBox *areaCombo(core::LifeArea area) const { return m_areas[std::size_t(area)]; }
    QSpinBox *qualityOfLifeSpin() const { return m_quality; }
    QSpinBox *daysUsedSpin() const { return m_days; }
    QSpinBox *drinksSpin() const { return m_drinks; }

protected:
    bool save() override;

private:
    QWidget *createAreaGrid();

    core::AssessmentService &m_assessments;
    core::Actor m_actor;
    core::Assessment m_assessment;
    core::RuleIssues m_warnings;
    QComboBox *m_type;
    DateField *m_date;
    std::array<QComboBox *, core::enumCount<core::LifeArea>()> m_areas {};
    QSpinBox *m_quality;
    QSpinBox *m_days;
    QSpinBox *m_drinks;
};

} // namespace mestring::ui
