#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/assessment.h"

namespace mestring::ui {

/// A course's assessments, earliest first: one row per assessment with the eight life areas
/// (0-4, "-" when not asked), quality of life, days used in 28 and drinks per week.
class AssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        AlcoholColumn, // the life areas follow in core::LifeArea order
        DrugsColumn,
        CrimeColumn,
        EmploymentColumn,
        EconomyColumn,
        FamilyColumn,
        MentalHealthColumn,
        PhysicalHealthColumn,
        QualityOfLifeColumn,
        DaysUsedColumn,
        DrinksColumn,
        ColumnCount
    };
    enum Role { AssessmentIdRole = Qt::UserRole };

    explicit AssessmentTableModel(QObject *parent = nullptr);

    void setAssessments(std::vector<core::Assessment> assessments);
    const std::vector<core::Assessment> &assessments() const { return m_assessments; }
    const core::Assessment &assessmentAt(int row) const
    {
        return m_assessments.at(std::size_t(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::Assessment &assessment, int column) const;
    QVariant toolTip(const core::Assessment &assessment, int column) const;

    std::vector<core::Assessment> m_assessments;
};

} // namespace mestring::ui
