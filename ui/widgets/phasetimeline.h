#pragma once

#include <QDate>
#include <QWidget>

#include "core/domain/course.h"

namespace mestring::ui {

/// One course drawn along time: the waiting time from request to start, each phase as a
/// coloured band from its date to the next, the guarantee deadline while treatment has not
/// started, and the end. Read-only; phases change through the Change phase dialog.
class PhaseTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseTimeline(QWidget *parent = nullptr);

    void setCourse(const core::Course &course, const QDate &today);
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Band
    {
        QDate from;
        QDate to;
        QString label;
        QColor color;
    };

    QDate m_first;
    QDate m_last;
    QDate m_deadline;
    QDate m_end;
    std::vector<Band> m_bands;
};

} // namespace mestring::ui
