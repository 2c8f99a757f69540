#pragma once

#include <QWidget>

class QLabel;

namespace mestring::ui {

/// The title line every page starts with, so pages look alike and screen readers announce
/// the page by its title.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /// A quieter second line (a count, a date); hidden while empty.
    void setSubtitle(const QString &subtitle);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace mestring::ui
