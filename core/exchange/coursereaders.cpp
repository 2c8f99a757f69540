#include "recordreaders.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

Course readCourse(JsonFieldReader &r)
{
    Course course;
    course.id = r.requiredText("id"_L1);
    course.client = r.requiredText("client"_L1);
    course.kind = r.requiredEnum<CourseKind>("kind"_L1);
    course.legalBasis = r.requiredEnum<LegalBasis>("legal_basis"_L1);
    course.setting = r.requiredEnum<Setting>("setting"_L1);
    course.program = r.requiredEnum<Program>("program"_L1);
    course.primarySubstance = r.requiredEnum<Substance>("primary_substance"_L1);
    course.secondarySubstances = r.enumList<Substance>("secondary_substances"_L1);
    course.responsible = r.optionalText("responsible"_L1);
    course.requestDate = r.optionalDate("request_date"_L1);
    course.startDate = r.optionalDate("start_date"_L1);
    course.endDate = r.optionalDate("end_date"_L1);
    course.endReason = r.optionalEnum<EndReason>("end_reason"_L1);
    course.outcome = r.optionalEnum<Outcome>("outcome"_L1);
    r.eachObject("phases"_L1, [&course](JsonFieldReader &entry) {
        PhaseEntry phase;
        phase.phase = entry.requiredEnum<Phase>("phase"_L1);
        phase.date = entry.requiredDate("date"_L1);
        course.phases.push_back(phase);
    });
    course.guaranteeExempt = r.optionalEnum<GuaranteeExempt>("guarantee_exempt"_L1);
    course.guaranteeDelayReason = r.optionalText("guarantee_delay_reason"_L1);
    course.declinedFollowup = r.boolOr("declined_followup"_L1, false);
    course.residentialProvider = r.optionalText("residential_provider"_L1);
    course.plannedWeeks = r.optionalInt("planned_weeks"_L1);
    return course;
}

Goal readGoal(JsonFieldReader &r)
{
    Goal goal;
    goal.id = r.requiredText("id"_L1);
    goal.course = r.requiredText("course"_L1);
    goal.theme = r.requiredEnum<Theme>("theme"_L1);
    goal.text = r.optionalText("text"_L1);
    goal.measure = r.optionalText("measure"_L1);
    goal.deadline = r.optionalDate("deadline"_L1);
    goal.baselineScore = r.optionalInt("baseline_score"_L1);
    goal.targetScore = r.optionalInt("target_score"_L1);
    goal.status = r.requiredEnum<GoalStatus>("status"_L1);
    goal.closedDate = r.optionalDate("closed_date"_L1);
    r.eachObject("scores"_L1, [&goal](JsonFieldReader &entry) {
        GoalScore score;
        score.date = entry.requiredDate("date"_L1);
        score.score = entry.requiredInt("score"_L1);
        goal.scores.push_back(score);
    });
    r.eachObject("subgoals"_L1, [&goal](JsonFieldReader &entry) {
        SubGoal subgoal;
        subgoal.text = entry.optionalText("text"_L1);
        subgoal.deadline = entry.optionalDate("deadline"_L1);
        subgoal.doneDate = entry.optionalDate("done_date"_L1);
        goal.subgoals.push_back(subgoal);
    });
    return goal;
}

Assessment readAssessment(JsonFieldReader &r)
{
    Assessment assessment;
    assessment.id = r.requiredText("id"_L1);
    assessment.course = r.requiredText("course"_L1);
    assessment.date = r.requiredDate("date"_L1);
    assessment.type = r.requiredEnum<AssessmentType>("type"_L1);
    // The life-area fields are named by their codes; the codes are literals with static
    // storage, so the views stay valid for the reader's lifetime.
    for (const LifeArea area : enumValues<LifeArea>()) {
        const std::string_view code = EnumCodes<LifeArea>::codes[std::size_t(area)];
        assessment.setArea(area, r.optionalInt(QLatin1StringView(code.data(), code.size())));
    }
    assessment.qualityOfLife = r.optionalInt("quality_of_life"_L1);
    assessment.daysUsedLast28 = r.optionalInt("days_used_last_28"_L1);
    assessment.drinksPerWeek = r.optionalInt("drinks_per_week"_L1);
    return assessment;
}

Appointment readAppointment(JsonFieldReader &r)
{
    Appointment appointment;
    appointment.id = r.requiredText("id"_L1);
    appointment.course = r.requiredText("course"_L1);
    appointment.staff = r.optionalText("staff"_L1);
    appointment.type = r.requiredEnum<AppointmentType>("type"_L1);
    appointment.start = r.requiredDateTime("start"_L1);
    appointment.minutes = r.requiredInt("minutes"_L1);
    appointment.location = r.optionalText("location"_L1);
    appointment.status = r.requiredEnum<AppointmentStatus>("status"_L1);
    return appointment;
}

} // namespace mestring::core::exchange
