import ReadinessKit

/// Writes the feedback report as one self-contained HTML file: inline CSS and SVG, no script,
/// no external requests, a Content-Security-Policy that forbids both.
///
/// A pure function of the result, its rubric and the templates: no clock, no locale, no I/O.
public enum HTMLWriter {
    /// The report for a scored questionnaire in the words of `strings`, with the default or
    /// customised templates.
    public static func write(
        _ result: AssessmentResult, rubric: Rubric, strings: Strings,
        templates: ReportTemplates = .standard
    ) throws(TemplateError) -> String {
        try write(ReportFacts(result, rubric: rubric, strings: strings), templates: templates)
    }

    /// The report for facts already derived.
    public static func write(_ facts: ReportFacts, templates: ReportTemplates = .standard) throws(TemplateError)
        -> String
    {
        String(decoding: try bytes(facts, templates: templates), as: UTF8.self)
    }

    /// The report for facts already derived, as UTF-8 bytes (the same text as `write`).
    public static func bytes(_ facts: ReportFacts, templates: ReportTemplates = .standard) throws(TemplateError)
        -> [UInt8]
    {
        try templates.render(HTMLContext.make(facts))
    }
}
