#pragma once

#include <stdexcept>

#include <QString>

#include "core/domain/ruleissue.h"

namespace mestring::core {

/// Base of the errors a service reports to its caller; message() is for the user.
class ServiceError : public std::runtime_error
{
public:
    explicit ServiceError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

/// The acting staff member's role does not allow the operation.
class PermissionDenied : public ServiceError
{
public:
    using ServiceError::ServiceError;
};

/// A record the operation needs does not exist (or no longer exists).
class NotFound : public ServiceError
{
public:
    using ServiceError::ServiceError;
};

/// The operation breaks a domain rule; nothing was saved. issues() names the fields.
class RuleViolation : public ServiceError
{
public:
    explicit RuleViolation(RuleIssues issues);
    const RuleIssues &issues() const { return m_issues; }

private:
    RuleIssues m_issues;
};

} // namespace mestring::core
