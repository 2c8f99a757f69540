#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace mestring::test {

/// Parses a JSON document, lets `edit` change its root object and writes it back: broken
/// interchange files made from a good one, one mistake at a time.
QByteArray editJson(const QByteArray &json, const std::function<void(QJsonObject &root)> &edit);

/// root[list][index][field] = value ("courses", 2, "kind", "gambling").
void setField(
    QJsonObject &root, const char *list, int index, const char *field, const QJsonValue &value);

/// Appends a copy of root[list][index] with `field` set to `value` to the list.
void appendCopy(
    QJsonObject &root, const char *list, int index, const char *field, const QJsonValue &value);

} // namespace mestring::test
