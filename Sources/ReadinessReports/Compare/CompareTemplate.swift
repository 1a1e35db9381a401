/// The page template of the HTML progress report.
///
/// It includes the assessment report's `style` and `brand` partials, so a progress report
/// looks like the assessment reports, customised templates included. `{{x}}` is escaped text;
/// `{{{gaugeHTML}}}` is the SVG the writer drew.
enum CompareTemplate {
    /// The template's name in the Mustache library.
    static let name = "compare"

    /// The template text.
    static let text = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="readiness">
        <title>{{startup}} — progress — {{rubricTitle}}</title>
        <style>
        {{>style}}
        .change { white-space: nowrap; font-weight: 600; }
        </style>
        </head>
        <body>
        <header class="banner">
        {{>brand}}
        </header>
        <main>
        <section class="intro" aria-labelledby="startup">
        <h1 id="startup">{{startup}}: progress</h1>
        <p class="meta"><span>{{rubricTitle}} {{rubricVersion}}</span> <span>{{dateBefore}} → {{dateAfter}}</span></p>
        </section>

        <section class="score" aria-labelledby="score-heading">
        <h2 id="score-heading" class="visually-hidden">Score</h2>
        <div class="score-card">
        {{{gaugeHTML}}}
        <div class="verdict">
        <p class="verdict-label tone-{{tone}}">{{verdictAfter}}</p>
        <p class="score-line">{{scoreBefore}} → <strong>{{scoreAfter}}</strong> out of 100 <span class="change {{scoreClass}}">{{scoreArrow}} {{scoreChange}}</span></p>
        <p class="muted">{{verdictSentence}}</p>
        </div>
        </div>
        </section>

        <section class="dimensions" aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">Dimensions</h2>
        <table class="dimension-table">
        <thead><tr><th scope="col">Dimension</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th></tr></thead>
        <tbody>
        {{#dimensions}}
        <tr><th scope="row">{{title}}</th><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num"><span class="change {{class}}">{{arrow}} {{change}}</span></td></tr>
        {{/dimensions}}
        </tbody>
        </table>
        </section>

        {{#groups}}
        <section class="changes" aria-labelledby="{{id}}-heading">
        <h2 id="{{id}}-heading">{{heading}} ({{count}})</h2>
        {{^hasRows}}<p>{{empty}}</p>{{/hasRows}}
        {{#hasRows}}
        <div class="table-wrap">
        <table class="criteria">
        <thead><tr><th scope="col">Question</th><th scope="col">Dimension</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th><th scope="col">Answer before</th><th scope="col">Answer now</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr>
        <th scope="row" data-label="Question">{{title}}</th>
        <td data-label="Dimension">{{dimension}}</td>
        <td data-label="Before" class="num">{{before}}</td>
        <td data-label="After" class="num">{{after}}</td>
        <td data-label="Change" class="num"><span class="change {{class}}">{{arrow}} {{change}}</span></td>
        <td data-label="Answer before">{{answerBefore}}</td>
        <td data-label="Answer now">{{answerAfter}}</td>
        </tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{/hasRows}}
        </section>
        {{/groups}}

        {{#hasNewlyAnswered}}
        <section class="newly-answered" aria-labelledby="new-heading">
        <h2 id="new-heading">Newly answered ({{newlyAnsweredCount}})</h2>
        <ul>
        {{#newlyAnswered}}
        <li><strong>{{title}}</strong> — {{answer}}</li>
        {{/newlyAnswered}}
        </ul>
        </section>
        {{/hasNewlyAnswered}}

        <section class="next-steps" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Next steps now</h2>
        {{^hasNextSteps}}<p>Nothing left to gain: every counted criterion is met.</p>{{/hasNextSteps}}
        {{#hasNextSteps}}
        <ol class="steps">
        {{#nextSteps}}
        <li class="step">
        <h3><span class="step-rank">{{rank}}.</span> {{question}}</h3>
        <p class="step-meta"><span class="gain">{{gain}} points</span> <span>{{dimension}}</span>{{#gateFailed}} <span class="badge unmet">✗ failed gate</span>{{/gateFailed}}</p>
        </li>
        {{/nextSteps}}
        </ol>
        {{#hasMoreSteps}}<p class="muted">{{moreSteps}}</p>{{/hasMoreSteps}}
        {{/hasNextSteps}}
        </section>
        </main>
        <footer class="footer">
        <p>{{rubricTitle}} {{rubricVersion}} · made with readiness</p>
        </footer>
        </body>
        </html>

        """#
}
