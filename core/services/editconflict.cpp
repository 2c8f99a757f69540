#include "editconflict.h"

#include <QCoreApplication>

#include "core/storage/rowversion.h"
#include "core/storage/staffrepository.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// Appends `title` when the two values differ.
class Differences
{
public:
    template <typename T> Differences &field(const T &before, const T &after, const char *title)
    {
        if (!(before == after)) m_titles << tr(title);
        return *this;
    }
    QStringList titles() const { return m_titles; }

private:
    QStringList m_titles;
};

// The refusal's first sentence, one per kind of record: the record's name and the pronoun that
// refers back to it differ by grammatical gender in Danish ("borgeren ... den", "forløbet ...
// det"), so each kind is a whole sentence for the translator. %1 who, %2 when, %3 what changed.
QString savedAfterYouOpened(QLatin1StringView table)
{
    if (table == QLatin1StringView("clients"))
        return tr("%1 saved the client%2, after you opened it%3.");
    if (table == QLatin1StringView("courses"))
        return tr("%1 saved the course%2, after you opened it%3.");
    if (table == QLatin1StringView("goals"))
        return tr("%1 saved the goal%2, after you opened it%3.");
    return tr("%1 saved the appointment%2, after you opened it%3.");
}

} // namespace

QStringList changedFields(const Client &a, const Client &b)
{
    return Differences()
        .field(a.cpr, b.cpr, QT_TRANSLATE_NOOP("mestring", "CPR number"))
        .field(a.firstName, b.firstName, QT_TRANSLATE_NOOP("mestring", "first name"))
        .field(a.lastName, b.lastName, QT_TRANSLATE_NOOP("mestring", "last name"))
        .field(a.alias, b.alias, QT_TRANSLATE_NOOP("mestring", "alias"))
        .field(a.anonymous, b.anonymous, QT_TRANSLATE_NOOP("mestring", "anonymous"))
        .field(a.birthDate, b.birthDate, QT_TRANSLATE_NOOP("mestring", "birth date"))
        .field(a.sex, b.sex, QT_TRANSLATE_NOOP("mestring", "sex"))
        .field(a.municipality, b.municipality, QT_TRANSLATE_NOOP("mestring", "municipality"))
        .field(a.phone, b.phone, QT_TRANSLATE_NOOP("mestring", "phone"))
        .field(a.address, b.address, QT_TRANSLATE_NOOP("mestring", "address"))
        .field(a.consentText, b.consentText, QT_TRANSLATE_NOOP("mestring", "consent"))
        .field(a.consentDate, b.consentDate, QT_TRANSLATE_NOOP("mestring", "consent date"))
        .titles();
}

QStringList changedFields(const Course &a, const Course &b)
{
    return Differences()
        .field(a.legalBasis, b.legalBasis, QT_TRANSLATE_NOOP("mestring", "legal basis"))
        .field(a.setting, b.setting, QT_TRANSLATE_NOOP("mestring", "setting"))
        .field(a.program, b.program, QT_TRANSLATE_NOOP("mestring", "programme"))
        .field(a.primarySubstance, b.primarySubstance,
            QT_TRANSLATE_NOOP("mestring", "primary substance"))
        .field(a.secondarySubstances, b.secondarySubstances,
            QT_TRANSLATE_NOOP("mestring", "other substances"))
        .field(a.responsible, b.responsible, QT_TRANSLATE_NOOP("mestring", "contact person"))
        .field(a.startDate, b.startDate, QT_TRANSLATE_NOOP("mestring", "start date"))
        .field(a.phases, b.phases, QT_TRANSLATE_NOOP("mestring", "phase"))
        .field(a.endDate, b.endDate, QT_TRANSLATE_NOOP("mestring", "end date"))
        .field(a.guaranteeExempt, b.guaranteeExempt,
            QT_TRANSLATE_NOOP("mestring", "treatment guarantee"))
        .field(a.declinedFollowup, b.declinedFollowup,
            QT_TRANSLATE_NOOP("mestring", "follow-up declined"))
        .field(a.residentialProvider, b.residentialProvider,
            QT_TRANSLATE_NOOP("mestring", "residential provider"))
        .field(a.plannedWeeks, b.plannedWeeks, QT_TRANSLATE_NOOP("mestring", "planned weeks"))
        .titles();
}

QStringList changedFields(const Goal &a, const Goal &b)
{
    return Differences()
        .field(a.theme, b.theme, QT_TRANSLATE_NOOP("mestring", "life area"))
        .field(a.text, b.text, QT_TRANSLATE_NOOP("mestring", "goal"))
        .field(a.measure, b.measure, QT_TRANSLATE_NOOP("mestring", "measure"))
        .field(a.deadline, b.deadline, QT_TRANSLATE_NOOP("mestring", "deadline"))
        .field(a.baselineScore, b.baselineScore, QT_TRANSLATE_NOOP("mestring", "baseline score"))
        .field(a.targetScore, b.targetScore, QT_TRANSLATE_NOOP("mestring", "target score"))
        .field(a.status, b.status, QT_TRANSLATE_NOOP("mestring", "status"))
        .field(a.closedDate, b.closedDate, QT_TRANSLATE_NOOP("mestring", "closed date"))
        .field(a.scores, b.scores, QT_TRANSLATE_NOOP("mestring", "scores"))
        .field(a.subgoals, b.subgoals, QT_TRANSLATE_NOOP("mestring", "sub-goals"))
        .titles();
}

QStringList changedFields(const Appointment &a, const Appointment &b)
{
    return Differences()
        .field(a.start, b.start, QT_TRANSLATE_NOOP("mestring", "time"))
        .field(a.minutes, b.minutes, QT_TRANSLATE_NOOP("mestring", "duration"))
        .field(a.staff, b.staff, QT_TRANSLATE_NOOP("mestring", "staff member"))
        .field(a.location, b.location, QT_TRANSLATE_NOOP("mestring", "place"))
        .field(a.status, b.status, QT_TRANSLATE_NOOP("mestring", "status"))
        .titles();
}

void throwEditConflict(
    const Database &db, const char *table, const QString &id, const QStringList &fields)
{
    const RowVersion stored = storedVersion(db, table, id).value_or(RowVersion {});
    const std::optional<StaffMember> who
        = stored.changedBy.isEmpty() ? std::nullopt : StaffRepository(db).byId(stored.changedBy);
    const QString name = who ? who->name : tr("Another user");
    const QString when = stored.changedAt.isValid()
        ? tr(" at %1 on %2")
              .arg(stored.changedAt.time().toString(QStringLiteral("HH:mm")),
                  shownDate(stored.changedAt.date()))
        : QString();
    // No fields when the other save stored what this one read: who and when say enough.
    const QString what = fields.isEmpty()
        ? QString()
        : tr(", and changed: %1").arg(fields.join(QStringLiteral(", ")));
    throw EditConflict(savedAfterYouOpened(QLatin1StringView(table)).arg(name, when, what)
            + QLatin1Char(' ')
            + tr("Your changes are not saved, but they are still here: save again to apply them "
                 "over the other person's changes, or cancel to keep theirs."),
        stored.version);
}

} // namespace mestring::core
