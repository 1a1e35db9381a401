extension DefaultTemplates {
    /// The report's CSS: readable on a phone, printable on A4, colours as variables.
    static let style = #"""
        :root {
          --brand: #1d4ed8; --brand-ink: #ffffff;
          --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --paper: #ffffff; --tint: #f5f7fa;
          --good: #116329; --good-bg: #dafbe1; --mid: #7d4e00; --mid-bg: #fff1cc;
          --low: #a40e26; --low-bg: #ffe3e6; --none: #52606d; --none-bg: #eef2f6;
          --accent: #1d4ed8;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main, .banner .brand, .footer p { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        .banner { background: var(--brand); color: var(--brand-ink); }
        .brand { display: flex; align-items: center; gap: .75rem; min-height: 3rem; }
        .brand-name { margin: .6rem 0; font-weight: 600; letter-spacing: .02em; }
        .brand-logo { max-height: 2.25rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 .25rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        a { color: var(--accent); }
        .meta { color: var(--muted); margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        .muted { color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .summary p:first-child { margin-top: 0; }
        .score-card { display: flex; align-items: center; gap: 1.5rem; flex-wrap: wrap; margin-top: 1rem; }
        .gauge { flex: none; }
        .verdict { flex: 1 1 10rem; }
        .gauge-track { stroke: var(--line); }
        .gauge-arc { stroke: var(--none); }
        .gauge-good .gauge-arc { stroke: var(--good); } .gauge-mid .gauge-arc { stroke: var(--mid); } .gauge-low .gauge-arc { stroke: var(--low); }
        .gauge-score { font-size: 28px; font-weight: 700; fill: var(--ink); }
        .gauge-max { font-size: 11px; fill: var(--muted); }
        .verdict-label { font-size: 1.6rem; font-weight: 700; margin: 0; }
        .score-line { margin: .25rem 0; font-size: 1.1rem; }
        .tone-good { color: var(--good); } .tone-mid { color: var(--mid); } .tone-low { color: var(--low); }
        .capped { border-left: 4px solid var(--low); background: var(--low-bg); padding: .75rem 1rem; margin: 1rem 0; }
        .provisional { border-left: 4px solid var(--mid); background: var(--mid-bg); padding: .75rem 1rem; margin: 0 0 1rem; }
        .provisional p { margin: .25rem 0; } .missing { margin: .25rem 0; padding-left: 1.25rem; }
        .next-levels { padding-left: 1.25rem; } .next-levels li { margin: .25rem 0; }
        .blocker + .blocker::before { content: "; "; }
        .plan-steps { list-style: none; padding: 0; } .plan-step { border-top: 1px solid var(--line); padding: .5rem 0; }
        .plan-step p { margin: .25rem 0; } .plan-resource + .plan-resource::before { content: ", "; }
        .dimension-overview { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; }
        .dimension-table { flex: 1 1 22rem; }
        .radar-figure { flex: 1 1 24rem; margin: 0 auto; max-width: 30rem; }
        .radar { width: 100%; height: auto; }
        .radar-ring { fill: none; stroke: var(--line); }
        .radar-axis { stroke: var(--line); }
        .radar-area { fill: var(--accent); fill-opacity: .18; stroke: var(--accent); stroke-width: 2; }
        .radar-dot { fill: var(--accent); }
        .radar-label { font-size: 14px; fill: var(--ink); }
        .radar-value { font-weight: 700; fill: var(--muted); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); }
        thead th { font-size: .85rem; color: var(--muted); border-bottom: 2px solid var(--line); }
        tbody th { font-weight: 500; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .bar { display: inline-block; width: 100%; min-width: 6rem; height: .75rem; background: var(--none-bg); border-radius: .375rem; overflow: hidden; vertical-align: middle; }
        .bar-fill { display: block; height: 100%; }
        .tone-bg-good { background: var(--good); } .tone-bg-mid { background: var(--mid); } .tone-bg-low { background: var(--low); } .tone-bg-none { background: var(--none); }
        .steps { padding: 0; list-style: none; }
        .step { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: .375rem; padding: .25rem 1rem .75rem; margin: 0 0 1rem; background: var(--tint); }
        .step h3 { margin-top: .75rem; }
        .step-meta { margin: 0 0 .5rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
        .gain { font-weight: 700; color: var(--good); }
        .advice p, .resource-summary p { margin: .4rem 0; }
        .resources-heading { margin: .75rem 0 .25rem; font-weight: 600; }
        .resources { margin: 0; padding-left: 1.25rem; list-style: disc; }
        .strength-list { padding-left: 0; list-style: none; }
        .strength-list { margin: 0; }
        .strength-list li { margin: .3rem 0; display: flex; gap: .5rem; }
        .check { color: var(--good); font-weight: 700; flex: none; }
        .strength-text p { margin: 0; }
        .dimension-score { color: var(--muted); font-weight: 500; }
        .table-wrap { overflow-x: auto; }
        .criteria { font-size: .95rem; table-layout: fixed; }
        .criteria th:nth-child(1) { width: 26%; } .criteria th:nth-child(2) { width: 19%; }
        .criteria th:nth-child(3), .criteria th:nth-child(4) { width: 7%; }
        .criteria th:nth-child(5) { width: 13%; } .criteria th:nth-child(6) { width: 13%; } .criteria th:nth-child(7) { width: 15%; }
        .criteria td, .criteria th { overflow-wrap: break-word; }
        .criteria td.evidence { overflow-wrap: anywhere; min-width: 7rem; }
        thead th { white-space: nowrap; }
        .badge { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .85rem; white-space: nowrap; background: var(--none-bg); color: var(--none); }
        .badge.met { background: var(--good-bg); color: var(--good); }
        .badge.partial, .badge.unverified { background: var(--mid-bg); color: var(--mid); }
        .badge.unmet, .badge.unanswered { background: var(--low-bg); color: var(--low); }
        .muted-row th, .muted-row td { color: var(--muted); }
        .help { font-weight: 400; font-size: .9rem; color: var(--muted); }
        .help summary { cursor: pointer; }
        .footer { margin-top: 3rem; padding: 1rem 0; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
        @media (max-width: 40rem) {
          h1 { font-size: 1.6rem; }
          .score-card { gap: 1rem; }
          .gauge { width: 128px; height: 128px; }
          .criteria thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          .criteria, .criteria tbody, .criteria tr, .criteria th, .criteria td { display: block; width: 100% !important; }
          .criteria tr { border: 1px solid var(--line); border-radius: .375rem; margin: 0 0 .75rem; padding: .25rem .5rem; }
          .criteria th, .criteria td { border: none; padding: .2rem 0; }
          .criteria tbody th { font-weight: 600; }
          .criteria td::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
          .criteria td.num { text-align: left; }
          .dimension-table { flex-basis: 100%; min-width: 0; }
          .dimension-table tr > :nth-child(3) { display: none; }
          .dimension-table td, .dimension-table th { overflow-wrap: break-word; hyphens: auto; }
          .radar-figure { flex-basis: 100%; min-width: 0; }
        }
        @page { size: A4; margin: 15mm; }
        @media print {
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          html { font-size: 10pt; }
          .criteria, .method-table, .dimension-table { font-size: .9rem; }
          .gauge { width: 120px; height: 120px; }
          .dimension-table { flex: 1 1 55%; } .radar-figure { flex: 1 1 40%; }
          main, .banner .brand, .footer p { max-width: none; padding: 0; }
          .banner { background: none; color: var(--ink); border-bottom: 2px solid var(--brand); }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3, .dimension > p, .dimension > .summary { break-after: avoid; page-break-after: avoid; }
          .step, tr, .score-card, .radar-figure { break-inside: avoid; page-break-inside: avoid; }
          .table-wrap { overflow: visible; }
          .help { display: none; }
          a { color: var(--ink); }
          .resources a[href]::after { content: " (" attr(href) ")"; color: var(--muted); overflow-wrap: anywhere; }
        }
        """#
}
