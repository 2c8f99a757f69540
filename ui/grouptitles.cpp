#include "grouptitles.h"

#include <QCoreApplication>

namespace mestring::ui {

// Written out so lupdate sees every string (see enumtitles.cpp).

QString groupTypeTitle(core::GroupType type)
{
    switch (type) {
    case core::GroupType::Psychoeducation:
        return QCoreApplication::translate("mestring", "BASIS psychoeducation", "group type");
    case core::GroupType::Motivation:
        return QCoreApplication::translate("mestring", "Motivation", "group type");
    case core::GroupType::Cbt:
        return QCoreApplication::translate(
            "mestring", "CBT (cognitive behavioural therapy)", "group type");
    case core::GroupType::Mindfulness:
        return QCoreApplication::translate("mestring", "Mindfulness", "group type");
    case core::GroupType::ThemeMorning:
        return QCoreApplication::translate("mestring", "Theme morning", "group type");
    case core::GroupType::LifeSkills:
        return QCoreApplication::translate("mestring", "Life skills", "group type");
    case core::GroupType::Relatives:
        return QCoreApplication::translate("mestring", "Relatives", "group type");
    }
    return QString();
}

QString attendanceStatusTitle(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Attended:
        return QCoreApplication::translate("mestring", "attended", "group attendance");
    case core::AttendanceStatus::NoShow:
        return QCoreApplication::translate("mestring", "no-show", "group attendance");
    case core::AttendanceStatus::CancelledClient:
        return QCoreApplication::translate(
            "mestring", "cancelled by the client", "group attendance");
    }
    return QString();
}

QString attendanceStatusLetter(core::AttendanceStatus status)
{
    // The Kalender's keys for the same statuses (fremmødt, udeblevet, afbud), the same in every
    // language, so one habit serves both screens. Never M: on Medicin it means "mødte ikke".
    switch (status) {
    case core::AttendanceStatus::Attended:
        return QStringLiteral("F");
    case core::AttendanceStatus::NoShow:
        return QStringLiteral("U");
    case core::AttendanceStatus::CancelledClient:
        return QStringLiteral("A");
    }
    return QString();
}

QColor attendanceStatusColor(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Attended:
        return QColor(0xd6, 0xef, 0xd8);
    case core::AttendanceStatus::NoShow:
        return QColor(0xf6, 0xd2, 0xd2);
    case core::AttendanceStatus::CancelledClient:
        return QColor(0xfb, 0xe9, 0xc6);
    }
    return QColor();
}

} // namespace mestring::ui
