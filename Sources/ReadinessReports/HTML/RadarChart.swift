import Foundation
import ReadinessKit

/// Draws dimension scores as a radar chart: one axis per scored dimension, rings at 25, 50, 75
/// and 100, labels with the score outside the rim.
enum RadarChart {
    /// The SVG for three or more scored dimensions.
    static func svg(_ dimensions: [DimensionFacts], text: ReportText) -> String {
        let count = dimensions.count
        guard count >= 3 else { return "" }
        var parts: [String] = []
        let names = dimensions.map { "\($0.title) \(text.score($0.score))" }.joined(separator: ", ")
        let title = text.strings.format(ReportWord.radarTitle, names)
        parts.append(
            """
            <svg class="radar" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="radar-title">\
            <title id="radar-title">\(HTMLEscape.text(title))</title>
            """)
        // Rings and axes depend on the number of axes only, and label heads on titles only:
        // a cohort's reports draw the same ones thousands of times.
        parts.append(frames.value(for: String(count)) { _ in frame(count) })
        let values = dimensions.enumerated().map { point(axis: $0.offset, of: count, value: $0.element.score ?? 0) }
        parts.append("<polygon class=\"radar-area\" points=\"\(pointList(values))\"/>")
        for value in values {
            parts.append("<circle class=\"radar-dot\" cx=\"\(n(value.x))\" cy=\"\(n(value.y))\" r=\"3.5\"/>")
        }
        for (axis, dimension) in dimensions.enumerated() {
            parts.append(label(dimension, axis: axis, of: count, text: text))
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    // MARK: - Private

    private static let frames = RenderCache(limit: 64)
    private static let labelHeads = RenderCache(limit: 4096)

    /// The rings at 25, 50, 75 and 100 and the axes, for `count` axes.
    private static func frame(_ count: Int) -> String {
        var parts: [String] = []
        for ring in [25.0, 50, 75, 100] {
            let points = (0..<count).map { point(axis: $0, of: count, value: ring) }
            parts.append("<polygon class=\"radar-ring\" points=\"\(pointList(points))\"/>")
        }
        for axis in 0..<count {
            let end = point(axis: axis, of: count, value: 100)
            parts.append(
                "<line class=\"radar-axis\" x1=\"\(n(center.x))\" y1=\"\(n(center.y))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\"/>"
            )
        }
        return parts.joined(separator: "\n")
    }

    private static let width = 500.0
    private static let height = 420.0
    private static let radius = 112.0
    private static let center = (x: 250.0, y: 210.0)
    private static let lineLength = 14
    private static let maxLines = 4

    private static func n(_ value: Double) -> String { SVGNumber.text(value) }

    private static func angle(axis: Int, of count: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
    }

    private static func point(axis: Int, of count: Int, value: Double) -> (x: Double, y: Double) {
        let a = angle(axis: axis, of: count)
        let r = radius * Swift.max(0, Swift.min(100, value)) / 100
        return (center.x + r * cos(a), center.y + r * sin(a))
    }

    private static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
    }

    /// A dimension's label: its title in lines, then its score.
    private static func label(_ dimension: DimensionFacts, axis: Int, of count: Int, text: ReportText) -> String {
        let head = labelHeads.value(for: "\(count)\u{0}\(axis)\u{0}\(dimension.title)") { _ in
            labelHead(dimension.title, axis: axis, of: count)
        }
        return head + HTMLEscape.text(text.score(dimension.score)) + "</tspan></text>"
    }

    /// Everything of a label before its score: where it sits depends on the title's lines only.
    private static func labelHead(_ title: String, axis: Int, of count: Int) -> String {
        let a = angle(axis: axis, of: count)
        let (dx, dy) = (cos(a), sin(a))
        let x = center.x + (radius + 14) * dx
        var y = center.y + (radius + 14) * dy
        let anchor = abs(dx) < 0.2 ? "middle" : (dx > 0 ? "start" : "end")
        let lines = wrap(title)
        let count = lines.count + 1  // the score is the last line
        let lineHeight = 16.0
        if dy < -0.2 {
            y -= lineHeight * Double(count - 1) + 4
        } else if abs(dy) <= 0.2 {
            y -= lineHeight * Double(count - 1) / 2
        } else {
            y += 10
        }
        let spans = lines.enumerated().map { index, line in
            "<tspan x=\"\(n(x))\" dy=\"\(index == 0 ? "0" : n(lineHeight))\">\(HTMLEscape.text(line))</tspan>"
        }
        let value = "<tspan x=\"\(n(x))\" dy=\"\(lines.isEmpty ? "0" : n(lineHeight))\" class=\"radar-value\">"
        return
            "<text class=\"radar-label\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(spans.joined())\(value)"
    }

    /// Splits a title into lines of about `lineLength` characters at spaces; at most `maxLines`.
    private static func wrap(_ title: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in title.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= lineLength {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines - 1)) + [lines[(maxLines - 1)...].joined(separator: " ")]
        }
        return lines.map { $0.count > lineLength + 2 ? String($0.prefix(lineLength + 1)) + "…" : $0 }
    }
}
