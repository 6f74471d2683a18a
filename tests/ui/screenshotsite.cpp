#include "screenshotsite.h"

#include "core/defaultscorecards.h"
#include "demo/demogenerator.h"

#include <QSqlQuery>

using namespace huddle;

namespace screenshotsite {

core::Result<Site> open(const QString &path)
{
    auto database = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    demo::DemoOptions options;
    options.teams = 1;
    options.agents = 6;
    options.days = 21;
    options.endDay = QDate(2024, 6, 28);
    if (auto made = demo::generateDemo(*database.value(), options); !made)
        return made.error();
    QSqlQuery q(database.value()->connection());
    // The call with the longest transcript among those no QA evaluation covers.
    if (!q.exec(QStringLiteral(
            "SELECT c.id FROM conversations c JOIN transcript_lines t ON t.conversation_id = c.id WHERE"
            " c.channel = 'call' AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.conversation_id = c.id "
            "AND"
            " e.kind = 'qa') GROUP BY c.id ORDER BY COUNT(*) DESC, c.id LIMIT 1")) ||
        !q.next())
        return core::Error{QStringLiteral("the demo has no call with a transcript left to evaluate"), {}};
    Site site{std::move(database.value()), q.value(0).toLongLong(), {}};
    for (const core::ScorecardSection &section : core::defaultVoiceScorecard().sections)
        for (const core::CriterionDefinition &criterion : section.criteria)
            site.criterionNames.append(criterion.name);
    return site;
}

} // namespace screenshotsite
