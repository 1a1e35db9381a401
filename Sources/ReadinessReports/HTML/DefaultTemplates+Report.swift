extension DefaultTemplates {
    /// The page: header, score, dimensions, next steps, strengths, answers, method.
    ///
    /// `{{x}}` is escaped text; `{{{xHTML}}}` is HTML the writer prepared (rendered rubric
    /// Markdown, SVG charts). Partials: `meta` (the head's meta tags), `style` (the CSS) and `brand` (the
    /// incubator's banner).
    /// The page's own words come from the strings table as `{{words.…}}`, its language as `{{lang}}`.
    static let report = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        {{>meta}}
        <title>{{title}}</title>
        <style>
        {{>style}}
        </style>
        </head>
        <body>
        <header class="banner">
        {{>brand}}
        </header>
        <main>
        <section class="intro" aria-labelledby="startup">
        <h1 id="startup">{{startup}}</h1>
        <p class="meta"><span>{{rubricTitle}} {{rubricVersion}}</span>{{#hasAssessor}} <span>{{words.assessor}} {{assessor}}</span>{{/hasAssessor}}{{#hasDate}} <span>{{words.date}} <time datetime="{{date}}">{{shownDate}}</time></span>{{/hasDate}}</p>
        </section>

        <section class="score" aria-labelledby="score-heading">
        <h2 id="score-heading" class="visually-hidden">{{words.scoreHidden}}</h2>
        {{>provisional}}
        <div class="score-card">
        {{{gaugeHTML}}}
        <div class="verdict">
        <p class="verdict-label tone-{{tone}}">{{verdict}}</p>
        <p class="score-line"><strong>{{score}}</strong> {{words.outOf100Words}}</p>
        {{#hasUnanswered}}<p class="muted">{{unansweredText}}</p>{{/hasUnanswered}}
        </div>
        </div>
        {{#hasAlert}}<p class="capped" role="note"><strong><span aria-hidden="true">⚠</span> {{alertHeading}}</strong> {{alertText}}</p>{{/hasAlert}}
        {{#capped}}<p class="capped" role="note"><strong><span aria-hidden="true">⚠</span> {{gateHeading}}</strong> {{gateSentence}}</p>{{/capped}}
        {{#hasUnverified}}<p class="muted">{{unverifiedText}}</p>{{/hasUnverified}}
        </section>

        <section class="dimensions" aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">{{words.dimensions}}</h2>
        <div class="dimension-overview">
        <table class="dimension-table">
        <thead><tr><th scope="col">{{words.dimension}}</th><th scope="col" class="num">{{words.score}}</th><th scope="col"><span class="visually-hidden">{{words.bar}}</span></th>{{#usesLevels}}<th scope="col">{{words.level}}</th>{{/usesLevels}}</tr></thead>
        <tbody>
        {{#dimensions}}
        <tr><th scope="row"><a href="#{{id}}">{{title}}</a></th>{{#hasScore}}<td class="num">{{score}}</td><td><span class="bar" aria-hidden="true"><span class="bar-fill tone-bg-{{tone}}" style="width: {{barWidth}}%"></span></span></td>{{/hasScore}}{{^hasScore}}<td class="num">–</td><td class="muted">{{words.notApplicable}}</td>{{/hasScore}}{{#usesLevels}}<td>{{level}}</td>{{/usesLevels}}</tr>
        {{/dimensions}}
        </tbody>
        </table>
        {{#hasRadar}}<figure class="radar-figure">{{{radarHTML}}}</figure>{{/hasRadar}}
        </div>
        {{>levels}}
        </section>

        <section class="next-steps" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{{words.nextSteps}}</h2>
        {{^hasNextSteps}}<p>{{words.nothingToGain}}</p>{{/hasNextSteps}}
        {{#hasNextSteps}}
        <ol class="steps">
        {{#nextSteps}}
        <li class="step">
        <h3><span class="step-rank">{{rank}}.</span> {{question}}</h3>
        <p class="step-meta"><span class="gain">{{gain}} {{words.points}}</span> <span>{{dimension}}</span>{{#gateFailed}} <span class="badge unmet">✗ {{words.failedGate}}</span>{{/gateFailed}}</p>
        {{#hasAdvice}}<div class="advice">{{{adviceHTML}}}</div>{{/hasAdvice}}
        {{#hasResources}}
        <p class="resources-heading">{{words.resourcesHelp}}</p>
        <ul class="resources">
        {{#resources}}
        <li>{{#hasURL}}<a href="{{url}}">{{title}}</a>{{/hasURL}}{{^hasURL}}<strong>{{title}}</strong>{{/hasURL}}{{#hasSummary}}<div class="resource-summary">{{{summaryHTML}}}</div>{{/hasSummary}}{{#hasContact}}<p class="muted">{{words.contact}} {{contact}}</p>{{/hasContact}}</li>
        {{/resources}}
        </ul>
        {{/hasResources}}
        </li>
        {{/nextSteps}}
        </ol>
        {{#hasMoreSteps}}<p class="muted">{{moreSteps}}</p>{{/hasMoreSteps}}
        {{/hasNextSteps}}
        </section>
        {{>plan}}

        <section class="strengths" aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">{{words.strengths}}</h2>
        {{^hasStrengths}}<p>{{words.noStrengths}}</p>{{/hasStrengths}}
        {{#hasStrengths}}
        {{#strengthGroups}}
        <h3>{{dimension}}</h3>
        <ul class="strength-list">
        {{#strengths}}
        <li><span class="check" aria-hidden="true">✓</span> {{#hasText}}<div class="strength-text">{{{textHTML}}}</div>{{/hasText}}{{^hasText}}<div class="strength-text"><p>{{question}} — {{answer}}</p></div>{{/hasText}}</li>
        {{/strengths}}
        </ul>
        {{/strengthGroups}}
        {{/hasStrengths}}
        </section>

        <section class="details" aria-labelledby="details-heading">
        <h2 id="details-heading">{{words.details}}</h2>
        {{#details}}
        <section class="dimension" id="{{id}}" aria-labelledby="{{id}}-heading">
        <h3 id="{{id}}-heading">{{title}} <span class="dimension-score">{{#hasScore}}{{scoreOutOf100}}{{/hasScore}}{{^hasScore}}{{words.notApplicable}}{{/hasScore}}</span></h3>
        {{#hasLevel}}<p class="muted">{{levelLine}}</p>{{/hasLevel}}
        {{#hasSummary}}<div class="summary">{{{summaryHTML}}}</div>{{/hasSummary}}
        <div class="table-wrap">
        <table class="criteria">
        <thead><tr><th scope="col">{{words.question}}</th><th scope="col">{{words.answer}}</th><th scope="col" class="num">{{words.score}}</th><th scope="col" class="num">{{words.weight}}</th><th scope="col">{{words.status}}</th><th scope="col">{{words.evidence}}</th><th scope="col">{{words.note}}</th></tr></thead>
        <tbody>
        {{{rowsHTML}}}
        </tbody>
        </table>
        </div>
        </section>
        {{/details}}
        </section>

        <section class="method" aria-labelledby="method-heading">
        <h2 id="method-heading">{{words.method}}</h2>
        {{#hasRubricSummary}}<div class="summary">{{{rubricSummaryHTML}}}</div>{{/hasRubricSummary}}
        {{#method}}
        <p>{{formula}}</p>
        <div class="table-wrap">
        <table class="method-table">
        <thead><tr><th scope="col">{{words.dimension}}</th><th scope="col" class="num">{{words.weightW}}</th><th scope="col" class="num">{{words.shareW}}</th><th scope="col" class="num">{{words.scoreD}}</th><th scope="col" class="num">{{words.contributionW}}</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr{{^counts}} class="muted-row"{{/counts}}><th scope="row">{{title}}</th><td class="num">{{weight}}</td><td class="num">{{share}}</td><td class="num">{{score}}</td><td class="num">{{contribution}}</td></tr>
        {{/rows}}
        </tbody>
        <tfoot><tr><th scope="row">{{words.overall}}</th><td class="num">{{totalWeight}}</td><td class="num">{{whole}}</td><td></td><td class="num"><strong>{{overall}}</strong></td></tr></tfoot>
        </table>
        </div>
        <p>{{words.verdicts}} {{verdictRule}}</p>
        {{#hasGateRule}}<p>{{gateRule}}</p>{{/hasGateRule}}
        {{#hasLevelRule}}<p>{{levelRule}}</p>{{/hasLevelRule}}
        {{/method}}
        </section>
        </main>
        <footer class="footer">
        <p>{{rubricTitle}} {{rubricVersion}} · {{words.madeWith}} {{generator}}</p>
        </footer>
        </body>
        </html>

        """#

    /// The head's meta tags every page template shares: charset, viewport, the
    /// Content-Security-Policy (no script, no remote loads) and the generator.
    static let meta = #"""
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="readiness">

        """#
}
