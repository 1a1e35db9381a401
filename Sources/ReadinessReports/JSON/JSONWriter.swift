import ReadinessKit

/// Writes a startup's `<slug>.json`: the report value with the result JSON inside it
/// (`ReportJSON`), so a tool can rebuild the Markdown, HTML or CSV report from this file alone.
/// `readiness assess --json` prints the result JSON alone (`ResultJSON`).
public enum JSONWriter {
    /// The report JSON text, ending with a newline.
    public static func write(_ facts: ReportFacts, result: AssessmentResult) -> String {
        ReportJSON.value(facts, result: result).rendered() + "\n"
    }
}
