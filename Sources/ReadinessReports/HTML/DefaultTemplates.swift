/// The HTML report's default templates, embedded as string literals so the binary alone
/// carries them (no resource bundle to lose).
///
/// `readiness templates export DIR` writes them as `<name>.mustache` files to customise.
public enum DefaultTemplates {
    /// The name of the assessment report's page template; `compare` is the progress report's page,
    /// and the others are partials they include.
    public static let main = "report"

    /// Every default template by name, in the order they are exported.
    public static let all: [(name: String, text: String)] =
        [
            (main, report),
            ("meta", meta),
            ("style", style),
            ("brand", brand),
            (CompareTemplate.name, CompareTemplate.text),
        ] + coaching

    /// The file extension of template files, without a dot.
    public static let fileExtension = "mustache"
}
