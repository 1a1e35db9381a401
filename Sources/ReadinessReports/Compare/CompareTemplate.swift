/// The page template of the HTML progress report.
///
/// It includes the assessment report's `style` and `brand` partials, so a progress report
/// looks like the assessment reports, customised templates included. `{{x}}` is escaped text;
/// `{{{gaugeHTML}}}` is the SVG the writer drew. The page's own words are `{{words.…}}`, from the
/// strings table, its language `{{lang}}`.
enum CompareTemplate {
    /// The template's name in the Mustache library.
    static let name = "compare"

    /// The template text.
    static let text = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        {{>meta}}
        <title>{{pageTitle}}</title>
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
        <h1 id="startup">{{progressHeading}}</h1>
        <p class="meta"><span>{{rubricTitle}} {{rubricVersion}}</span> <span>{{dateBefore}} → {{dateAfter}}</span></p>
        </section>

        <section class="score" aria-labelledby="score-heading">
        <h2 id="score-heading" class="visually-hidden">{{words.scoreHidden}}</h2>
        <div class="score-card">
        {{{gaugeHTML}}}
        <div class="verdict">
        <p class="verdict-label tone-{{tone}}">{{verdictAfter}}</p>
        <p class="score-line">{{scoreBefore}} → <strong>{{scoreAfter}}</strong> {{words.outOf100Words}} <span class="change {{scoreClass}}">{{scoreArrow}} {{scoreChange}}</span></p>
        <p class="muted">{{verdictSentence}}</p>
        </div>
        </div>
        </section>

        <section class="dimensions" aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">{{words.dimensions}}</h2>
        <table class="dimension-table">
        <thead><tr><th scope="col">{{words.dimension}}</th><th scope="col" class="num">{{words.before}}</th><th scope="col" class="num">{{words.after}}</th><th scope="col" class="num">{{words.change}}</th></tr></thead>
        <tbody>
        {{#dimensions}}
        <tr><th scope="row">{{title}}</th><td class="num">{{before}}</td><td class="num">{{after}}</td><td class="num"><span class="change {{class}}">{{arrow}} {{change}}</span></td></tr>
        {{/dimensions}}
        </tbody>
        </table>
        </section>

        {{#groups}}
        <section class="changes" aria-labelledby="{{id}}-heading">
        <h2 id="{{id}}-heading">{{heading}}</h2>
        {{^hasRows}}<p>{{empty}}</p>{{/hasRows}}
        {{#hasRows}}
        <div class="table-wrap">
        <table class="criteria">
        <thead><tr><th scope="col">{{words.question}}</th><th scope="col">{{words.dimension}}</th><th scope="col" class="num">{{words.before}}</th><th scope="col" class="num">{{words.after}}</th><th scope="col" class="num">{{words.change}}</th><th scope="col">{{words.answerBefore}}</th><th scope="col">{{words.answerNow}}</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr>
        <th scope="row" data-label="{{words.question}}">{{title}}</th>
        <td data-label="{{words.dimension}}">{{dimension}}</td>
        <td data-label="{{words.before}}" class="num">{{before}}</td>
        <td data-label="{{words.after}}" class="num">{{after}}</td>
        <td data-label="{{words.change}}" class="num"><span class="change {{class}}">{{arrow}} {{change}}</span></td>
        <td data-label="{{words.answerBefore}}">{{answerBefore}}</td>
        <td data-label="{{words.answerNow}}">{{answerAfter}}</td>
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
        <h2 id="new-heading">{{newlyAnsweredHeading}}</h2>
        <ul>
        {{#newlyAnswered}}
        <li><strong>{{title}}</strong> — {{answer}}</li>
        {{/newlyAnswered}}
        </ul>
        </section>
        {{/hasNewlyAnswered}}

        <section class="next-steps" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{{words.nextSteps}}</h2>
        {{^hasNextSteps}}<p>{{words.nothingToGain}}</p>{{/hasNextSteps}}
        {{#hasNextSteps}}
        <ol class="steps">
        {{#nextSteps}}
        <li class="step">
        <h3><span class="step-rank">{{rank}}.</span> {{question}}</h3>
        <p class="step-meta"><span class="gain">{{gain}} {{words.points}}</span> <span>{{dimension}}</span>{{#gateFailed}} <span class="badge unmet">✗ {{words.failedGate}}</span>{{/gateFailed}}</p>
        </li>
        {{/nextSteps}}
        </ol>
        {{#hasMoreSteps}}<p class="muted">{{moreSteps}}</p>{{/hasMoreSteps}}
        {{/hasNextSteps}}
        </section>
        </main>
        <footer class="footer">
        <p>{{rubricTitle}} {{rubricVersion}} · {{words.madeWith}} readiness</p>
        </footer>
        </body>
        </html>

        """#
}
