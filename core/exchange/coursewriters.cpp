#include "recordwriters.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core::exchange {

void writeCourse(JsonTextWriter &w, const Course &course)
{
    w.textField("id"_L1, course.id);
    w.textField("client"_L1, course.client);
    w.enumField("kind"_L1, course.kind);
    w.enumField("legal_basis"_L1, course.legalBasis);
    w.enumField("setting"_L1, course.setting);
    w.enumField("program"_L1, course.program);
    w.enumField("primary_substance"_L1, course.primarySubstance);
    w.key("secondary_substances"_L1);
    w.beginArray(true);
    for (const Substance substance : course.secondarySubstances)
        w.stringValue(enumCode(substance));
    w.endArray();
    w.textField("responsible"_L1, course.responsible);
    w.dateField("request_date"_L1, course.requestDate);
    w.dateField("start_date"_L1, course.startDate);
    w.dateField("end_date"_L1, course.endDate);
    w.enumField("end_reason"_L1, course.endReason);
    w.enumField("outcome"_L1, course.outcome);
    w.key("phases"_L1);
    w.beginArray();
    for (const PhaseEntry &entry : course.phases) {
        w.beginObject();
        w.enumField("phase"_L1, entry.phase);
        w.dateField("date"_L1, entry.date);
        w.endObject();
    }
    w.endArray();
    w.enumField("guarantee_exempt"_L1, course.guaranteeExempt);
    w.textField("guarantee_delay_reason"_L1, course.guaranteeDelayReason);
    w.boolField("declined_followup"_L1, course.declinedFollowup);
    w.textField("residential_provider"_L1, course.residentialProvider);
    w.intField("planned_weeks"_L1, course.plannedWeeks);
}

void writeGoal(JsonTextWriter &w, const Goal &goal)
{
    w.textField("id"_L1, goal.id);
    w.textField("course"_L1, goal.course);
    w.enumField("theme"_L1, goal.theme);
    w.textField("text"_L1, goal.text);
    w.textField("measure"_L1, goal.measure);
    w.dateField("deadline"_L1, goal.deadline);
    w.intField("baseline_score"_L1, goal.baselineScore);
    w.intField("target_score"_L1, goal.targetScore);
    w.enumField("status"_L1, goal.status);
    w.dateField("closed_date"_L1, goal.closedDate);
    w.key("scores"_L1);
    w.beginArray();
    for (const GoalScore &score : goal.scores) {
        w.beginObject();
        w.dateField("date"_L1, score.date);
        w.intField("score"_L1, score.score);
        w.endObject();
    }
    w.endArray();
    w.key("subgoals"_L1);
    w.beginArray();
    for (const SubGoal &subgoal : goal.subgoals) {
        w.beginObject();
        w.textField("text"_L1, subgoal.text);
        w.dateField("deadline"_L1, subgoal.deadline);
        w.dateField("done_date"_L1, subgoal.doneDate);
        w.endObject();
    }
    w.endArray();
}

void writeAssessment(JsonTextWriter &w, const Assessment &assessment)
{
    w.textField("id"_L1, assessment.id);
    w.textField("course"_L1, assessment.course);
    w.dateField("date"_L1, assessment.date);
    w.enumField("type"_L1, assessment.type);
    for (const LifeArea area : enumValues<LifeArea>()) {
        const std::string_view code = EnumCodes<LifeArea>::codes[std::size_t(area)];
        w.intField(QLatin1StringView(code.data(), code.size()), assessment.area(area));
    }
    w.intField("quality_of_life"_L1, assessment.qualityOfLife);
    w.intField("days_used_last_28"_L1, assessment.daysUsedLast28);
    w.intField("drinks_per_week"_L1, assessment.drinksPerWeek);
}

void writeAppointment(JsonTextWriter &w, const Appointment &appointment)
{
    w.textField("id"_L1, appointment.id);
    w.textField("course"_L1, appointment.course);
    w.textField("staff"_L1, appointment.staff);
    w.enumField("type"_L1, appointment.type);
    w.dateTimeField("start"_L1, appointment.start);
    w.intField("minutes"_L1, appointment.minutes);
    w.textField("location"_L1, appointment.location);
    w.enumField("status"_L1, appointment.status);
}

} // namespace mestring::core::exchange
