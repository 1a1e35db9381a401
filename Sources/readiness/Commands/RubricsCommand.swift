import ArgumentParser
import ReadinessKit

/// `readiness rubrics`: lists the built-in rubrics.
struct RubricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubrics",
        abstract: "List the built-in rubrics: id, version, title and number of scored criteria."
    )

    func run() throws {
        let strings = Strings.english
        let resolver = RubricResolver(resourcesPath: nil)
        let columns: [TerminalWord] = [.columnID, .columnVersion, .columnCriteria, .columnTitle]
        var rows: [[String]] = [columns.map { strings[$0] }]
        for id in BuiltInRubrics.ids {
            guard let rubric = resolver.rubric(at: .builtIn(id)) else { continue }
            rows.append([rubric.id, rubric.version, strings.numbers.integer(rubric.scoredCriteriaCount), rubric.title])
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            Terminal.print((cells + [row[3]]).joined(separator: "  "))
        }
        if resolver.failed { throw ExitCode.failure }
    }
}
