#pragma once

#include "core/domain/rules/textlimits.h"

#include <vector>

#include <QWidget>

#include "core/domain/groupcourse.h"

class QLabel;
class QSpinBox;
class QTableWidget;

namespace mestring::ui {

class DateField;
class TimeField;

/// A weekly series of group sessions: the first date, the start time and how many; the
/// sessions follow every week on the first date's weekday. Each session's topic is typed in
/// the table; changing the series keeps the topics already typed, session by session.
class SessionSeriesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SessionSeriesEditor(QWidget *parent = nullptr);

    void setSeries(const QDate &first, const QTime &start, int count);
    /// The planned sessions (without ids); empty while the first date is not a date.
    std::vector<core::GroupSession> sessions() const;
    /// Whether the first date is empty or a real date (a half-typed date is not).
    bool isAcceptable() const;
    void setTopic(int session, const QString &topic);

    DateField *firstDateField() const { return m_first; }
    TimeField *startField() const { return m_start; }
    QSpinBox *countField() const { return m_count; }
    QTableWidget *table() const { return m_table; }

    static constexpr int maxTopicLength = core::textlimit::sessionTopic;

Q_SIGNALS:
    void changed();

private:
    void rebuild();

    DateField *m_first;
    TimeField *m_start;
    QSpinBox *m_count;
    QLabel *m_weekday;
    QTableWidget *m_table;
};

} // namespace mestring::ui
