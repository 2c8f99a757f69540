#include "client.h"

namespace mestring::core {

QString Client::displayName() const
{
    if (anonymous || (firstName.isEmpty() && lastName.isEmpty()))
        return alias;
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace mestring::core
