#include "emptypage.h"

#include <QVBoxLayout>

#include "ui/widgets/pageheader.h"

namespace mestring::ui {

EmptyPage::EmptyPage(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PageHeader(title, this));
    layout->addStretch();
}

} // namespace mestring::ui
