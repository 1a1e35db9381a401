import Foundation
import Testing

/// Keeps every word for people in the strings table: no Swift file of the writers (reports,
/// cohort overview, progress report, handbook) or of the CLI's output code holds an English
/// phrase of its own. Words belong in a `*Word.swift` group of `Sources/ReadinessKit/Text`.
@Suite struct ProseLiteralTests {
    /// The folders whose Swift files may not hold prose, from the package root.
    static let folders = [
        "Sources/ReadinessReports", "Sources/ReadinessKit/Report", "Sources/ReadinessKit/Cohort",
        "Sources/ReadinessKit/Compare", "Sources/readiness/Terminal", "Sources/readiness/Output",
        "Sources/readiness/Ask", "Sources/readiness/Commands",
    ]

    /// Files that are not words for people, by path from the package root, with the reason.
    static let allowedFiles: [String: String] = [
        "Sources/ReadinessReports/HTML/TemplateError.swift":
            "diagnostics for whoever edits a template (name:line:column: reason), like compiler errors",
        "Sources/ReadinessReports/Handbook/HandbookStyle.swift": "the handbook's CSS",
        "Sources/readiness/Terminal/Problem.swift": "the CLI's diagnostics (path: error: problem), not report words",
    ]

    /// Literals that may stay, by file and the literal's start, with the reason.
    static let allowedLiterals: [(file: String, start: String, reason: String)] = [
        (
            "Sources/ReadinessKit/Compare/Comparison.swift", "the assessments use different rubrics",
            "the error a comparison of two rubrics throws: a diagnostic the CLI prints"
        ),
        ("Sources/ReadinessReports/Cohort/CohortHTMLWriter.swift", "\n        main {", "the overview page's CSS"),
        ("Sources/ReadinessReports/Panel/PanelSpreadChart.swift", "\n        .panel-spread", "the spread chart's CSS"),
        ("Sources/ReadinessReports/HTML/HTMLPage.swift", "default-src 'none'", "the Content-Security-Policy"),
        ("Sources/readiness/Commands/ReportOptions.swift", "Reports", "the default output folder's name"),
        (
            "Sources/ReadinessReports/HTML/ReportTemplates.swift", "the built-in report templates do not parse",
            "a precondition message for developers: the built-in templates always parse"
        ),
    ]

    /// Arguments whose literals are command-line help: swift-argument-parser needs them as static
    /// text (`abstract:`, `discussion:`, `help:`, `ArgumentHelp(`, option group `title:`), before any
    /// table is chosen.
    static func isHelp(_ before: String) -> Bool {
        before.contains(#/((abstract|discussion|help|title):\s*|ArgumentHelp\(\s*)$/#)
    }

    @Test func noProseOutsideTheStringsTable() throws {
        var found: [String] = []
        for file in try Self.swiftFiles() where Self.allowedFiles[file] == nil {
            let source = try String(
                contentsOf: ReportFixtures.packageRoot.appendingPathComponent(file), encoding: .utf8)
            for literal in SwiftLiterals(source).literals where Self.isProse(literal.text) {
                if Self.isHelp(literal.before) { continue }
                let allowed = Self.allowedLiterals.contains { $0.file == file && literal.text.hasPrefix($0.start) }
                if !allowed { found.append("\(file):\(literal.line): \"\(literal.text.prefix(80))\"") }
            }
        }
        #expect(found.isEmpty, "prose outside the strings table:\n\(found.joined(separator: "\n"))")
    }

    @Test func everyAllowanceIsStillNeeded() throws {
        let files = try Self.swiftFiles()
        for (file, _) in Self.allowedFiles { #expect(files.contains(file), "\(file) is gone: drop it from the list") }
        for allowed in Self.allowedLiterals {
            let source = try String(
                contentsOf: ReportFixtures.packageRoot.appendingPathComponent(allowed.file), encoding: .utf8)
            let used = SwiftLiterals(source).literals.contains {
                $0.text.hasPrefix(allowed.start) && Self.isProse($0.text)
            }
            #expect(
                used, "\(allowed.file): no literal starts with \"\(allowed.start)\" any more: drop it from the list")
        }
    }

    @Test func theScannerFindsLiterals() {
        let source = #"""
            // "a comment"
            let a = "one \(b ? "two" : "three") four" /* "block" */
            let c = #"raw "quoted" text"#
            let d = """
                multi
                line
                """
            """#
        let texts = SwiftLiterals(source).literals.map(\.text)
        #expect(texts == ["two", "three", "one   four", "raw \"quoted\" text", "\n    multi\n    line\n    "])
    }

    @Test func theScannerSeesProse() {
        #expect(Self.isProse("Next steps"))
        #expect(Self.isProse("Score"))
        #expect(Self.isProse("<p class=\"muted\">no criterion met</p>"))
        #expect(!Self.isProse("<th scope=\"col\" class=\"num\">{{words.score}}</th>"))
        #expect(!Self.isProse("\" class=\"evidence\">"))
        #expect(!Self.isProse("dim-"))
        #expect(!Self.isProse(" · "))
    }

    // MARK: - Support

    /// Whether a literal's text reads as words for people once markup is taken out: two words
    /// of letters in a row, or a capitalised word.
    static func isProse(_ text: String) -> Bool {
        var rest = text
        rest.replace(#/\{\{\{?[^}]*\}?\}\}/#, with: " ")  // template tags
        rest.replace(#/<[^<>]*>/#, with: " ")  // whole HTML tags
        rest.replace(#/^[^<]*>/#, with: " ")  // the end of a tag begun in another literal
        rest.replace(#/<[^>]*$/#, with: " ")  // a tag ended in another literal
        rest.replace(#/&[#A-Za-z0-9]+;/#, with: " ")  // character references
        return rest.contains(#/[A-Za-z]{2,} +[A-Za-z]{2,}/#) || rest.contains(#/(^|[^A-Za-z])[A-Z][a-z]+([^A-Za-z]|$)/#)
    }

    /// Every Swift file of the folders, by path from the package root, sorted.
    static func swiftFiles() throws -> [String] {
        let root = ReportFixtures.packageRoot
        var files: [String] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") && !path.hasSuffix("Word.swift") {
                files.append(folder + "/" + path)
            }
        }
        return files.sorted()
    }
}
