/// The CSS the handbook adds to the reports' style: question blocks, answer tables, rules, and
/// print rules (A4, every dimension on a new page, no question split across pages if avoidable).
enum HandbookStyle {
    /// The extra CSS, placed after `DefaultTemplates.style`.
    static let css = """
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; background: var(--tint); padding: 0 .25rem; border-radius: .2rem; overflow-wrap: anywhere; }
        .toc ul { list-style: none; padding-left: 0; columns: 2 18rem; column-gap: 2rem; }
        .toc li { margin: .15rem 0; break-inside: avoid; }
        .hb-method ul { padding-left: 1.25rem; }
        .hb-table { width: auto; min-width: min(100%, 28rem); margin: .5rem 0 1rem; font-size: .95rem; }
        .hb-verdicts th { font-weight: 600; }
        .hb-dimension > h2 { margin-top: 2.5rem; }
        .hb-dimension > .summary { margin-bottom: 1rem; }
        .hb-question { border-top: 1px solid var(--line); padding: .25rem 0 1rem; }
        .hb-question h3 { display: flex; gap: .75rem; align-items: baseline; margin: 1rem 0 .35rem; }
        .hb-number { flex: none; min-width: 2.5rem; color: var(--accent); font-variant-numeric: tabular-nums; }
        .hb-facts { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .6rem; margin: 0 0 .6rem; font-size: .9rem; color: var(--muted); }
        .hb-help { border-left: 3px solid var(--line); padding: 0 0 0 .9rem; margin: .5rem 0; }
        .hb-help p, .hb-rules p, .hb-rules ul { margin: 0 0 .4rem; }
        .hb-scoring { font-size: .95rem; color: var(--muted); margin: .25rem 0 .5rem; }
        .hb-rules { display: grid; grid-template-columns: minmax(7rem, 10rem) 1fr; gap: .35rem 1rem; margin: .75rem 0; }
        .hb-rules dt { font-weight: 600; }
        .hb-rules dd { margin: 0; }
        .hb-option-advice { margin: 0 0 .5rem; }
        .hb-option { font-weight: 600; margin: 0 0 .15rem; }
        .hb-question .resources { font-size: .92rem; }
        .hb-question .resources li { margin: 0 0 .4rem; }
        .hb-question .resource-summary p { margin: .1rem 0; }
        .hb-question .resources .muted { margin: .1rem 0; }
        .hb-resource-list > li { margin: 0 0 .9rem; }
        .hb-resource-list p { margin: .2rem 0; }
        @media (max-width: 40rem) {
          .hb-rules { grid-template-columns: 1fr; gap: 0; }
          .hb-rules dd { margin-bottom: .5rem; }
          .toc ul { columns: 1; }
        }
        @media print {
          .toc a { color: var(--ink); text-decoration: none; }
          .hb-dimension { break-before: page; page-break-before: always; }
          .hb-levels, .hb-appendix { break-before: page; page-break-before: always; }
          .hb-question h3, .hb-facts, .resources-heading, .hb-lead { break-after: avoid; page-break-after: avoid; }
          .hb-table, .hb-rules dd, .resources li, .hb-help { break-inside: avoid; page-break-inside: avoid; }
          .hb-number { color: var(--ink); }
          .resources a[href^="#"]::after { content: none; }
          .hb-table { font-size: 9.5pt; }
          code { background: none; padding: 0; }
        }
        """
}
