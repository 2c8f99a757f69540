#include "loginfile.h"

#include <stdexcept>

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace mestring::load {

LoginFile LoginFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("cannot read the login file " + path.toStdString());
    LoginFile logins;
    QTextStream in(&file);
    int number = 0;
    while (!in.atEnd()) {
        ++number;
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (fields.size() < 2 || fields.size() > 3) {
            throw std::runtime_error(QStringLiteral("%1, line %2: write LOGIN PASSWORD [USERNAME]")
                                         .arg(path)
                                         .arg(number)
                                         .toStdString());
        }
        logins.m_logins.insert(fields.value(2, fields[0]), {fields[0], fields[1]});
    }
    return logins;
}

core::DatabaseLocation LoginFile::locationFor(
    const core::DatabaseLocation &base, const QString &username) const
{
    const auto it = m_logins.constFind(username);
    if (it == m_logins.cend() || !base.isServer()) return base;
    // The address as given, with the login in place of the address's user.
    return base.withLogin(it->login, it->password);
}

} // namespace mestring::load
