import ArgumentParser
import ReadinessKit

/// Writes the reports of a finished `ask` the way `assess` does: `ReportOptions` choose the
/// folder, formats and templates, and `ReportOutput` writes `<slug>.<ext>` atomically.
enum AskReports {
    /// Writes every asked format and says where each went.
    static func write(
        _ result: AssessmentResult, rubric: Rubric, options: ReportOptions, strings: Strings,
        output: (String) -> Void
    ) throws {
        let renderer = try ReportRenderer.load(templatesFolder: options.templates, strings: strings)
        let writer = ReportOutput(folder: options.folder, formats: options.formats, renderer: renderer)
        let written: [ReportOutput.Written]
        do {
            written = try writer.write([(result: result, rubric: rubric)])
        } catch {
            DiagnosticPrinter().print(error)
            throw ExitCode.failure
        }
        let paths = written.flatMap(\.paths)
        if !paths.isEmpty { output("\n" + strings.format(TerminalWord.reports, paths.joined(separator: ", ")) + "\n") }
    }
}
