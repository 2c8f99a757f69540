#include "exchangereader.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>

#include "errorsink.h"
#include "exchangeformat.h"
#include "exchangemessages.h"
#include "jsonduplicatekeys.h"
#include "jsonfieldreader.h"
#include "recordreaders.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

namespace {

using namespace exchange;

bool isBlank(const QByteArray &json)
{
    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    return body.trimmed().isEmpty();
}

// Line and column (in characters, both from 1) of a byte offset, for a person with an editor.
std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // UTF-8 continuation bytes are not new characters
            ++column;
        }
    }
    return {line, column};
}

std::optional<QJsonObject> parseDocument(const QByteArray &json, ErrorSink &errors)
{
    if (isBlank(json)) {
        errors.add(QString(), msgEmptyDocument());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        errors.add(QString(),
                   msgInvalidJson(parseError.errorString(), line, column, parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.add(QString(), msgNotAnObjectDocument());
        return std::nullopt;
    }
    return document.object();
}

// A wrong format or version means the rest would be read against the wrong field list, so the
// reader stops there instead of listing every field as unknown.
bool readHeader(JsonFieldReader &root)
{
    if (root.rawValue("format"_L1).toString() != exchangeFormatName()) {
        root.error("format"_L1, msgWrongFormat(exchangeFormatName()));
        return false;
    }
    const QJsonValue version = root.rawValue("version"_L1);
    if (!version.isDouble() || version.toDouble() != exchangeFormatVersion) {
        root.error("version"_L1, msgWrongVersion(exchangeFormatVersion));
        return false;
    }
    return true;
}

template<typename Record>
void readCollection(JsonFieldReader &root, QLatin1StringView key, std::vector<Record> &records,
                    Record (*readRecord)(JsonFieldReader &))
{
    root.eachObject(key, [&](JsonFieldReader &r) { records.push_back(readRecord(r)); });
}

void readCollections(JsonFieldReader &root, Dataset &ds)
{
    readCollection(root, "staff"_L1, ds.staff, &readStaffMember);
    readCollection(root, "clients"_L1, ds.clients, &readClient);
    readCollection(root, "courses"_L1, ds.courses, &readCourse);
    readCollection(root, "goals"_L1, ds.goals, &readGoal);
    readCollection(root, "assessments"_L1, ds.assessments, &readAssessment);
    readCollection(root, "appointments"_L1, ds.appointments, &readAppointment);
    readCollection(root, "absences"_L1, ds.absences, &readAbsence);
    readCollection(root, "groups"_L1, ds.groups, &readGroupCourse);
    readCollection(root, "prescriptions"_L1, ds.prescriptions, &readPrescription);
    readCollection(root, "dispensings"_L1, ds.dispensings, &readDispensing);
    readCollection(root, "targets"_L1, ds.targets, &readEffectTarget);
    readCollection(root, "notes"_L1, ds.notes, &readJournalNote);
    readCollection(root, "corrections"_L1, ds.corrections, &readCorrection);
    readCollection(root, "closed_days"_L1, ds.closedDays, &readClosedDay);
    readCollection(root, "feedback"_L1, ds.feedback, &readFitRating);
    readCollection(root, "waiting_lists"_L1, ds.waitingLists, &readWaitingListEntry);
    readCollection(root, "registry_reports"_L1, ds.registryReports, &readRegistryReport);
}

} // namespace

ExchangeReadResult readExchange(const QByteArray &json, int maxErrors)
{
    ErrorSink errors(std::max(maxErrors, 1));
    ExchangeReadResult result;
    if (const std::optional<QJsonObject> object = parseDocument(json, errors)) {
        JsonFieldReader root(*object, errors);
        if (readHeader(root)) {
            for (const QString &path : findDuplicateKeys(json))
                errors.add(path, msgDuplicateField());
            readCollections(root, result.dataset);
            root.finish();
        }
    }
    result.errors = errors.take();
    if (!result.errors.empty())
        result.dataset = Dataset();
    return result;
}

} // namespace mestring::core
