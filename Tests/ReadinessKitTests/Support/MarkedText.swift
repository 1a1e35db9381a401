import ReadinessKit

/// Inline source text with `»` markers: the text without them, and where each stood.
///
/// A test writes the marker just before the spot a diagnostic should point at, so the
/// expected line and column are visible in the input itself.
struct MarkedText {
    /// The text with every marker removed.
    let text: String
    /// The 1-based location of each marker, in order.
    let markers: [SourceLocation]

    init(_ marked: String) {
        var text = ""
        var markers: [SourceLocation] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == "»" {
                markers.append(SourceLocation(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.markers = markers
    }

    /// The only marker's location.
    var marker: SourceLocation { markers[0] }
}
