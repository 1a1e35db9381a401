/// Decodes a rubric from YAML text, collecting every problem with its location.
///
/// A rubric that `extends` another is decoded with its bases: the chain is read first (see
/// `RubricChain`), then each file is read from the farthest base up and laid over the one
/// below (`RubricMerge`), and the references of the result are checked last. Problems inside a
/// base carry that file's name (`Diagnostic.origin`).
public enum RubricDecoder {
    /// The highest rubric format version this build understands (`format:` key, default 1).
    public static let formatVersion = 2

    /// The outcome: a rubric when there were no errors, and every diagnostic.
    public struct Output: Sendable {
        /// The rubric, or nil when any error was found.
        public var rubric: Rubric?
        /// Every problem found, ordered by file and location.
        public var diagnostics: [Diagnostic]
        /// The catalogue the rubric (or a base it extends) names in `catalogue:`, if any.
        public var catalogueName: String?
        /// Warnings only `validate`'s lint shows: texts missing in one of the offered languages.
        public var lint: [Diagnostic] = []
    }

    /// Decodes rubric text. Resource ids resolve against the rubric's own `resources` plus
    /// `catalogue` (a park's resource catalogue) when one is given, else the catalogue the
    /// rubric names, found through `loader`; bases it `extends` are built-in or found there.
    public static func decode(
        _ text: String, catalogue: [Resource]? = nil, origin: String? = nil,
        loader: RubricLoader = .builtIn
    ) -> Output {
        let read = YAMLReader.read(text)
        guard let root = read.root else {
            let diagnostics =
                read.diagnostics.isEmpty
                ? [
                    Diagnostic.error(
                        "the rubric is empty; expected a mapping with id, title, verdicts and dimensions", at: .start)
                ]
                : read.diagnostics
            return Output(rubric: nil, diagnostics: diagnostics, catalogueName: nil)
        }
        return decode(root, readDiagnostics: read.diagnostics, catalogue: catalogue, origin: origin, loader: loader)
    }

    /// Decodes an already-read YAML tree; `origin` is the file's name as `loader` knows it
    /// (bases named by relative paths are looked up from it).
    public static func decode(
        _ root: YAMLNode, readDiagnostics: [Diagnostic] = [], catalogue: [Resource]? = nil,
        origin: String? = nil, loader: RubricLoader = .builtIn
    ) -> Output {
        let chain = RubricChain(root: root, readDiagnostics: readDiagnostics, origin: origin, loader: loader)
        var decoder = NodeDecoder(diagnostics: chain.diagnostics)
        guard var draft = layers(of: chain, with: &decoder) else {
            return Output(
                rubric: nil, diagnostics: decoder.diagnostics.sortedByLocation(), catalogueName: nil,
                lint: decoder.lint)
        }
        var rubric = draft.rubric
        var edition = rubric.edition
        edition.language = chain.fileLanguages.first ?? "en"
        edition.languages = chain.offeredLanguages
        rubric.edition = edition
        checkLanguages(rubric, chain, with: &decoder)
        let state = joinCatalogue(catalogue, into: &draft, rubric: &rubric, loader: loader, with: &decoder)
        ReferenceChecker.check(&rubric, references: draft.references, catalogue: state, with: &decoder)
        let diagnostics = decoder.diagnostics.sortedByLocation()
        return Output(
            rubric: diagnostics.hasErrors ? nil : rubric, diagnostics: diagnostics,
            catalogueName: draft.catalogue?.name, lint: decoder.lint.sortedByLocation())
    }

    // MARK: - Private

    /// Reads every file of the chain from the farthest base up, each laid over the draft below.
    private static func layers(of chain: RubricChain, with decoder: inout NodeDecoder) -> RubricDraft? {
        let languages = chain.fileLanguages
        var draft: RubricDraft?
        for index in chain.files.indices.reversed() {
            let file = chain.files[index]
            var reader = NodeDecoder(diagnostics: file.readDiagnostics)
            reader.context = TextContext(
                format: file.format, fileLanguage: languages[index],
                rubricLanguage: languages.first ?? "en", languages: chain.offeredLanguages)
            guard let pairs = reader.mapping(file.root, "a rubric") else {
                decoder.diagnostics += reader.diagnostics.map { $0.inFile(file.origin) }
                draft = nil
                continue
            }
            let base = file.extends == nil ? nil : draft
            let layer = RubricLayer(pairs, at: file.root.location, base: base?.rubric, with: &reader)
            if let base {
                draft = RubricMerge.apply(layer, onto: base, format: file.format, origin: file.origin, with: &reader)
            } else {
                if !layer.extending, file.format >= 2, let (_, location) = layer.remove.first {
                    reader.error(
                        "'remove' needs 'extends': there is no base to remove from", at: location,
                        code: .removeWithoutBase)
                }
                draft = RubricDraft(layer, format: file.format, origin: file.origin)
            }
            decoder.diagnostics += reader.diagnostics.map { $0.inFile(file.origin) }
            decoder.lint += reader.lint.map { $0.inFile(file.origin) }
            if index > 0, reader.diagnostics.hasErrors, let (reference, location) = chain.files[index - 1].extends {
                decoder.diagnostics.append(
                    Diagnostic(
                        .error, "base rubric '\(reference)' has errors", at: location,
                        code: .baseInvalid, origin: chain.files[index - 1].origin))
            }
        }
        return draft
    }

    /// An error when the rubric's language is not among the languages it offers.
    private static func checkLanguages(_ rubric: Rubric, _ chain: RubricChain, with decoder: inout NodeDecoder) {
        guard !rubric.languages.contains(rubric.language),
            let file = chain.files.first(where: { $0.root["languages"] != nil || $0.root["language"] != nil }),
            let node = file.root["languages"] ?? file.root["language"]
        else { return }
        decoder.diagnostics.append(
            Diagnostic(
                .error,
                "the rubric's language '\(rubric.language)' is not among its 'languages' (\(rubric.languages.joined(separator: ", ")))",
                at: node.location, code: .languageNotOffered, origin: file.origin))
    }

    /// Adds the catalogue's resources (the one given, else the one named) after the rubric's own.
    private static func joinCatalogue(
        _ given: [Resource]?, into draft: inout RubricDraft, rubric: inout Rubric,
        loader: RubricLoader, with decoder: inout NodeDecoder
    ) -> ReferenceChecker.Catalogue {
        var resources = given
        if resources == nil, let (name, location, origin) = draft.catalogue {
            switch loader.catalogue(name, origin) {
            case .found(let found): resources = found
            case .notFound:
                decoder.diagnostics.append(
                    Diagnostic(
                        .error, "resource catalogue '\(name)' was not found (give one with --resources FILE)",
                        at: location, code: .catalogueNotFound, origin: origin))
                return .unavailable
            case .invalid:
                decoder.diagnostics.append(
                    Diagnostic(
                        .error, "resource catalogue '\(name)' has errors", at: location,
                        code: .catalogueInvalid, origin: origin))
                return .unavailable
            }
        }
        var joined = rubric.resources
        for var resource in resources ?? [] where !joined.contains(where: { $0.id == resource.id }) {
            resource.titleText = resource.titleText.resolved(in: rubric.language)
            resource.summaryText = resource.summaryText?.resolved(in: rubric.language)
            resource.contactText = resource.contactText?.resolved(in: rubric.language)
            joined.append(resource)
        }
        rubric.resources = joined
        return .resolved
    }
}
