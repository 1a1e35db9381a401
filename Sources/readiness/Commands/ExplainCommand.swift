import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// `readiness explain RUBRIC`: the rubric as a handbook a coach can read or print.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Write a rubric as a printable handbook.",
        discussion: """
            Explains a rubric for the people who use it: how the score is computed (weights, \
            verdict thresholds, knock-outs, levels), then every dimension and question with its help, \
            the answers and their scores, the rules that apply, advice and the resources that help; \
            a table of levels and an appendix of resources.
            Prints Markdown on standard output. With --out DIR, writes <rubric id>.md (or .html with \
            --format html) into DIR atomically and prints where. The HTML is one self-contained page \
            that loads nothing and prints on A4, one dimension per page.
            """
    )

    @Argument(help: "A built-in rubric id or a rubric file.", completion: .file(extensions: ["yaml", "yml"]))
    var rubric: String

    @Option(
        help: "A resource catalogue file that replaces the rubric's catalogue.",
        completion: .file(extensions: ["yaml", "yml"]))
    var resources: String?

    @Option(help: ArgumentHelp("The handbook's format: md or html.", valueName: "format"))
    var format: HandbookFormat = .markdown

    @Option(
        help: ArgumentHelp(
            "The folder to write <rubric id>.md or .html to (default: standard output).", valueName: "dir"),
        completion: .directory)
    var out: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let resolver = RubricResolver(resourcesPath: resources)
        guard let source = resolver.source(for: rubric) else {
            DiagnosticPrinter().error(resolver.unknown(rubric))
            throw ExitCode.failure
        }
        guard let found = resolver.rubric(at: source) else { throw ExitCode.failure }
        let (loaded, strings) = RubricLanguages(preferred: languageOption.language).overview(found)
        let text = format.render(loaded, strings: strings)
        guard let out else {
            Terminal.writeOutput(text)
            return
        }
        let path = (out as NSString).appendingPathComponent("\(loaded.id).\(format.fileExtension)")
        do {
            try AtomicWriter.write(text, to: path)
        } catch {
            DiagnosticPrinter().print(error)
            throw ExitCode.failure
        }
        Terminal.print(strings.format(TerminalWord.handbook, path))
    }
}

extension HandbookFormat: ExpressibleByArgument {
    /// Reads `md` (or `markdown`) and `html` (or `htm`), ignoring case.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }
}
