import ReadinessKit

/// Draws the overall score as a ring, like Lighthouse: the arc's `stroke-dasharray` is
/// score × 2πr, starting at twelve o'clock.
enum ScoreGauge {
    /// The radius of the ring, in SVG units.
    static let radius = 52.0

    /// The SVG for a 0–100 score with its verdict; `tone` picks the colour class.
    static func svg(score: Double, verdict: String, tone: String, strings: Strings) -> String {
        let circumference = 2 * Double.pi * radius
        let clamped = Swift.max(0, Swift.min(100, score))
        let arc = clamped / 100 * circumference
        let text = strings.numbers.oneDecimal(score)
        let title = strings.format(ReportWord.gaugeTitle, text, verdict)
        let r = SVGNumber.text(radius)
        return """
            <svg class="gauge gauge-\(HTMLEscape.text(tone))" viewBox="0 0 120 120" width="160" height="160" \
            role="img" aria-labelledby="gauge-title">\
            <title id="gauge-title">\(HTMLEscape.text(title))</title>\
            <circle class="gauge-track" cx="60" cy="60" r="\(r)" fill="none" stroke-width="10"/>\
            <circle class="gauge-arc" cx="60" cy="60" r="\(r)" fill="none" stroke-width="10" \
            stroke-dasharray="\(SVGNumber.text(arc)) \(SVGNumber.text(circumference))" \
            transform="rotate(-90 60 60)"/>\
            <text class="gauge-score" x="60" y="60" text-anchor="middle" dominant-baseline="central">\(text)</text>\
            <text class="gauge-max" x="60" y="84" text-anchor="middle">/ 100</text>\
            </svg>
            """
    }
}
