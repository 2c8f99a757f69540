#include "noterepository.h"

#include "columnvalues.h"
#include "core/domain/clock.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns
    = QStringLiteral("id, client, course, author, written_at, kind, text, addendum_to");

JournalNote noteFromRow(const SqlQuery &q)
{
    JournalNote n;
    n.id = q.value(0).toString();
    n.client = q.value(1).toString();
    n.course = textFrom(q.value(2));
    n.author = q.value(3).toString();
    n.writtenAt = dateTimeFrom(q.value(4));
    n.kind = enumFrom(q.value(5), NoteKind::Other);
    n.text = q.value(6).toString();
    n.addendumTo = textFrom(q.value(7));
    return n;
}

} // namespace

void NoteRepository::insert(const JournalNote &n)
{
    // written_day is the centre's calendar date of the note (the journal's day lists).
    static const QString sql = QStringLiteral(
        "INSERT INTO notes (id, client, course, author, written_at, written_day, kind, text, "
        "addendum_to, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "notes")));
    q.bind(n.id)
        .bind(n.client)
        .bind(textValue(n.course))
        .bind(n.author)
        .bind(dateTimeValue(n.writtenAt))
        .bind(dateValue(Clock::centreDate(n.writtenAt)))
        .bind(enumCode(n.kind))
        .bind(n.text.isNull() ? QString(QLatin1StringView("")) : n.text)
        .bind(textValue(n.addendumTo));
    q.exec();
}

std::vector<JournalNote> NoteRepository::load(
    const QString &whereAndOrder, const QVariant &value) const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM notes ") + whereAndOrder);
    q.raw().setForwardOnly(true);
    if (value.isValid()) q.bind(value);
    q.exec();
    std::vector<JournalNote> result;
    while (q.next())
        result.push_back(noteFromRow(q));
    return result;
}

std::optional<JournalNote> NoteRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE id = ?"), id);
    return rows.empty() ? std::nullopt : std::optional<JournalNote>(rows.front());
}

std::vector<JournalNote> NoteRepository::forClient(const QString &clientId) const
{
    return load(QStringLiteral("WHERE client = ? ORDER BY written_at, seq"), clientId);
}

std::vector<JournalNote> NoteRepository::addendaTo(const QString &noteId) const
{
    return load(QStringLiteral("WHERE addendum_to = ? ORDER BY written_at, seq"), noteId);
}

std::vector<JournalNote> NoteRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), QVariant());
}

} // namespace mestring::core
