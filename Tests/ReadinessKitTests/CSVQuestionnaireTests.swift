import Testing

@testable import ReadinessKit

@Suite("Questionnaires from a form's CSV export")
struct CSVQuestionnaireTests {
    let rubric = Fixtures.smallRubric

    func decode(_ text: String) throws -> (rows: [CSVQuestionnaireDecoder.Row], header: [Diagnostic]) {
        let table = try #require(CSVTable.parse(text).table)
        let rubric = self.rubric
        let decoded = CSVQuestionnaireDecoder.decode(table) { _ in .success(rubric) }
        return (decoded.rows, decoded.headerDiagnostics)
    }

    @Test("quoting, embedded newlines and commas, a BOM and CRLF all read as RFC 4180 says")
    func rfc4180() throws {
        let text =
            "\u{FEFF}startup,team.founders,tech.wetlab,team.advisors.note\r\n"
            + "\"Acme, \"\"Bio\"\"\",2,own;shared,\"line one\r\nline two\"\r\n"
            + "Beta,,,\r\n"
        let (rows, header) = try decode(text)
        #expect(header.isEmpty)
        #expect(rows.count == 2)
        let acme = try #require(rows[0].questionnaire)
        #expect(acme.startup == "Acme, \"Bio\"")
        #expect(acme.answer("team.founders")?.value == .number(2))
        #expect(acme.answer("tech.wetlab")?.value == .multiChoice(["own", "shared"]))
        #expect(rows[1].questionnaire?.answers.isEmpty == true)
        #expect(rows[1].row == 3)  // rows count records (the header is 1), not lines: a quoted newline stays in row 2
    }

    @Test("an empty cell is unanswered; evidence and note columns attach to their answer")
    func evidenceAndNotes() throws {
        let text =
            "startup,team.advisors,team.advisors.evidence,team.advisors.note,tech.ip\nAcme,yes,https://x.org/board,Two advisors,\n"
        let answer = try #require(try decode(text).rows[0].questionnaire?.answer("team.advisors"))
        #expect(answer.evidence == "https://x.org/board")
        #expect(answer.note == "Two advisors")
        #expect(try decode(text).rows[0].questionnaire?.answer("tech.ip") == nil)
    }

    @Test("problems are located as row:column, a bad row does not spoil the others")
    func locations() throws {
        let text = "startup,team.founders,tech.ip\nGood,2,granted\nBad,two,filled\n"
        let (rows, _) = try decode(text)
        #expect(rows[0].questionnaire != nil)
        #expect(rows[1].questionnaire == nil)
        #expect(
            rows[1].diagnostics.map(\.location) == [
                SourceLocation(line: 3, column: 2), SourceLocation(line: 3, column: 3),
            ])
        #expect(rows[1].diagnostics[1].message.contains("did you mean 'filed'?"))
    }

    @Test("header problems: unknown and duplicate columns, no startup column")
    func header() throws {
        let (_, unknown) = try decode("startup,team.founder,tech.ip,tech.ip\nA,1,granted,granted\n")
        #expect(unknown.map(\.location) == [SourceLocation(line: 1, column: 2), SourceLocation(line: 1, column: 4)])
        #expect(unknown[0].message.contains("did you mean 'team.founders'?"))
        let (_, noStartup) = try decode("name,tech.ip\nA,granted\n")
        #expect(noStartup.first?.message == "the header has no 'startup' column")
    }

    @Test("an unclosed quote is an error at the row where it opens")
    func unclosedQuote() {
        let parsed = CSVTable.parse("startup,tech.ip\nA,granted\n\"B,filed\nC,none\n")
        #expect(parsed.table == nil)
        #expect(parsed.diagnostics.first?.location == SourceLocation(line: 3, column: 1))
    }

    @Test("the header a form should export lists every criterion in rubric order")
    func formHeader() {
        #expect(
            CSVQuestionnaireDecoder.header(for: rubric) == [
                "startup", "assessor", "date", "profile.sector", "team.founders",
                "team.advisors", "team.story", "tech.ip", "tech.trl", "tech.wetlab",
            ])
    }
}

@Suite("CSV bytes")
struct CSVBytesTests {
    @Test("bytes that are not UTF-8 are refused at the first bad one")
    func notUTF8() {
        let parsed = CSVTable.parse(bytes: Array("startup,tech.ip\nA,".utf8) + [0xFF, 0x0A])
        #expect(parsed.table == nil)
        #expect(
            parsed.diagnostics == [
                .error("file is not UTF-8 text (invalid byte)", at: SourceLocation(line: 2, column: 3))
            ])
    }
}
