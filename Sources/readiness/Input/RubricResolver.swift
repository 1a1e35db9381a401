import Foundation
import ReadinessKit

/// Finds and loads rubrics by built-in id or path, with their resource catalogue, once each.
///
/// Problems in a rubric or catalogue are printed with that file's path; callers get nil.
/// Batch loads questionnaires on several threads: every cache and `failed` are read and
/// written under `lock`, and the rest never changes after `init`.
final class RubricResolver: @unchecked Sendable {
    /// Where a rubric comes from.
    enum Source: Hashable, Sendable {
        case builtIn(String)
        case file(String)

        var displayPath: String {
            switch self {
            case .builtIn(let id): return BuiltInRubrics.displayPath(of: id)
            case .file(let path): return path
            }
        }
    }

    private let resourcesPath: String?
    private let printer: DiagnosticPrinter
    private let lock = NSLock()
    private var cache: [Source: Rubric?] = [:]
    private var catalogues: [String: [Resource]?] = [:]
    private var anyFailed = false

    /// Creates a resolver; `resourcesPath` replaces every rubric's catalogue.
    convenience init(resourcesPath: String?) {
        self.init(resourcesPath: resourcesPath, silent: false)
    }

    private init(resourcesPath: String?, silent: Bool) {
        self.resourcesPath = resourcesPath
        printer = DiagnosticPrinter(silent: silent)
    }

    /// Whether any rubric or catalogue had errors.
    var failed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return anyFailed
    }

    /// A resolver with the same settings and an empty cache, so it decodes rubrics of its own.
    /// The copy prints nothing: the original reports any problem once.
    func copy() -> RubricResolver {
        RubricResolver(resourcesPath: resourcesPath, silent: true)
    }

    /// Where a rubric reference points: a built-in id, or a path (relative to `folder` if given).
    func source(for reference: String, relativeTo folder: String? = nil) -> Source? {
        if BuiltInRubrics.text(of: reference) != nil { return .builtIn(reference) }
        var candidates = [reference]
        if let folder, !reference.hasPrefix("/") {
            candidates.insert((folder as NSString).appendingPathComponent(reference), at: 0)
        }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            return .file(candidate)
        }
        return nil
    }

    /// The problem of a reference that names no rubric.
    func unknown(_ reference: String) -> Problem {
        .unknownRubric(reference, builtIn: BuiltInRubrics.ids)
    }

    /// The rubric at a source, loaded once; nil (with errors printed) when it is invalid.
    func rubric(at source: Source) -> Rubric? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[source] { return cached }
        let output = decodeLocked(source)
        if let output, !output.diagnostics.isEmpty { printer.print(output.diagnostics, path: source.displayPath) }
        let rubric = output?.rubric
        cache[source] = rubric
        if rubric == nil { anyFailed = true }
        return rubric
    }

    /// Decodes a rubric from a source afresh, printing problems with its catalogue and YAML
    /// (its own diagnostics are the caller's to print).
    func decode(_ source: Source) -> RubricDecoder.Output? {
        lock.lock()
        defer { lock.unlock() }
        return decodeLocked(source)
    }

    // MARK: - Private

    /// `decode(_:)`, under the lock.
    private func decodeLocked(_ source: Source) -> RubricDecoder.Output? {
        let text: String
        switch source {
        case .builtIn(let id): text = BuiltInRubrics.text(of: id) ?? ""
        case .file(let path):
            switch Self.yamlBytes(at: path) {
            case .failure(let failure):
                printer.print(failure, path: path)
                return nil
            case .success(let bytes):
                let read = YAMLReader.read(bytes: bytes)
                guard let root = read.root else {
                    let diagnostics =
                        read.diagnostics.isEmpty
                        ? [Diagnostic.error(Problem.emptyRubric.description, at: .start)] : read.diagnostics
                    printer.print(diagnostics, path: path)
                    return nil
                }
                return decode(root, read.diagnostics, source: source)
            }
        }
        let read = YAMLReader.read(text)
        guard let root = read.root else {
            printer.print(read.diagnostics, path: source.displayPath)
            return nil
        }
        return decode(root, read.diagnostics, source: source)
    }

    private func decode(_ root: YAMLNode, _ readDiagnostics: [Diagnostic], source: Source) -> RubricDecoder.Output? {
        var catalogue: [Resource]?
        if let path = resourcesPath {
            catalogue = loadCatalogue(path: path)
            if catalogue == nil { return nil }
        }
        return RubricDecoder.decode(
            root, readDiagnostics: readDiagnostics, catalogue: catalogue,
            origin: source.displayPath, loader: loader)
    }

    /// What the kit asks for while it decodes a rubric: the files its `extends` chain names
    /// (relative to the file that names them) and the catalogue it names.
    private var loader: RubricLoader {
        RubricLoader(
            base: { [self] reference, from in base(reference, from: from) },
            catalogue: { [self] name, from in catalogue(name, from: from) })
    }

    private func base(_ reference: String, from: String?) -> RubricBaseLookup {
        var path = reference
        if !reference.hasPrefix("/"), let from {
            path = ((from as NSString).deletingLastPathComponent as NSString).appendingPathComponent(reference)
        }
        path = Self.lexicallyNormal(path)
        guard FileManager.default.fileExists(atPath: path) else { return .notFound }
        switch Self.yamlBytes(at: path) {
        case .failure(let failure): return .unreadable(failure.description)
        case .success(let bytes): return .found(origin: path, bytes: bytes)
        }
    }

    /// The catalogue `name` for the file `from`: `resources/NAME.yaml` beside a rubric file,
    /// else the built-in one.
    private func catalogue(_ name: String, from: String?) -> CatalogueLookup {
        if let from, !from.hasPrefix("<built-in>") {
            let beside = ((from as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                "resources/\(name).yaml")
            if FileManager.default.fileExists(atPath: beside) {
                return loadCatalogue(path: beside).map { .found($0) } ?? .invalid
            }
        }
        guard let text = BuiltInRubrics.catalogueText(of: name) else { return .notFound }
        let decoded = ResourceDecoder.decodeCatalogue(text)
        if !decoded.diagnostics.isEmpty {
            printer.print(decoded.diagnostics, path: BuiltInRubrics.catalogueDisplayPath(of: name))
        }
        return decoded.diagnostics.hasErrors ? .invalid : .found(decoded.resources)
    }

    /// The bytes of a rubric or catalogue file, which must be named `.yaml` or `.yml`: a
    /// questionnaire from someone else names its rubric, and `rubric: /etc/shadow` must not turn
    /// the tool into a reader of other files (their lines would come back as unknown keys).
    private static func yamlBytes(at path: String) -> Result<[UInt8], Problem> {
        let lower = path.lowercased()
        guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { return .failure(.notYAMLFile) }
        return FileReader.bytes(at: path)
    }

    /// A path with `.` and `x/..` steps taken out, so one file has one name in an `extends` chain.
    private static func lexicallyNormal(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// A catalogue file, decoded once (under the lock).
    private func loadCatalogue(path: String) -> [Resource]? {
        if let cached = catalogues[path] { return cached }
        var result: [Resource]?
        switch Self.yamlBytes(at: path) {
        case .failure(let failure):
            printer.print(failure, path: path)
        case .success(let bytes):
            let decoded = ResourceDecoder.decodeCatalogue(bytes: bytes)
            if !decoded.diagnostics.isEmpty { printer.print(decoded.diagnostics, path: path) }
            if !decoded.diagnostics.hasErrors { result = decoded.resources }
        }
        if result == nil { anyFailed = true }
        catalogues[path] = result
        return result
    }
}
