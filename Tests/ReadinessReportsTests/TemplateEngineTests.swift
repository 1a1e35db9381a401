import Testing

@testable import ReadinessReports

/// The one template engine: each Mustache rule it implements on a small template, the errors it
/// gives with their line and column, and the limits that keep a hostile template bounded.
@Suite("Template engine")
struct TemplateEngineTests {
    static let context = TemplateValue.object([
        "name": .text("<Ann & \"Bo\">"), "raw": .html("<em>x</em>"), "yes": .bool(true), "no": .bool(false),
        "empty": .list([]),
        "items": .list([.object(["n": .text("1")]), .object(["n": .text("2"), "name": .text("inner")])]),
        "inner": .object(["n": .text("3")]), "blank": .text(""), "bytes": .htmlBytes(Array("<b>é & ü</b>".utf8)),
    ])
    static let ann = "&lt;Ann &amp; &quot;Bo&quot;&gt;"

    static func render(_ text: String, partials: [String: String] = [:], steps: Int = Template.maximumSteps)
        throws -> String
    {
        let page = try Template(text, name: "page")
        var parsed: [String: Template] = [:]
        for (name, text) in partials { parsed[name] = try Template(text, name: name) }
        return String(
            decoding: try page.render(context, partials: parsed, name: "page", maximumSteps: steps), as: UTF8.self)
    }

    @Test(
        "each rule on a small template",
        arguments: [
            ("Hi {{name}}, {{{raw}}} {{&raw}} {{ name }}.", "Hi \(ann), <em>x</em> <em>x</em> \(ann)."),
            ("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}{{^yes}}X{{/yes}}", "Ynot"),
            (
                "<ul>\n{{#items}}\n  <li>{{n}} {{name}}</li>\n{{/items}}\n</ul>\n",
                "<ul>\n  <li>1 \(ann)</li>\n  <li>2 inner</li>\n</ul>\n"
            ),
            (
                "{{#empty}}never{{/empty}}{{^empty}}none{{/empty}}{{#missing}}m{{/missing}}{{^missing}}absent{{/missing}}",
                "noneabsent"
            ),
            ("{{#inner}}{{n}} {{name}}{{/inner}} {{#blank}}[{{blank}}]{{/blank}}", "3 \(ann) []"),
            (
                "a\n  {{! a comment\n  on two lines }}  \nb\n{{#yes}}  \nc\n  {{/yes}}\nd {{#yes}}e{{/yes}}\n",
                "a\nb\nc\nd e\n"
            ),
            ("{{yes}} {{no}} {{missing}}", "true false "),
            ("line\r\n{{#yes}}\r\nx\r\n{{/yes}}\r\nend", "line\r\nx\r\nend"),
            ("{{>part}}\n{{>part}} tail\n", "<i>\(ann)</i>\n<i>\(ann)</i>\n tail\n"),
            ("{{#items}}{{#yes}}{{n}}{{/yes}}{{/items}}", "12"),
            ("{{{bytes}}} {{bytes}} {{#bytes}}[{{n}}]{{/bytes}}", "<b>é & ü</b> &lt;b&gt;é &amp; ü&lt;/b&gt; []"),
            ("{{inner.n}} {{#items}}{{inner.n}}{{/items}} [{{items.n}}] [{{inner.missing}}]", "3 33 [] []"),
        ])
    func rules(template: String, expected: String) throws {
        #expect(try Self.render(template, partials: ["part": "<i>{{name}}</i>\n"]) == expected)
    }

    @Test(
        "a template that cannot be used is refused where the problem is",
        arguments: [
            (
                "<p>\n{{#startup}}x{{/verdict}}", 2, 14,
                TemplateError.Reason.mismatchedClose(expected: "startup", found: "verdict")
            ),
            ("ab {{name", 1, 4, .unclosedTag),
            ("x\n  {{#a}}\nx", 2, 3, .unclosedSection("a")),
            ("x{{/a}}", 1, 2, .unexpectedClose("a")),
            ("é {{=<% %>=}}", 1, 3, .unsupportedTag("{{=<% %>=}}")),
            ("{{<parent}}{{/parent}}", 1, 1, .unsupportedTag("{{<parent}}")),
            ("{{a b}}", 1, 1, .invalidName("a b")),
            ("{{a..b}}", 1, 1, .invalidName("a..b")),
            ("{{uppercased(name)}}", 1, 1, .invalidName("uppercased(name)")),
        ])
    func parseErrors(text: String, line: Int, column: Int, reason: TemplateError.Reason) {
        #expect(throws: TemplateError(name: "page", line: line, column: column, reason: reason)) {
            try Template(text, name: "page")
        }
    }

    @Test("sections nested too deep are refused at the one that goes too far")
    func tooDeep() {
        let text = String(repeating: "{{#a}}", count: Template.maximumDepth + 1)
        let column = Template.maximumDepth * 6 + 1
        #expect(throws: TemplateError(name: "page", line: 1, column: column, reason: .tooDeep)) {
            try Template(text, name: "page")
        }
    }

    @Test("partials that include each other, or themselves, or nothing, are refused with the tag's place")
    func partialProblems() {
        #expect(
            throws: TemplateError(name: "loop", line: 2, column: 2, reason: .partialCycle(["brand", "loop", "brand"]))
        ) {
            try ReportTemplates(overrides: ["brand": "{{>loop}}", "loop": "x\n {{>brand}}"])
        }
        #expect(throws: TemplateError(name: "report", line: 1, column: 3, reason: .partialCycle(["report", "report"])))
        {
            try ReportTemplates(overrides: ["report": "a {{>report}}"])
        }
        #expect(throws: TemplateError(name: "brand", line: 1, column: 1, reason: .unknownPartial("nope"))) {
            try ReportTemplates(overrides: ["brand": "{{>nope}}"])
        }
    }

    @Test("sections repeated inside each other stop at the budget instead of running for ever")
    func budget() throws {
        let nine = TemplateValue.list((0..<9).map { _ in .object([:]) })
        let text = String(repeating: "{{#d}}", count: 12) + "x" + String(repeating: "{{/d}}", count: 12)
        let page = try Template(text, name: "page")
        #expect(throws: TemplateError(name: "page", line: 1, column: 67, reason: .tooLarge)) {
            try page.render(.object(["d": nine]), partials: [:], name: "page", maximumSteps: 100_000)
        }
    }

    @Test("the defaults parse, and are exported in order")
    func defaults() {
        #expect(
            DefaultTemplates.all.map(\.name) == [
                "report", "meta", "style", "brand", "compare", "provisional", "levels", "plan",
            ])
        #expect(ReportTemplates.standard.texts.count == 8)
    }
}
