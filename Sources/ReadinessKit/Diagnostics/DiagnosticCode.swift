/// What kind of problem a diagnostic reports, for tools and tests that should not match prose.
///
/// Only some diagnostics carry a code: the ones of rubric format 2 and the general shapes
/// (unknown key, missing key, wrong type, out of range) every decoder reports.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    /// A key that the mapping does not take.
    case unknownKey = "unknown-key"
    /// A required key is missing.
    case missingKey = "missing-key"
    /// A value of the wrong kind: text for a number, a list for a mapping, and so on.
    case wrongType = "wrong-type"
    /// A number outside its allowed range.
    case outOfRange = "out-of-range"
    /// A YAML `\u` escape of one half of a surrogate pair (D800–DFFF) without the other half.
    case loneSurrogate = "lone-surrogate"
    /// A tab where YAML needs spaces (indentation).
    case tabIndentation = "tab-indentation"
    /// A questionnaire's `startup` is empty (nothing, `''` or spaces).
    case emptyStartup = "empty-startup"
    /// A CSV file with more rows than `CSVTable.maxRows`.
    case tooManyRows = "too-many-rows"
    /// `format:` is newer than this build reads.
    case formatUnsupported = "format-unsupported"
    /// A format-2 key or form in a rubric that does not say `format: 2`.
    case needsFormat2 = "needs-format-2"
    /// A gate's `cap` names no verdict of the rubric.
    case unknownVerdict = "unknown-verdict"
    /// A resource id that no resource of the rubric or its catalogue has (in a rubric or a plan).
    case unknownResource = "unknown-resource"
    /// A `when` or a plan names a criterion the rubric does not have.
    case unknownCriterion = "unknown-criterion"
    /// A `when` names an option its criterion does not have.
    case unknownOption = "unknown-option"
    /// `evidence:` is none of `expected`, `required`, `optional`, `none`.
    case unknownEvidence = "unknown-evidence"
    /// A language code that is not one (`en`, `nl`, `pt-BR`).
    case invalidLanguage = "invalid-language"
    /// A language named twice in `languages`.
    case duplicateLanguage = "duplicate-language"
    /// The rubric's `language` is not among its `languages`.
    case languageNotOffered = "language-not-offered"
    /// Warning: a text mapping with neither the rubric's language nor its file's; its first text
    /// stands in (in document order).
    case textMissingLanguage = "text-missing-language"
    /// Lint: a text mapping holds a language the rubric does not offer.
    case textUnofferedLanguage = "text-unoffered-language"
    /// Lint: a text is missing in one of the offered languages.
    case textMissingTranslation = "text-missing-translation"
    /// `extends` names no built-in rubric and no file the loader found.
    case baseNotFound = "base-not-found"
    /// The file `extends` names could not be read.
    case baseUnreadable = "base-unreadable"
    /// The base `extends` names has errors (reported in that file).
    case baseInvalid = "base-invalid"
    /// `extends` leads back to a rubric already in the chain.
    case extendsCycle = "extends-cycle"
    /// A chain of `extends` longer than the reader follows.
    case extendsTooDeep = "extends-too-deep"
    /// `remove` names a dimension or criterion the base does not have.
    case removeUnknown = "remove-unknown"
    /// `remove` in a rubric that does not `extend` another.
    case removeWithoutBase = "remove-without-base"
    /// The rubric names a resource catalogue that was not found.
    case catalogueNotFound = "catalogue-not-found"
    /// The rubric's resource catalogue has errors (reported in that file).
    case catalogueInvalid = "catalogue-invalid"
    /// A resource's `kind` is not one of the kinds DESIGN.md lists.
    case unknownResourceKind = "unknown-resource-kind"
    /// Lint: a level between 1 and a dimension's highest that no criterion carries.
    case levelHole = "level-hole"
    /// Lint: a level used by criteria with no name on its dimension's ladder.
    case levelUnnamed = "level-unnamed"
    /// Lint (format 2): a dimension's criteria carry levels, but neither it nor the rubric names any.
    case levelsUnnamed = "levels-unnamed"
    /// Lint: a ladder of level names with a gap.
    case levelNamesHole = "level-names-hole"
    /// A panel: a startup with a second founder (`self`) assessment.
    case panelSecondFounder = "panel-second-founder"
    /// A panel: one assessor assessing a startup twice.
    case panelSecondAssessment = "panel-second-assessment"
    /// A panel: a startup's assessments scored with different rubrics.
    case panelRubricMismatch = "panel-rubric-mismatch"
    /// A conflicts file: a row or item without an assessor or a startup.
    case conflictIncomplete = "conflict-incomplete"
    /// A key written twice in one YAML mapping.
    case duplicateKey = "duplicate-key"
    /// A file with nothing in it (only comments or blank lines).
    case emptyFile = "empty-file"
    /// A plan names a dimension the rubric does not have.
    case unknownDimension = "unknown-dimension"
    /// A date that is not a real calendar date written `YYYY-MM-DD`.
    case invalidDate = "invalid-date"
    /// A plan action's `status` is none of `open`, `done`, `dropped`.
    case unknownStatus = "unknown-status"
    /// A plan target with neither a `level` nor a `score`.
    case targetWithoutGoal = "target-without-goal"
    /// Warning: a plan target's level is above the highest level its dimension's criteria carry
    /// (or the rubric has no levels), so it can never be met.
    case unreachableLevel = "unreachable-level"
    /// Warning: a blank name where one is expected (a plan's `startup`).
    case blankName = "blank-name"
    /// Warning: a plan's `rubric` id is not the id of the rubric it is read against.
    case rubricMismatch = "rubric-mismatch"
}
