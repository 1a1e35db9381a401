import ReadinessKit

/// Writes `cohort.html`: the cohort overview as one self-contained page, in the reports' style.
///
/// Same facts as `cohort.md`: verdict counts, ranking, heat map, shared gaps, resource needs and
/// the questionnaires that could not be scored. No script, no remote loads; every name from a
/// questionnaire is escaped; heat-map cells carry their number, so colour is never the only signal.
public enum CohortHTMLWriter {
    /// The overview page; `linkReports` links each startup to its `<slug>.html`.
    /// `top` is `summary.overviewEntries()`, when the caller has read it already. The words,
    /// numbers and `<html lang>` come from `strings`.
    public static func write(
        _ summary: CohortSummary, linkReports: Bool, top: [CohortEntry]? = nil,
        strings: Strings
    ) -> String {
        let rubric = summary.rubric
        let s = strings
        var out = HTMLPage.opening(
            title: s.format(CohortWord.pageTitle, rubric.title), extraStyle: extraStyle, banner: nil,
            language: s.language)
        let scored = e(s.format(CohortWord.scoredShort, s.numbers.integer(summary.count)))
        let failed =
            summary.failures.isEmpty
            ? ""
            : " <span>\(e(s.format(CohortWord.notScored, s.numbers.integer(summary.failures.count))))</span>"
        out += """
            <h1>\(e(s[CohortWord.overview]))</h1>
            <p class="meta"><span>\(e(rubric.title)) \(e(rubric.version))</span> <span>\(scored)</span>\(failed)</p>

            """
        out += CohortHTMLSections.verdicts(summary, s)
        let top = top ?? summary.overviewEntries()
        out += CohortHTMLSections.ranking(summary, top: top, linkReports: linkReports, s)
        out += CohortHTMLSections.heatMap(summary, top: top, s)
        out += CohortHTMLSections.gaps(summary, s)
        out += CohortHTMLSections.resources(summary, s)
        out += CohortHTMLSections.failures(summary, s)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    private static let extraStyle = """
        main { max-width: 90rem; }
        .ranking, .heat { font-size: .9rem; }
        .ranking thead th, .heat thead th { max-width: 6.5rem; white-space: normal; }
        .ranking td.num { white-space: nowrap; }
        @media print { @page { size: A4 landscape; } main { max-width: none; } }
        .table-wrap { overflow-x: auto; }
        .heat td { text-align: center; font-variant-numeric: tabular-nums; min-width: 3.5rem; }
        .heat .h-good { background: var(--good-bg); color: var(--good); }
        .heat .h-mid { background: var(--mid-bg); color: var(--mid); }
        .heat .h-low { background: var(--low-bg); color: var(--low); }
        .heat .h-none { color: var(--muted); }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .verdict-counts { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
        .verdict-counts li { border: 1px solid var(--line); border-radius: .375rem; padding: .5rem 1rem; background: var(--tint); }
        .verdict-counts strong { font-size: 1.5rem; display: block; }
        """
}
