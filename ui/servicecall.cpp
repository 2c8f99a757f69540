#include "servicecall.h"

#include <QMessageBox>
#include <QStringList>

#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"

namespace mestring::ui {

std::optional<QString> failureOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const core::ServiceError &error) {
        return error.message();
    } catch (const core::StorageError &error) {
        return error.message();
    }
    return std::nullopt;
}

QString issueText(const core::RuleIssues &issues)
{
    QStringList lines;
    for (const core::RuleIssue &issue : issues)
        lines << issue.message;
    return lines.join(QLatin1Char('\n'));
}

bool callOrWarn(QWidget *parent, const QString &title, const std::function<void()> &call)
{
    const std::optional<QString> failure = failureOf(call);
    if (failure) QMessageBox::warning(parent, title, *failure);
    return !failure;
}

} // namespace mestring::ui
