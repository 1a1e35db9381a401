extension DefaultTemplates {
    /// The coaching partials the page includes: the provisional banner (`provisional`), what
    /// blocks each dimension's next level (`levels`) and the action plan (`plan`).
    static let coaching: [(name: String, text: String)] = [
        ("provisional", provisional), ("levels", levels), ("plan", plan),
    ]

    /// The banner of a provisional result with every unanswered question.
    static let provisional = #"""
        {{#provisional}}
        <div class="provisional" role="note">
        <p><strong><span aria-hidden="true">⚠</span> {{provisionalHeading}}</strong> {{provisionalText}}</p>
        {{#hasMissing}}
        <p>{{missingHeading}}</p>
        <ul class="missing">
        {{#missing}}
        <li>{{question}} <span class="muted">— {{dimension}}</span></li>
        {{/missing}}
        </ul>
        {{/hasMissing}}
        </div>
        {{/provisional}}
        """#

    /// Per dimension, the next level and the questions that block it.
    static let levels = #"""
        {{#hasNextLevels}}
        <h3 class="levels-heading">{{levelsHeading}}</h3>
        <ul class="next-levels">
        {{#nextLevels}}
        <li><strong>{{title}}</strong> — {{target}}: {{#blockers}}<span class="blocker"><q>{{question}}</q></span>{{/blockers}}</li>
        {{/nextLevels}}
        </ul>
        {{/hasNextLevels}}
        """#

    /// Every other gap, grouped by dimension, with advice and resources.
    static let plan = #"""
        {{#hasPlan}}
        <section class="plan" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{{planHeading}}</h2>
        <p class="muted">{{planIntro}}</p>
        {{#plan}}
        <section class="plan-group" id="{{id}}">
        <h3>{{title}}</h3>
        <ul class="plan-steps">
        {{#steps}}
        <li class="plan-step">
        <p><strong>{{question}}</strong> <span class="gain">{{gain}}</span></p>
        {{#hasAdvice}}<div class="advice">{{{adviceHTML}}}</div>{{/hasAdvice}}
        {{#hasResources}}<p class="muted">{{planResources}} {{#resources}}<span class="plan-resource">{{#hasURL}}<a href="{{url}}">{{title}}</a>{{/hasURL}}{{^hasURL}}{{title}}{{/hasURL}}</span>{{/resources}}</p>{{/hasResources}}
        </li>
        {{/steps}}
        </ul>
        </section>
        {{/plan}}
        </section>
        {{/hasPlan}}
        """#
}
