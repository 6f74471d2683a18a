#pragma once

#include "bonusexport.h"
#include "bonusreportparts.h"
#include "pdfpageflow.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace huddle::reports {

// The pages of the bonus PDF laid out on a PdfPageFlow: a cover with the totals per team, one section per
// team (each agent's lines with their explanations), an appendix with the plans and the KPI definitions;
// and the footer every page carries (page N of M, lock status, SHA-256 of the CSV export).
class BonusPdfLayout {
public:
    BonusPdfLayout(const BonusMonth &month, const BonusExportOptions &options, PdfPageFlow &flow);

    void cover();
    void team(const BonusTeamSection &team);
    void appendix();
    // Paints the footer of page `page` (1-based) of `pageCount` into `area`.
    void footer(QPainter &painter, const QRectF &area, int page, int pageCount) const;

private:
    struct Styles {
        int title, subtitle, heading, subheading, body, bold, muted, italic, header, negative;
    };
    // Where the columns of a team's line table sit across the body.
    struct Columns {
        qreal kind, label, explanation, amount, gap;
    };

    void teamHeading(const BonusTeamSection &team, bool continued);
    void lineHeader();
    void agent(const AgentBonusRow &agent);
    QList<PdfCell> lineCells(const core::BonusLine &line) const;
    QList<PdfCell> agentCells(const AgentBonusRow &agent) const;
    void teamTotals();
    void plans();
    void bullet(const QString &text);
    void heading(const QString &text);

    const BonusMonth &m_month;
    const BonusExportOptions &m_options;
    PdfPageFlow &m_flow;
    QString m_csvSha256;
    QLocale m_locale;
    Styles m_style{};
    Columns m_columns{};
};

} // namespace huddle::reports
