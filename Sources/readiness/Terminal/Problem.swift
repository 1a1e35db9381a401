import ReadinessKit

/// The CLI's own diagnostics: problems with files, folders, options and runs (problems inside
/// a rubric or questionnaire come from the kit's decoders, located).
///
/// Diagnostics stay English (issue 11 leaves them out of the strings tables); each is one case
/// here, so this file is the only one in the target that holds sentences of its own.
/// `DiagnosticPrinter` prints them as `path: error: message`.
enum Problem: Error, Equatable, CustomStringConvertible {
    /// A file operand that names nothing.
    case noSuchFile
    /// A batch input that names nothing.
    case noSuchFileOrFolder
    /// A file operand that is a folder.
    case isFolder
    /// A first argument that names no subcommand, with the subcommands' names.
    case unknownCommand(String, commands: [String])
    /// A folder given to `assess`, with the command that scores every questionnaire in it.
    case folderToBatch(String)
    /// A folder given to `validate`, with the command that checks the files in it.
    case folderToValidate(String)
    /// A file that is not UTF-8 text.
    case notUTF8
    /// A file name (or another argument) that is not UTF-8: shown with its bytes escaped.
    case nameNotUTF8
    /// A rubric or catalogue path not named `.yaml` or `.yml`.
    case notYAMLFile
    /// A FIFO, socket or device where a file was expected (reading it could block for ever).
    case notRegularFile
    /// A file over the size limit, with its size and the limit in bytes.
    case tooLarge(size: Int, limit: Int)
    /// A file the system would not read, with its reason.
    case unreadable(reason: String)
    /// A file the system would not write, with its reason.
    case unwritable(reason: String)
    /// A customised template ran past its limits while a report was rendered.
    case unrenderable(reason: String)
    /// A folder that could not be created.
    case cannotCreateFolder
    /// An output folder another batch run is writing to (it holds the folder's lock).
    case folderInUse
    /// A file that `init` or `templates export` would replace without `--force`.
    case exists
    /// A YAML file with nothing in it.
    case emptyFile
    /// A rubric file with nothing in it.
    case emptyRubric
    /// A `--templates` folder that does not exist.
    case noTemplateFolder(String)
    /// A rubric reference that is neither a built-in id nor a file, with the built-in ids.
    case unknownRubric(String, builtIn: [String])
    /// A questionnaire without `rubric:` and no `--rubric`, with the id to suggest.
    case noRubric(suggested: String)
    /// A CSV export without a `rubric` column and no `--rubric`.
    case noRubricColumn
    /// A questionnaire whose rubric has errors, with the rubric's path.
    case invalidRubric(String)
    /// A CSV row whose rubric has errors, with the rubric's path.
    case invalidRowRubric(String)
    /// A cohort startup scored with another rubric than the first: both as `id version`.
    case mixedRubrics(scored: String, cohort: String)
    /// A batch run in which no questionnaire could be scored.
    case nothingScored
    /// A temporary file of a batch run that could not be read back, with its path.
    case unreadableTemporary(String)
    /// A temporary file of a batch run that could not be written, with its path and reason.
    case unwritableTemporary(String, reason: String)
    /// The ranking's temporary file was read back damaged.
    case damagedRanking
    /// The cohort's entry file could not be read back.
    case damagedEntries
    /// `compare` given two questionnaires of different startups.
    case twoStartups(String, String)
    /// `--jobs` below one.
    case jobsBelowOne
    /// `--normalize` with another method than `z`.
    case normalizeMethod(String)
    /// `--discuss` below 0 or above 1.
    case discussRange
    /// A panel run where no startup could be scored.
    case nothingPanelled
    /// `--jobs` above the most workers a run may have.
    case tooManyJobs(limit: Int)
    /// `--date` that is not a calendar date.
    case badDate(String)
    /// `--lang` names a language the tool has no strings table for.
    case unknownLanguage(String, offered: [String])
    /// `compare --format` with a format it does not write.
    case compareFormat(String)
    /// No rubric named and none built in.
    case noBuiltInRubric
    /// `init --plan` without the questionnaire to start from.
    case planNeedsQuestionnaire
    /// `init` given a questionnaire without `--plan`.
    case questionnaireWithoutPlan
    /// `init --plan` with an option that only a blank questionnaire takes.
    case notWithPlan(String)

    /// A usage error as swift-argument-parser prints one: the problem, then how `command`
    /// (such as `readiness templates`) is used and where its help is.
    static func usageError(_ problem: Problem, command: String) -> String {
        "Error: \(problem)\nUsage: \(command) <subcommand>\n  See '\(command) --help' for more information.\n"
    }

    /// The sentence, without a trailing period.
    var description: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .noSuchFileOrFolder: return "no such file or folder"
        case .isFolder: return "is a folder, not a file"
        case .unknownCommand(let name, let commands):
            return
                "unknown command '\(TerminalText.visible(name))'\(Suggestion.hint(for: name, in: commands)); the commands are \(commands.joined(separator: ", "))"
        case .folderToBatch(let folder):
            return
                "is a folder, not a file; to score every questionnaire in it, run: readiness batch \(ShellWord.quoted(folder))"
        case .folderToValidate(let folder):
            return
                "is a folder, not a file; to check the files in it, run: readiness validate \(ShellWord.quoted(folder, then: "/*.yaml"))"
        case .notUTF8: return "file is not UTF-8 text"
        case .nameNotUTF8: return "the name is not UTF-8; rename it"
        case .notYAMLFile: return "a rubric or catalogue must be a .yaml or .yml file; not read"
        case .notRegularFile: return "is not a regular file (a FIFO, socket or device); not read"
        case .tooLarge(let size, let limit): return "file is too large (\(size) bytes; the limit is \(limit))"
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        case .unwritable(let reason): return "cannot write the file: \(reason)"
        case .unrenderable(let reason): return "cannot render the report: \(reason)"
        case .cannotCreateFolder: return "cannot create the folder"
        case .folderInUse:
            return "another readiness batch is writing to this folder; wait for it, or choose another --out"
        case .exists: return "already exists (use --force to replace it)"
        case .emptyFile: return "the file is empty"
        case .emptyRubric: return "the rubric is empty"
        case .noTemplateFolder(let folder):
            return "no such folder of templates (write the defaults with 'readiness templates export \(folder)')"
        case .unknownRubric(let reference, let ids):
            let hint = Suggestion.hint(for: reference, in: ids)
            return
                "unknown rubric '\(reference)'\(hint); built-in rubrics: \(ids.joined(separator: ", ")), or give a path"
        case .noRubric(let suggested):
            return "the questionnaire names no rubric; add 'rubric: \(suggested)' or pass --rubric"
        case .noRubricColumn: return "no rubric: add a 'rubric' column or pass --rubric"
        case .invalidRubric(let path): return "its rubric \(path) is invalid"
        case .invalidRowRubric(let path): return "rubric \(path) is invalid"
        case .mixedRubrics(let scored, let cohort):
            return "scored with rubric \(scored), but this cohort uses \(cohort); run one batch per rubric"
        case .nothingScored: return "no questionnaire could be scored; no overview written"
        case .unreadableTemporary(let path): return "cannot read back the temporary file \(path)"
        case .unwritableTemporary(let path, let reason): return "cannot write the temporary file \(path): \(reason)"
        case .damagedRanking: return "the ranking's temporary file is damaged"
        case .damagedEntries: return "cannot read back the cohort's entry file"
        case .twoStartups(let first, let second): return "comparing two startups: '\(first)' and '\(second)'"
        case .jobsBelowOne: return "--jobs must be 1 or more"
        case .normalizeMethod(let method): return "--normalize takes z, not '\(method)'"
        case .discussRange: return "--discuss must be a spread between 0 and 1"
        case .nothingPanelled: return "no assessment could be used; no panel overview written"
        case .tooManyJobs(let limit): return "--jobs must be at most \(limit)"
        case .badDate(let date): return "--date must be a date written YYYY-MM-DD, not '\(date)'"
        case .unknownLanguage(let language, let offered):
            return
                "--lang \(TerminalText.visible(language)) is not a language readiness speaks; use one of \(offered.joined(separator: ", "))"
        case .compareFormat(let format): return "compare writes md, html or json reports, not \(format)"
        case .noBuiltInRubric: return "no built-in rubric is available; pass --rubric FILE"
        case .planNeedsQuestionnaire:
            return "--plan starts from an assessment: readiness init --plan QUESTIONNAIRE.yaml"
        case .questionnaireWithoutPlan:
            return "init reads a questionnaire only with --plan (readiness init --plan QUESTIONNAIRE.yaml)"
        case .notWithPlan(let option):
            return "\(option) does not apply to --plan: the plan comes from the questionnaire"
        }
    }
}
