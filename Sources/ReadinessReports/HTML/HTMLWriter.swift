import ReadinessKit

/// Writes the feedback report as one self-contained HTML file: inline CSS and SVG, no script,
/// no external requests, a Content-Security-Policy that forbids both.
///
/// A pure function of the result, its rubric and the templates: no clock, no locale, no I/O.
public enum HTMLWriter {
    /// The report for a scored questionnaire, with the default or customised templates.
    public static func write(_ result: AssessmentResult, rubric: Rubric, templates: ReportTemplates = .standard) -> String {
        write(ReportFacts(result, rubric: rubric), templates: templates)
    }

    /// The report for facts already derived.
    public static func write(_ facts: ReportFacts, templates: ReportTemplates = .standard) -> String {
        templates.render(HTMLContext.make(facts))
    }

    /// The report for facts already derived, as UTF-8 bytes (the same text as `write`).
    public static func bytes(_ facts: ReportFacts, templates: ReportTemplates = .standard) -> [UInt8] {
        templates.renderBytes(HTMLContext.make(facts))
    }
}
