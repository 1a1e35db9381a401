import Foundation
import ReadinessReports

/// Checks a Mustache template against a context: every variable and section it uses must be
/// there (swift-mustache silently renders a missing one as nothing), `{{x}}` must name text and
/// `{{{x}}}` prepared HTML, and sections must name flags, lists or objects.
///
/// Both branches of every flag are walked, so a key used only when a flag is true is still
/// checked with a context where it is false.
struct TemplateChecker {
    /// What is wrong, one line each.
    private(set) var problems: [String] = []
    /// List sections entered with at least one item.
    private(set) var enteredLists: Set<String> = []
    /// Every list section met.
    private(set) var lists: Set<String> = []

    /// Checks the template `main` (with its partials from `templates`) against a context.
    init(templates: [String: String], main: String, context: TemplateValue) {
        self.templates = templates
        walk(tokens(templates[main] ?? ""), stack: [context], path: main)
    }

    // MARK: - Private

    private enum Token {
        case text
        case variable(String, raw: Bool)
        case open(String, inverted: Bool)
        case close(String)
        case partial(String)
    }

    private let templates: [String: String]

    private func tokens(_ template: String) -> [Token] {
        var result: [Token] = []
        var rest = Substring(template)
        while let start = rest.range(of: "{{") {
            rest = rest[start.upperBound...]
            let triple = rest.hasPrefix("{")
            guard let end = rest.range(of: triple ? "}}}" : "}}") else { break }
            var body = String(rest[..<end.lowerBound])
            rest = rest[end.upperBound...]
            if triple { body.removeFirst() }
            let trimmed = body.trimmingCharacters(in: .whitespaces)
            if triple {
                result.append(.variable(trimmed, raw: true))
                continue
            }
            guard let sigil = trimmed.first else { continue }
            let name = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!": result.append(.text)
            case "#": result.append(.open(name, inverted: false))
            case "^": result.append(.open(name, inverted: true))
            case "/": result.append(.close(name))
            case ">": result.append(.partial(name))
            case "&": result.append(.variable(name, raw: true))
            default: result.append(.variable(trimmed, raw: false))
            }
        }
        return result
    }

    private mutating func walk(_ tokens: [Token], stack: [TemplateValue], path: String) {
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .text, .close:
                index += 1
            case .partial(let name):
                if let text = templates[name] {
                    walk(self.tokens(text), stack: stack, path: "\(path)>\(name)")
                } else {
                    problems.append("\(path): missing partial '\(name)'")
                }
                index += 1
            case .variable(let name, let raw):
                let value = resolve(name, stack)
                switch (value, raw) {
                case (nil, _): problems.append("\(path): '\(name)' is not in the context")
                case (.text?, false), (.html?, true), (.htmlBytes?, true): break
                case (.html?, false), (.htmlBytes?, false):
                    problems.append("\(path): '\(name)' is HTML but {{\(name)}} escapes it")
                case (.text?, true): problems.append("\(path): '\(name)' is text but {{{\(name)}}} does not escape it")
                default: problems.append("\(path): '\(name)' is not text")
                }
                index += 1
            case .open(let name, let inverted):
                let end = matchingClose(tokens, from: index, name: name)
                let inner = Array(tokens[(index + 1)..<end])
                let here = "\(path)/\(name)"
                switch resolve(name, stack) {
                case nil: problems.append("\(path): section '\(name)' is not in the context")
                case .bool?: walk(inner, stack: stack, path: here)
                case .object(let pairs)?: walk(inner, stack: inverted ? stack : stack + [.object(pairs)], path: here)
                case .list(let items)?:
                    lists.insert(here)
                    if inverted { walk(inner, stack: stack, path: here) }
                    if !inverted, !items.isEmpty { enteredLists.insert(here) }
                    if !inverted { for item in items { walk(inner, stack: stack + [item], path: here) } }
                default: problems.append("\(path): section '\(name)' is a string, which is always true")
                }
                index = end + 1
            }
        }
    }

    private func matchingClose(_ tokens: [Token], from start: Int, name: String) -> Int {
        var depth = 0
        for index in start..<tokens.count {
            switch tokens[index] {
            case .open(let other, _) where other == name: depth += 1
            case .close(let other) where other == name:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return tokens.count - 1
    }

    private func resolve(_ name: String, _ stack: [TemplateValue]) -> TemplateValue? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for frame in stack.reversed() {
            guard var value = frame[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = value[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
