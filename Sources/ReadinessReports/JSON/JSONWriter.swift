import ReadinessKit

/// Writes the result JSON of the design brief, the same as `readiness assess --json` prints.
public enum JSONWriter {
    /// The result JSON text, ending with a newline.
    public static func write(_ result: AssessmentResult) -> String {
        ResultJSON.text(result) + "\n"
    }
}
