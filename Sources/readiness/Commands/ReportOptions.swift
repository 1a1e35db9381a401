import ArgumentParser
import ReadinessReports

/// The options that choose where reports go, in which formats, with which HTML templates.
///
/// Shared by `assess` and `batch` through `@OptionGroup`.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The folder to write reports to (default: ./Reports).", valueName: "dir"),
        completion: .directory)
    var out: String?

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("Report formats, comma-separated (default: md,html).", valueName: "formats"))
    var formatLists: [ReportFormatList] = []

    @Option(
        help: ArgumentHelp(
            "A folder of customised HTML templates (write the defaults with 'readiness templates export DIR').",
            valueName: "dir"),
        completion: .directory)
    var templates: String?

    /// The default output folder.
    static let defaultFolder = "Reports"

    /// The folder reports go to.
    var folder: String { out ?? Self.defaultFolder }

    /// The formats asked for, without repeats, in the order given; Markdown and HTML by default.
    var formats: [ReportFormat] {
        var seen = Set<ReportFormat>()
        let given = formatLists.flatMap(\.formats).filter { seen.insert($0).inserted }
        return given.isEmpty ? ReportFormat.defaults : given
    }

    /// Whether --out or --format was given: `--json` writes files only then.
    var isExplicit: Bool { out != nil || !formatLists.isEmpty }
}

/// A comma-separated list of report formats, as `--format md,html` takes it.
struct ReportFormatList: ExpressibleByArgument {
    /// The formats, in the order given.
    var formats: [ReportFormat]

    init?(argument: String) {
        var formats: [ReportFormat] = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = ReportFormat(name: name.trimmingCharacters(in: .whitespaces)) else { return nil }
            formats.append(format)
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}
