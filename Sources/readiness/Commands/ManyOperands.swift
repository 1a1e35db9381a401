import ArgumentParser

/// Keeps long file lists fast: swift-argument-parser takes time quadratic in the number of
/// positional arguments (10,000 files cost seconds), so before parsing, the file operands of
/// `assess`, `validate` and `batch` beyond the first are taken out and handed to the command
/// afterwards. Everything else, and every error message, stays the parser's.
enum ManyOperands {
    /// Below this many arguments the parser gets them all untouched.
    static let threshold = 64

    /// Options that take a value, by subcommand: the token after one is its value, not a file.
    /// `ManyOperandsTests` checks this table against the commands' own definitions.
    static let valueOptions: [String: Set<String>] = [
        "assess": ["--rubric", "--resources", "--out", "--format", "--templates", "--date", "--lang"],
        "validate": ["--rubric", "--resources"],
        "batch": ["--rubric", "--resources", "--out", "--format", "--templates", "--date", "--jobs", "--lang"],
    ]

    /// The arguments to parse, and the operands held back (to append to the command's files).
    static func split(_ arguments: [String]) -> (arguments: [String], heldBack: [String]) {
        guard arguments.count > threshold, let command = arguments.first, let options = valueOptions[command] else {
            return (arguments, [])
        }
        var kept = [command]
        var operands: [String] = []
        var index = 1
        while index < arguments.count {
            let token = arguments[index]
            if token == "--" {
                operands += arguments[(index + 1)...]
                break
            }
            if token.hasPrefix("-"), token != "-" {
                kept.append(token)
                if options.contains(token), index + 1 < arguments.count {
                    kept.append(arguments[index + 1])
                    index += 1
                }
            } else {
                operands.append(token)
            }
            index += 1
        }
        guard let first = operands.first else { return (arguments, []) }
        return (kept + ["--", first], Array(operands.dropFirst()))
    }
}

/// A command whose positional arguments are files, so held-back operands can be appended.
protocol FileOperandsCommand {
    /// The file operands.
    var files: [String] { get set }
}
