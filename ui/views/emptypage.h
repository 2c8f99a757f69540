#pragma once

#include <QWidget>

namespace mestring::ui {

/// A navigation page whose content a later issue builds. It shows its title and nothing
/// else: no sample data and no "coming soon" text pretending to be a feature.
class EmptyPage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyPage(const QString &title, QWidget *parent = nullptr);
};

} // namespace mestring::ui
