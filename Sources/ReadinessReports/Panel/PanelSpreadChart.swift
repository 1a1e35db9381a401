import ReadinessKit

/// The SVG chart of a panel's spread per dimension: one row per dimension, a bar from the lowest
/// to the highest member score on a 0–100 axis and a mark at the panel's score. Every bar has a
/// text label, so the chart reads without colour.
enum PanelSpreadChart {
    static func svg(_ rows: [PanelPageFacts.DimensionRow], strings s: Strings) -> String {
        let rowHeight = 28.0
        let left = 170.0
        let width = 300.0
        let top = 10.0
        let height = top * 2 + rowHeight * Double(rows.count)
        let total = left + width + 20
        var out =
            "<svg class=\"panel-spread\" role=\"img\" viewBox=\"0 0 \(SVGNumber.text(total)) \(SVGNumber.text(height))\""
        out +=
            " width=\"\(SVGNumber.text(total))\" height=\"\(SVGNumber.text(height))\" aria-label=\"\(HTMLEscape.text(s[PanelWord.chart]))\">\n"
        for tick in [0.0, 50, 100] {
            let x = left + width * tick / 100
            out +=
                "<line x1=\"\(SVGNumber.text(x))\" y1=\"\(SVGNumber.text(top))\" x2=\"\(SVGNumber.text(x))\" y2=\"\(SVGNumber.text(height - top))\" class=\"axis\"/>\n"
        }
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            out +=
                "<text x=\"\(SVGNumber.text(left - 8))\" y=\"\(SVGNumber.text(y + 18))\" text-anchor=\"end\">\(HTMLEscape.text(row.title))</text>\n"
            if let low = row.low, let high = row.high {
                let label = s.format(
                    PanelWord.chartLabel, row.title, PanelText.score(low, s), PanelText.score(high, s),
                    PanelText.score(row.panel, s))
                let x = left + width * low / 100
                let w = max(2, width * (high - low) / 100)
                out +=
                    "<rect x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(y + 7))\" width=\"\(SVGNumber.text(w))\" height=\"14\" rx=\"3\" class=\"bar\"><title>\(HTMLEscape.text(label))</title></rect>\n"
            }
            if let panel = row.panel {
                let x = left + width * panel / 100
                out +=
                    "<rect x=\"\(SVGNumber.text(x - 1.5))\" y=\"\(SVGNumber.text(y + 3))\" width=\"3\" height=\"22\" class=\"mark\"/>\n"
            }
        }
        return out + "</svg>\n"
    }

    /// The chart's CSS.
    static let style = """
        .panel-spread text { font-size: 12px; fill: currentColor; }
        .panel-spread .axis { stroke: var(--line); stroke-width: 1; }
        .panel-spread .bar { fill: var(--mid-bg); stroke: var(--mid); }
        .panel-spread .mark { fill: var(--ink, #222); }
        """
}
