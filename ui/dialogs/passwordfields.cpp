#include "passwordfields.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QRandomGenerator>

#include "core/domain/rules/accountrules.h"
#include "core/domain/rules/issuehelpers.h"

namespace mestring::ui {

QLineEdit *makePasswordField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(core::maxPasswordLength + 1);
    return field;
}

QCheckBox *makeShowPasswordBox(std::initializer_list<QLineEdit *> fields, QWidget *parent)
{
    auto *box = new QCheckBox(QCoreApplication::translate("mestring", "S&how the password"), parent);
    box->setObjectName(QStringLiteral("showPassword"));
    const std::vector<QLineEdit *> shown(fields);
    QObject::connect(box, &QCheckBox::toggled, parent, [shown](bool visible) {
        for (QLineEdit *field : shown)
            field->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    });
    return box;
}

core::RuleIssues checkRepeated(const QLineEdit *password, const QLineEdit *repeat)
{
    if (password->text() == repeat->text()) return {};
    return {core::dataError(QStringLiteral("repeat"),
        QCoreApplication::translate("mestring",
            "The two passwords are not the same. Type the password again."))};
}

QString suggestTemporaryPassword()
{
    static const char *const words[] = {"skov", "lampe", "bro", "kaffe", "cykel", "fjord",
        "hest", "jord", "kurv", "mark", "nøgle", "pære", "regn", "sild", "sten", "stol", "tog",
        "ugle", "vind", "æble", "øre", "båd", "gran", "hus", "lys", "mos", "sol", "tang"};
    constexpr auto count = std::size(words);
    QRandomGenerator *random = QRandomGenerator::system();
    const auto word = [&] { return QString::fromUtf8(words[random->bounded(quint32(count))]); };
    QString first = word();
    QString second = word();
    while (second == first)
        second = word();
    return first + QLatin1Char('-') + second + QLatin1Char('-')
        + QString::number(10 + random->bounded(90));
}

} // namespace mestring::ui
