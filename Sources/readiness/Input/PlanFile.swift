import ReadinessKit

/// Reads a plan file (YAML) against a rubric: problems are printed with the file's path and
/// location; warnings are printed too and do not stop it.
enum PlanFile {
    /// The plan at `path`, or nil (with every problem printed) when it cannot be read or has errors.
    static func load(path: String, rubric: Rubric, printer: DiagnosticPrinter) -> Plan? {
        guard let bytes = bytes(path: path, printer: printer) else { return nil }
        let decoded = PlanDecoder.decode(bytes: bytes, rubric: rubric)
        if !decoded.diagnostics.isEmpty { printer.print(decoded.diagnostics, path: path) }
        return decoded.plan
    }

    /// The `rubric:` reference of the plan at `path`, nil when it names none or cannot be read
    /// (`load` reports that).
    static func rubricReference(path: String) -> String? {
        guard case .success(let bytes) = FileReader.bytes(at: path) else { return nil }
        return PlanDecoder.rubricReference(bytes: bytes)
    }

    // MARK: - Private

    private static func bytes(path: String, printer: DiagnosticPrinter) -> [UInt8]? {
        switch FileReader.bytes(at: path) {
        case .failure(let problem):
            printer.print(problem, path: path)
            return nil
        case .success(let bytes):
            return bytes
        }
    }
}
