#pragma once

#include <array>
#include <optional>

#include <QWidget>

#include "core/domain/enums.h"

class QLabel;
class QLineEdit;
class QSlider;

namespace mestring::ui {

/// The four items of one FIT scale (ORS or SRS), each a slider and a typed number from 0,0 to
/// 10,0 with one decimal (comma or point), kept in step, and the scale's total with what it
/// means (ORS at or below 25: the clinical range; SRS below 36: talk about the alliance).
/// Typing is the fast way: Tab goes from number to number; the sliders are for the mouse.
class FitScaleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FitScaleEditor(core::FitScale scale, QWidget *parent = nullptr);

    core::FitScale scale() const { return m_scale; }
    void setItems(const std::optional<std::array<int, 4>> &tenths);
    /// Whether nothing is typed in any item.
    bool isEmpty() const;
    /// The items in tenths; nullopt unless all four are valid numbers from 0 to 10.
    std::optional<std::array<int, 4>> items() const;
    /// The first item that is empty or not a number from 0,0 to 10,0 (-1 when none).
    int firstInvalid() const;
    QLineEdit *itemEdit(int i) const { return m_edits[std::size_t(i)]; }
    QSlider *itemSlider(int i) const { return m_sliders[std::size_t(i)]; }
    /// The total line as shown ("I alt 23,4 af 40 ..."), for tests.
    QString totalText() const;

    /// Reads "7", "7,5" or "7.5": tenths of a point from 0 to 100, nullopt otherwise.
    static std::optional<int> parseItem(const QString &text);
    /// 75 tenths as "7,5" (the user's locale).
    static QString formatTenths(int tenths);

Q_SIGNALS:
    void changed();

private:
    void onEdited(int i);
    void onSlid(int i, int value);
    void updateTotal();

    core::FitScale m_scale;
    std::array<QLineEdit *, 4> m_edits {};
    std::array<QSlider *, 4> m_sliders {};
    QLabel *m_total;
    bool m_syncing = false;
};

} // namespace mestring::ui
