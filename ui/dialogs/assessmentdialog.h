#pragma once

#include <array>

#include "core/domain/assessment.h"
#include "core/services/actor.h"
#include "editdialog.h"

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace mestring::core {
class AssessmentService;
}

namespace mestring::ui {

/// Records an assessment (statusmåling) of a course, or corrects one: type, date, the eight
/// life areas 0-4 where "not asked" is a choice of its own, quality of life 0-20, days used in
/// the last 28 and drinks per week.
class AssessmentDialog : public EditDialog
{
    Q_OBJECT

public:
    /// `assessment.id` empty: a new assessment on `assessment.course`.
    AssessmentDialog(core::AssessmentService &assessments, core::Actor actor,
        core::Assessment assessment, QWidget *parent = nullptr);

    QString savedId() const { return m_assessment.id; }
    QComboBox *typeCombo() const { return m_type; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *areaCombo(core::LifeArea area) const { return m_areas[std::size_t(area)]; }
    QSpinBox *qualityOfLifeSpin() const { return m_quality; }
    QSpinBox *daysUsedSpin() const { return m_days; }
    QSpinBox *drinksSpin() const { return m_drinks; }

protected:
    bool save() override;
    QStringList snapshot() const override;

private:
    QLayout *createAreaGrid();

    core::AssessmentService &m_assessments;
    core::Actor m_actor;
    core::Assessment m_assessment;
    QComboBox *m_type;
    QDateEdit *m_date;
    std::array<QComboBox *, core::enumCount<core::LifeArea>()> m_areas {};
    QSpinBox *m_quality;
    QSpinBox *m_days;
    QSpinBox *m_drinks;
};

} // namespace mestring::ui
