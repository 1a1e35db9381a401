import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// The default templates get every variable they use, and customised templates work.
@Suite struct TemplateTests {
    @Test func contextProvidesEveryVariableTheTemplatesUse() throws {
        var entered: Set<String> = []
        var lists: Set<String> = []
        let cases = [
            try ReportFixtures.reportCase("capped"), try ReportFixtures.reportCase("hostile"),
            try ReportFixtures.smallCase(),
        ]
        let texts = Dictionary(uniqueKeysWithValues: DefaultTemplates.all.map { ($0.name, $0.text) })
        for (result, rubric) in cases {
            let checker = TemplateChecker(
                templates: texts, main: DefaultTemplates.main,
                context: HTMLContext.make(ReportFacts(result, rubric: rubric, strings: .english)))
            #expect(checker.problems == [])
            entered.formUnion(checker.enteredLists)
            lists.formUnion(checker.lists)
        }
        #expect(lists.subtracting(entered) == [], "list sections no fixture fills, so their items were never checked")
    }

    @Test func customTemplateReplacesTheDefault() throws {
        let templates = try ReportTemplates(overrides: [
            "brand": "<p class=\"brand-name\">{{startup}} · Life Science Park</p>"
        ])
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english, templates: templates)
        #expect(html.contains("<p class=\"brand-name\">&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("· Life Science Park</p>"))
        #expect(html.contains(":root {"))
    }

}
