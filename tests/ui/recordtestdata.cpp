#include "recordtestdata.h"

#include "core/services/courseservice.h"

namespace mestring::test {

core::Course addCourse(UiTestDatabase &data, const QString &clientId, const QDate &start)
{
    core::Course course;
    course.client = clientId;
    course.kind = core::CourseKind::Alcohol;
    course.legalBasis = core::LegalBasis::Sul141;
    course.primarySubstance = core::Substance::Alcohol;
    course.responsible = data.therapist.staffId;
    course.requestDate = start.addDays(-7);
    course.startDate = start;
    course.phases = {{core::Phase::Treatment, start}};
    course.id = data.courses.create(data.therapist, course).id;
    return course;
}

} // namespace mestring::test
