import Foundation
import ReadinessKit
import Testing

@testable import ReadinessReports

/// Hostile questionnaire text shows as text in every format, never as markup or a formula.
@Suite struct EscapingTests {
    @Test func htmlShowsScriptAsText() throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let html = try HTMLWriter.write(result, rubric: rubric, strings: .english)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>"))
        #expect(!html.lowercased().contains("javascript:alert(1)\""))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("O&#39;Brien &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("&amp; &quot;Quotes&quot;"))
    }

    @Test func htmlIsWellFormed() throws {
        for name in ["capped", "hostile"] {
            let (result, rubric) = try ReportFixtures.reportCase(name)
            let checker = HTMLChecker(try HTMLWriter.write(result, rubric: rubric, strings: .english))
            #expect(checker.problems == [], "\(name)")
            #expect(!checker.elements.contains("script"))
        }
    }

    @Test func markdownEscapesControlCharacters() throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        #expect(
            markdown.hasPrefix(
                #"# \<script\>alert(1)\</script\> \& "Quotes" \| \*stars\* \_under\_ \[x\](javascript:alert(1))"#))
        #expect(markdown.contains(#"| Tell us your story. | \<script\>alert(1)\</script\> |"#))
        #expect(
            markdown.contains(
                ##"\# not a heading \| not \| a \| table \| line two with \`code\` and \<img src=x onerror=alert(1)\>"##
            ))
        // The only `<` left unescaped opens an autolink to a web address (evidence).
        #expect(Self.unescaped("<", in: markdown) == markdown.components(separatedBy: "<https://").count - 1)
        #expect(!markdown.replacingOccurrences(of: "\\](", with: "").contains("](javascript"))
    }

    @Test func markdownDefusesRubricHTML() throws {
        let (result, rubric) = try ReportFixtures.reportCase("capped")
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        #expect(markdown.contains(#"A \<b>raw tag\</b> and a bad link stay text."#))
        #expect(markdown.contains("[safe link](https://example.org/guide)"))
        #expect(markdown.contains(#"The people. \<img src=x onerror=alert(1)>"#))
    }

    @Test func markdownTableRowsKeepTheirColumns() throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let markdown = MarkdownWriter.write(result, rubric: rubric, strings: .english)
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let pipes = Self.unescapedPipes(line)
            if let columns { #expect(pipes == columns, "\(line)") } else { columns = pipes }
        }
    }

    @Test func csvDefusesFormulasAndQuotes() throws {
        let (result, rubric) = try ReportFixtures.reportCase("hostile")
        let csv = CSVWriter.write(result, rubric: rubric, strings: .english)
        #expect(csv.contains(#""'=HYPERLINK(""https://evil.example"",""click"")""#))
        #expect(csv.contains(#""'+1 and -1 and @sum(A1) are not formulas; 'single' & ""double"" quotes""#))
        #expect(csv.contains("<script>alert(1)</script>"))
        for line in csv.components(separatedBy: "\r\n") { #expect(!line.hasPrefix("=")) }
    }

    // MARK: - Private

    private static func unescapedPipes(_ line: Substring) -> Int { unescaped("|", in: String(line)) }

    private static func unescaped(_ target: Character, in text: String) -> Int {
        var count = 0
        var escaped = false
        for character in text {
            if character == target, !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}

@Suite("HTMLEscape")
struct HTMLEscapeTests {
    @Test(
        "text with nothing to replace comes back as it is; the rest is replaced or dropped",
        arguments: [
            ("plain text ✓ é", "plain text ✓ é"), ("tab\tand\nnewline", "tab\tand\nnewline"),
            ("a<b & \"c\" 'd'>", "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;"),
            ("bell\u{7}gone", "bellgone"), ("del\u{7F}gone", "delgone"), ("c1\u{85}gone", "c1gone"),
            ("cent ¢ stays", "cent ¢ stays"), ("", ""),
        ])
    func escape(text: String, expected: String) {
        #expect(HTMLEscape.text(text) == expected)
    }

    /// The escaping rule written scalar by scalar, as it was before it went byte by byte.
    static func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test("byte by byte, on random mixes, it escapes and drops what the scalar rule does")
    func matchesReference() {
        let pieces = [
            "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{7}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
            "\u{A0}", "¢", "é", "e\u{301}", "✓", "a", "\u{2028}", "𝄞",
        ]
        for text in randomMixes(of: pieces, seed: 7) {
            let expected = Self.reference(text)
            #expect(HTMLEscape.text(text) == expected, "\(Array(text.unicodeScalars))")
            var bytes: [UInt8] = [0x3E]
            HTMLEscape.append(text, to: &bytes)
            #expect(bytes == [0x3E] + Array(expected.utf8))
        }
    }
}

@Suite("Blank cells")
struct BlankCellTests {
    @Test("isBlank agrees with trimming on every mix of spaces, line breaks and marks")
    func isBlankAgrees() {
        let pieces = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{A0}", "a", "\u{301}", "é", "-",
        ]
        for text in randomMixes(of: pieces, longest: 7, seed: 1) {
            #expect(text.isBlank == text.trimmedOfSpaces.isEmpty, "\(Array(text.unicodeScalars))")
        }
    }
}
