import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// `readiness templates export DIR`: writes the default HTML report templates to customise.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with the HTML report templates.",
        subcommands: [Export.self]
    )

    /// `readiness templates export DIR`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the default HTML report templates to a folder, to customise.",
            discussion: """
                Writes report.mustache (the page), style.mustache (the CSS; colours are variables at the top) \
                and brand.mustache (the banner: your incubator's name and logo). Edit them, then pass the folder \
                to 'readiness assess --templates DIR'. Files you delete fall back to the defaults. \
                The templates are Mustache: {{name}} is escaped text, {{{nameHTML}}} is HTML the tool prepared, \
                {{words.name}} is one of the page's own words (headings, labels) in the report's language. \
                A report must stay self-contained: put a logo inline as a data: URL; remote images, fonts and \
                scripts are blocked by the report's Content-Security-Policy.
                """
        )

        @Argument(help: "The folder to write the templates to (created when missing).", completion: .directory)
        var folder: String

        @Flag(help: "Replace template files that already exist.")
        var force = false

        func run() throws {
            let printer = DiagnosticPrinter()
            let paths = DefaultTemplates.all.map { template in
                (
                    template,
                    (folder as NSString).appendingPathComponent("\(template.name).\(DefaultTemplates.fileExtension)")
                )
            }
            let existing = paths.map(\.1).filter { FileManager.default.fileExists(atPath: $0) }
            if !force, !existing.isEmpty {
                for path in existing { printer.print(.exists, path: path) }
                throw ExitCode.failure
            }
            let strings = Strings.english
            for (template, path) in paths {
                do throws(AtomicWriter.Failure) {
                    try AtomicWriter.write(template.text, to: path)
                } catch {
                    printer.print(error)
                    throw ExitCode.failure
                }
                Terminal.print(strings.format(TerminalWord.wrote, path))
            }
        }
    }
}
