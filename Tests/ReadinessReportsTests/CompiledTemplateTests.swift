import Foundation
import Mustache
import Testing
@testable import ReadinessKit
@testable import ReadinessReports

/// `CompiledTemplate` renders the built-in templates in place of swift-mustache, so the two must
/// give the same bytes: on every fixture, on random answers with hostile text, and on small
/// templates that exercise each rule it implements.
@Suite("Compiled templates render what swift-mustache renders")
struct CompiledTemplateTests {
    @Test("the built-in templates compile; customised ones stay with swift-mustache")
    func standardCompiles() throws {
        #expect(ReportTemplates.standard.isCompiled)
        #expect(try !ReportTemplates(overrides: ["brand": "<p>Park</p>"]).isCompiled)
    }

    @Test("every fixture report is the same through both")
    func fixtures() throws {
        var cases = try ReportFixtures.folderCases("Examples/demo-cohort")
        cases += try ReportFixtures.folderCases("Examples/life-sciences")
        cases += try ["capped", "hostile"].map(ReportFixtures.reportCase)
        cases.append(try ReportFixtures.smallCase())
        for (result, rubric) in cases {
            let context = HTMLContext.make(ReportFacts(result, rubric: rubric))
            let compiled = ReportTemplates.standard.render(context)
            #expect(compiled == ReportTemplates.standard.renderWithMustache(context), "\(result.startup)")
            #expect(compiled.utf8.elementsEqual(ReportTemplates.standard.renderWithMustache(context).utf8))
        }
    }

    @Test("every format's bytes are its text, with built-in and customised templates")
    func bytesAreText() throws {
        let custom = try ReportTemplates(overrides: ["brand": "<p class=\"brand-name\">{{startup}} · Park</p>"])
        var cases = try ReportFixtures.folderCases("Examples/demo-cohort")
        cases += try ["capped", "hostile"].map(ReportFixtures.reportCase)
        for (result, rubric) in cases {
            var facts: ReportFacts?
            for templates in [ReportTemplates.standard, custom] {
                for format in ReportFormat.allCases {
                    let bytes = format.renderBytes(result, rubric: rubric, templates: templates, facts: &facts)
                    #expect(bytes == Array(format.render(result, rubric: rubric, templates: templates).utf8),
                            "\(result.startup), \(format)")
                }
            }
            #expect(facts != nil)
        }
    }

    @Test("random answers with hostile text are the same through both", arguments: 0..<40)
    func randomAnswers(seed: UInt64) throws {
        let rubric = try ReportFixtures.rubric(at: "Rubrics/investor-readiness.yaml")
        var random = SplitMix(state: seed)
        let texts = ["<b>bold</b> & \"quoted\" 'single'", "e\u{301}\"\u{301}'<\u{301}", "plain", "", "a\r\nb", "&amp; <!-- -->"]
        var answers: [Answer] = []
        for criterion in rubric.allCriteria where random.next() % 5 != 0 {
            let value: AnswerValue
            switch criterion.answer {
            case .yesNo: value = .yesNo(random.next() % 2 == 0)
            case .choice(let options): value = .choice(options[Int(random.next() % UInt64(options.count))].id)
            case .multiChoice(let options): value = .multiChoice(options.filter { _ in random.next() % 2 == 0 }.map(\.id))
            case .scale(let scale): value = .scale(scale.min + Int(random.next() % UInt64(scale.max - scale.min + 1)))
            case .number(let bands): value = .number(bands[0].from + Double(random.next() % 200) / 4)
            case .text: value = .text(texts[Int(random.next() % UInt64(texts.count))])
            }
            let note = random.next() % 3 == 0 ? texts[Int(random.next() % UInt64(texts.count))] : nil
            let evidence = random.next() % 3 == 0 ? "https://example.org/?a=1&b=\"2\"" : nil
            answers.append(Answer(criterion: criterion.key, value: value, evidence: evidence, note: note))
        }
        let questionnaire = Questionnaire(startup: texts[Int(seed) % texts.count] + " B.V.", assessor: "O'Neil <QA>",
                                          date: "2026-11-30", answers: answers)
        let result = ScoringEngine.assess(questionnaire, with: rubric)
        let context = HTMLContext.make(ReportFacts(result, rubric: rubric))
        #expect(ReportTemplates.standard.render(context).utf8.elementsEqual(ReportTemplates.standard.renderWithMustache(context).utf8))
    }

    static let context = TemplateValue.object([
        "name": .text("<Ann & \"Bo\">"), "raw": .html("<em>x</em>"), "yes": .bool(true), "no": .bool(false),
        "empty": .list([]), "items": .list([.object(["n": .text("1")]), .object(["n": .text("2"), "name": .text("inner")])]),
        "inner": .object(["n": .text("3")]), "blank": .text(""), "bytes": .htmlBytes(Array("<b>é & ü</b>".utf8)),
    ])

    @Test("each rule matches swift-mustache on a small template", arguments: [
        "Hi {{name}}, {{{raw}}} {{&raw}} {{ name }}.",
        "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}{{^yes}}X{{/yes}}",
        "<ul>\n{{#items}}\n  <li>{{n}} {{name}}</li>\n{{/items}}\n</ul>\n",
        "{{#empty}}never{{/empty}}{{^empty}}none{{/empty}}{{#missing}}m{{/missing}}{{^missing}}absent{{/missing}}",
        "{{#inner}}{{n}} {{name}}{{/inner}} {{#blank}}[{{blank}}]{{/blank}}",
        "a\n  {{! a comment\n  on two lines }}  \nb\n{{#yes}}  \nc\n  {{/yes}}\nd {{#yes}}e{{/yes}}\n",
        "{{yes}} {{no}} {{missing}}",
        "line\r\n{{#yes}}\r\nx\r\n{{/yes}}\r\nend",
        "{{>part}}\n{{>part}} tail\n{{>missing}}\n",
        "{{#items}}{{#yes}}{{n}}{{/yes}}{{/items}}",
        "{{{bytes}}} {{bytes}} {{#bytes}}[{{n}}]{{/bytes}}",
    ])
    func smallTemplates(template: String) throws {
        let part = "<i>{{name}}</i>\n"
        let compiled = try #require(CompiledTemplate(template))
        let partials = ["part": try #require(CompiledTemplate(part))]
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: template), named: "page")
        library.register(try MustacheTemplate(string: part), named: "part")
        let expected = library.render(Self.context.mustacheValue, withTemplate: "page") ?? ""
        #expect(compiled.render(Self.context, partials: partials) == expected)
    }

    @Test("what only swift-mustache renders is left to it", arguments: [
        "{{a.b}}", "{{=<% %>=}}", "{{$block}}x{{/block}}", "{{<parent}}{{/parent}}", "{{% CONTENT_TYPE: TEXT}}",
        "  {{>part}}\n", "{{#a}}x", "{{#a}}x{{/b}}", "{{uppercased(name)}}", "{{name", "{{.}}",
    ])
    func unsupported(template: String) {
        #expect(CompiledTemplate(template) == nil)
    }
}
