#pragma once

#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/domain/groupcourse.h"

namespace mestring::ui {

/// How a treatment course stands in its groups, for the course's details on the Forløb tab:
/// "Groups: BASIS spring: 3 of 4 attended · KAT: waiting list no. 2". Empty when the course
/// is in no group.
class CourseGroupsText
{
    Q_DECLARE_TR_FUNCTIONS(CourseGroupsText)

public:
    static QString describe(
        const std::vector<core::GroupCourse> &groups, const QString &courseId, const QDate &today);
};

} // namespace mestring::ui
