#include "jsonedit.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mestring::test {

QByteArray editJson(const QByteArray &json, const std::function<void(QJsonObject &root)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    edit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void setField(
    QJsonObject &root, const char *list, int index, const char *field, const QJsonValue &value)
{
    const QString listName = QString::fromLatin1(list);
    QJsonArray array = root.value(listName).toArray();
    QJsonObject record = array.at(index).toObject();
    record.insert(QString::fromLatin1(field), value);
    array.replace(index, record);
    root.insert(listName, array);
}

void appendCopy(
    QJsonObject &root, const char *list, int index, const char *field, const QJsonValue &value)
{
    const QString listName = QString::fromLatin1(list);
    QJsonArray array = root.value(listName).toArray();
    QJsonObject record = array.at(index).toObject();
    record.insert(QString::fromLatin1(field), value);
    array.append(record);
    root.insert(listName, array);
}

} // namespace mestring::test
