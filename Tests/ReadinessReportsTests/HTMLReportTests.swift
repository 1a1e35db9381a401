import Foundation
import ReadinessKit
import ReadinessReports
import Testing

/// The HTML report is self-contained, safe to mail, and draws its charts as specified.
@Suite struct HTMLReportTests {
    @Test func hasAContentSecurityPolicyAndNoScript() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        #expect(
            html.contains(
                #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#
            ))
        let checker = HTMLChecker(html)
        #expect(!checker.elements.contains("script"))
        #expect(!checker.attributes.contains { $0.name.lowercased().hasPrefix("on") })
    }

    @Test func referencesNothingOutsideItself() throws {
        for name in ["capped", "hostile"] {
            let (result, rubric) = try ReportFixtures.reportCase(name)
            let checker = HTMLChecker(try HTMLWriter.write(result, rubric: rubric, strings: .english))
            for attribute in checker.attributes
            where ["src", "srcset", "poster", "action", "formaction", "xlink:href"].contains(attribute.name) {
                Issue.record("\(name): <\(attribute.element) \(attribute.name)=\"\(attribute.value)\"> loads something")
            }
            for attribute in checker.attributes where attribute.name == "href" {
                let value = attribute.value.lowercased()
                #expect(
                    value.hasPrefix("#") || value.hasPrefix("https://") || value.hasPrefix("http://")
                        || value.hasPrefix("mailto:"),
                    "\(name): href \(attribute.value)")
            }
            #expect(!checker.elements.contains("link") && !checker.elements.contains("img"))
        }
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let style = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        #expect(!style.contains("url(") && !style.contains("@import"))
    }

    @Test func gaugeDashIsScoreTimesCircumference() throws {
        let svg = HTMLContext.make(
            ReportFacts(
                try ReportFixtures.reportCase("capped").result,
                rubric: try ReportFixtures.reportRubric(), strings: .english))["gaugeHTML"]
        guard case .html(let text)? = svg else {
            Issue.record("no gauge")
            return
        }
        // 75 % of 2π × 52 = 245.04; the full circle is 326.73.
        #expect(text.contains(#"stroke-dasharray="245.04 326.73""#))
        #expect(text.contains("<title id=\"gauge-title\">Overall score 75.0 out of 100: Almost ready</title>"))
    }

    @Test func radarForThreeScoredDimensionsBarsOtherwise() throws {
        let capped = try ReportFixtures.reportCase("capped")
        let html = try HTMLWriter.write(capped.result, rubric: capped.rubric, strings: .english)
        #expect(html.contains("<svg class=\"radar\""))
        #expect(
            html.contains(
                "<title id=\"radar-title\">Dimension scores out of 100: Team &amp; founders 50.0, Technology 100.0, Market 100.0</title>"
            ))
        let small = try ReportFixtures.smallCase()
        let bars = try HTMLWriter.write(small.result, rubric: small.rubric, strings: .english)
        #expect(!bars.contains("<svg class=\"radar\""))
        #expect(bars.contains("class=\"bar-fill"))
    }

    @Test func cappedVerdictIsSaidInWords() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        #expect(
            html.contains(
                "Verdict capped.</strong> The verdict is capped at Almost ready because a gate failed: "
                    + "“How many founders work full-time?” (team.founders) scores 0.0 out of 100, below its gate of 50.0. "
                    + "The score alone would reach Investor-ready."))
    }
}
