/// One problem found in a rubric or questionnaire, with where it is.
///
/// The kit never knows file paths: the CLI prefixes a path when it prints a diagnostic
/// as `path:line:column: error: message`. A problem inside a base rubric reached through
/// `extends` carries that file's name as the loader gave it (`origin`), which is printed instead.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// The input cannot be used.
        case error
        /// The input can be used, but something looks wrong.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong, as one sentence without a trailing period.
    public var message: String
    /// Where it is.
    public var location: SourceLocation
    /// What kind of problem it is, for tools and tests; nil for kinds without a code.
    public var code: DiagnosticCode?
    /// The file it is in when that is not the file being read: a base rubric's name, as the
    /// loader gave it. Nil for the file being read.
    public var origin: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation,
        code: DiagnosticCode? = nil, origin: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code
        self.origin = origin
    }

    /// An error at a location.
    public static func error(_ message: String, at location: SourceLocation, code: DiagnosticCode? = nil) -> Diagnostic
    {
        Diagnostic(.error, message, at: location, code: code)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: SourceLocation, code: DiagnosticCode? = nil)
        -> Diagnostic
    {
        Diagnostic(.warning, message, at: location, code: code)
    }

    /// `line:column: severity: message`; prefix a path to get the full form.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// The diagnostic as printed for a file: `path:line:column: severity: message`, with the
    /// diagnostic's own `origin` in place of `path` when it has one.
    public func formatted(path: String) -> String { "\(origin ?? path):\(description)" }

    /// The same diagnostic in another file (unless it names one already).
    func inFile(_ origin: String?) -> Diagnostic {
        guard self.origin == nil, let origin else { return self }
        var copy = self
        copy.origin = origin
        return copy
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics ordered by file (the file being read first, then other files in the
    /// order they first appear), then by location, errors before warnings at one place; a
    /// diagnostic found twice (same file, place, severity, code and message) is kept once.
    public func sortedByLocation() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sortedKeepingDuplicates().filter { seen.insert($0).inserted }
    }

    /// `sortedByLocation()` without dropping duplicates.
    private func sortedKeepingDuplicates() -> [Diagnostic] {
        var files: [String] = []
        for diagnostic in self { if let origin = diagnostic.origin, !files.contains(origin) { files.append(origin) } }
        let rank = { (d: Diagnostic) -> Int in d.origin.map { (files.firstIndex(of: $0) ?? 0) + 1 } ?? 0 }
        return enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element), rank(b.element))
            if ra != rb { return ra < rb }
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }
}
