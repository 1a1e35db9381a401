import ReadinessKit
import ReadinessReports
import Testing

/// The criterion CSV: RFC 4180 with a header, one row per criterion.
@Suite struct CSVWriterTests {
    @Test func oneRowPerCriterionWithCRLF() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let csv = CSVWriter.write(result, rubric: rubric, strings: .english)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "dimension,criterion,question,answer,score,status,gain,evidence,note")
        #expect(lines.count == rubric.allCriteria.count + 2)
        #expect(lines.last == "")
        #expect(
            lines.contains(
                "team,team.founders,How many founders work full-time?,0 founders (None),0,unmet,25,,Both founders still work at the university."
            ))
        #expect(lines.contains("tech,tech.lab,Which lab do you use?,,,not-applicable,,,"))
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=1+1", "'=1+1"), ("-2", "'-2"), ("@x", "'@x"), ("+1", "'+1"),
    ])
    func fields(text: String, written: String) {
        #expect(CSVText.field(CSVText.defused(text)) == written)
    }
}
