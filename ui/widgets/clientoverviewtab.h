#pragma once

#include <optional>
#include <vector>

#include <QHash>
#include <QWidget>

#include "core/domain/client.h"
#include "core/domain/course.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class ClientMasterDataForm;
class CourseTableModel;

/// The first tab of a client's record: master data and the treatment courses at a glance.
class ClientOverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit ClientOverviewTab(QWidget *parent = nullptr);

    /// `courses` is nullopt when the courses could not be read (the section is hidden then,
    /// rather than claiming the client has none).
    void setRecord(const core::Client &client, std::optional<std::vector<core::Course>> courses,
        const QHash<QString, QString> &staffNames, const QDate &today);
    CourseTableModel *courseModel() const { return m_courseModel; }

private:
    ClientMasterDataForm *m_masterData;
    CourseTableModel *m_courseModel;
    QTableView *m_courses;
    QLabel *m_coursesTitle;
    QLabel *m_noCourses;
};

} // namespace mestring::ui
