/// Draws a score as a text bar of full and light blocks: `████████░░░░`.
public enum TextBar {
    /// A bar `width` characters wide for a score from 0 to 100.
    public static func bar(_ score: Double, width: Int) -> String {
        let clamped = Swift.max(0, Swift.min(100, score))
        let filled = Int((clamped / 100 * Double(width)).rounded(.toNearestOrAwayFromZero))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
