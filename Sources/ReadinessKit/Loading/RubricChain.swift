/// A rubric file and the bases it extends, read as YAML, the rubric's own file first.
///
/// Following `extends` stops at a base that is not found, cannot be read or is not YAML, at a
/// cycle and past `maxDepth`; each such problem is located at the `extends` that names it.
struct RubricChain {
    /// One file of the chain, with what is read from it before any text.
    struct File {
        var root: YAMLNode
        var readDiagnostics: [Diagnostic]
        /// Its name as the loader gave it; nil for the rubric's own file.
        var origin: String?
        var extends: (reference: String, location: SourceLocation)?
        /// Its `format` (1 when absent or unreadable: the layer reports that).
        var format: Int
        var language: String?
        var languages: [String]?
    }

    /// The files, nearest first.
    private(set) var files: [File] = []
    /// Problems with following `extends`, each in the file that names the base.
    private(set) var diagnostics: [Diagnostic] = []

    /// The longest chain of bases followed.
    static let maxDepth = 16

    init(root: YAMLNode, readDiagnostics: [Diagnostic], origin: String?, loader: RubricLoader) {
        files = [Self.file(root, readDiagnostics, origin: nil)]
        var seen = [origin ?? "<rubric>"]
        while let last = files.last, let (reference, location) = last.extends {
            let from = last.origin ?? origin
            func fail(_ message: String, _ code: DiagnosticCode) {
                diagnostics.append(Diagnostic(.error, message, at: location, code: code, origin: last.origin))
            }
            if files.count > Self.maxDepth {
                fail("'extends' goes deeper than \(Self.maxDepth) rubrics", .extendsTooDeep)
                return
            }
            let lookup: RubricBaseLookup
            if let text = BuiltInRubrics.text(of: reference) {
                lookup = .found(origin: BuiltInRubrics.displayPath(of: reference), bytes: Array(text.utf8))
            } else {
                lookup = loader.base(reference, from)
            }
            switch lookup {
            case .notFound:
                let ids = BuiltInRubrics.ids
                fail(
                    "base rubric '\(reference)' was not found\(Suggestion.hint(for: reference, in: ids)): "
                        + "not a built-in rubric (\(ids.joined(separator: ", "))) nor a file beside this one",
                    .baseNotFound)
                return
            case .unreadable(let reason):
                fail("cannot read base rubric '\(reference)': \(reason)", .baseUnreadable)
                return
            case .found(let baseOrigin, let bytes):
                if let start = seen.firstIndex(of: baseOrigin) {
                    let names = (seen[start...] + [baseOrigin]).joined(separator: " → ")
                    fail("'extends' makes a cycle: \(names)", .extendsCycle)
                    return
                }
                seen.append(baseOrigin)
                let read = YAMLReader.read(bytes: bytes)
                guard let baseRoot = read.root else {
                    let problems =
                        read.diagnostics.isEmpty
                        ? [Diagnostic.error("the rubric is empty", at: .start)] : read.diagnostics
                    diagnostics += problems.map { $0.inFile(baseOrigin) }
                    fail("base rubric '\(reference)' has errors", .baseInvalid)
                    return
                }
                files.append(Self.file(baseRoot, read.diagnostics, origin: baseOrigin))
            }
        }
    }

    /// The language each file's plain texts are in: its own `language`, else its base's, else `en`.
    var fileLanguages: [String] {
        var languages: [String] = []
        var below = "en"
        for file in files.reversed() {
            below = file.language ?? below
            languages.append(below)
        }
        return languages.reversed()
    }

    /// The languages the rubric offers: the nearest file's `languages`, else its language alone.
    var offeredLanguages: [String] {
        files.lazy.compactMap(\.languages).first ?? [fileLanguages.first ?? "en"]
    }

    // MARK: - Private

    private static func file(_ root: YAMLNode, _ readDiagnostics: [Diagnostic], origin: String?) -> File {
        var file = File(root: root, readDiagnostics: readDiagnostics, origin: origin, format: 1)
        if let node = root["extends"], let reference = node.scalar, !node.isNull {
            file.extends = (reference, node.location)
        }
        if let text = root["format"]?.scalar, let format = NumberText.parseInteger(text) { file.format = format }
        if let code = root["language"]?.scalar, isLanguageCode(code) { file.language = code }
        if let node = root["languages"] {
            let codes = (node.sequence?.compactMap(\.scalar) ?? node.scalar.map { [$0] } ?? []).filter(isLanguageCode)
            if !codes.isEmpty { file.languages = codes }
        }
        return file
    }
}
