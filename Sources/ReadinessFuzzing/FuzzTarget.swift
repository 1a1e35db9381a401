import ReadinessKit

/// One fuzz target: what the libFuzzer executables in `Fuzz/` and the corpus tests feed bytes to.
///
/// Each target takes any bytes, runs them through the same code the command line runs, and
/// returns the invariants the output broke (empty when all held). A trap inside is a crash
/// libFuzzer records; a broken invariant is turned into one by the fuzz executable.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The YAML reader, then the rubric decoder and the questionnaire decoder (against a fixed
    /// built-in rubric), scoring what decodes.
    case yaml
    /// The CSV reader and the CSV questionnaire decoder, scoring every row that decodes.
    case csv
    /// The rubric decoder with `extends`: bases in memory (`base.yaml`, and `self.yaml`, the
    /// input itself), built-in ones too.
    case extends
    /// The Markdown report (of the input as a questionnaire, and of the input as a rubric) and
    /// the Markdown handbook.
    case markdown
    /// The HTML report and the HTML handbook, checked by `HTMLInvariant`.
    case html

    /// Runs the target on one input; returns the broken invariants.
    public func run(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .yaml: KitFuzzing.yaml(bytes)
        case .csv: KitFuzzing.csv(bytes)
        case .extends: KitFuzzing.extends(bytes)
        case .markdown: ReportFuzzing.markdown(bytes)
        case .html: ReportFuzzing.html(bytes)
        }
    }

    /// Runs the target on libFuzzer's input and traps when an invariant broke, naming it: the
    /// body of each `LLVMFuzzerTestOneInput`.
    public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let broken = run(bytes)
        if !broken.isEmpty { fatalError("fuzz target \(rawValue): " + broken.joined(separator: "; ")) }
    }
}
