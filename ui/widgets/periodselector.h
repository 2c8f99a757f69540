#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QSpinBox;

namespace mestring::ui {

class DateField;

/// The period of a report: this year so far (the default), a year, a quarter, a month, or two
/// dates of one's own. The two date fields always show the period chosen; typing in them
/// makes it a custom period.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { YearToDate, Year, Quarter, Month, Custom };

    explicit PeriodSelector(QWidget *parent = nullptr);

    /// The day "this year so far" ends on (tests and screenshots fix it).
    void setToday(const QDate &today);
    void setKind(Kind kind);
    Kind kind() const;
    /// Chooses a year, quarter (1-4) or month (1-12) of `year` by kind.
    void setYear(int year);
    void setPart(int part);
    void setCustom(const QDate &from, const QDate &to);

    QDate from() const;
    QDate to() const;
    /// "1. kvartal 2025", "2025 til og med 23-11-2025", "01-02-2025 – 10-03-2025".
    QString description() const;

Q_SIGNALS:
    void periodChanged();

private:
    void update();
    void fillParts();

    QDate m_today;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_part;
    DateField *m_from;
    DateField *m_to;
    bool m_updating = false;
};

} // namespace mestring::ui
