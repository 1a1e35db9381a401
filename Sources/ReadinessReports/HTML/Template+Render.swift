/// Rendering a `Template` by Mustache's rules: names are looked up from the innermost section's
/// value outwards (a dotted name's first part so, the rest inside it); a list repeats its section
/// per item, a flag shows or hides it, any other value opens it once; `{{name}}` escapes
/// `< > & " '`. A page stops with `TemplateError.tooLarge` past `Template.maximumOutput` bytes or
/// `Template.maximumSteps` nodes, so sections repeated inside each other cannot run for ever.
extension Template {
    /// Renders the template as UTF-8 bytes; `partials` are the templates `{{>name}}` includes,
    /// checked beforehand to include no cycle (`ReportTemplates` does).
    func render(
        _ context: TemplateValue, partials: [String: Template], name: String,
        maximumSteps: Int = Template.maximumSteps
    ) throws(TemplateError) -> [UInt8] {
        var renderer = Renderer(partials: partials, name: name, maximumSteps: maximumSteps)
        renderer.out.reserveCapacity(96 * 1024)
        var stack = [context]
        try renderer.render(nodes, &stack, depth: 0)
        return renderer.out
    }
}

extension Template {
    /// One page being rendered: its bytes so far and what it has used of its budget.
    fileprivate struct Renderer {
        let partials: [String: Template]
        let name: String
        let maximumSteps: Int
        var out: [UInt8] = []
        var steps = 0
        /// The tag of the innermost section or partial being rendered, for an error's place.
        var current = Position(line: 1, column: 1)

        init(partials: [String: Template], name: String, maximumSteps: Int) {
            self.partials = partials
            self.name = name
            self.maximumSteps = maximumSteps
        }

        mutating func render(_ nodes: [Node], _ stack: inout [TemplateValue], depth: Int) throws(TemplateError) {
            for node in nodes {
                steps += 1
                if steps > maximumSteps || out.count > Template.maximumOutput {
                    throw TemplateError(name: name, line: current.line, column: current.column, reason: .tooLarge)
                }
                switch node {
                case .text(let bytes):
                    out.append(contentsOf: bytes)
                case .variable(let name, let escaped):
                    guard let value = Self.lookup(name, stack) else { continue }
                    append(value, escaped: escaped)
                case .section(let name, let inner, let inverted):
                    let outer = current
                    current = name.position
                    defer { current = outer }
                    let value = Self.lookup(name, stack)
                    if inverted {
                        if Self.isFalsey(value) { try render(inner, &stack, depth: depth) }
                        continue
                    }
                    switch value {
                    case nil: continue
                    case .bool(let flag)?:
                        if flag { try render(inner, &stack, depth: depth) }
                    case .list(let items)?:
                        for item in items {
                            stack.append(item)
                            try render(inner, &stack, depth: depth)
                            stack.removeLast()
                        }
                    case let value?:
                        stack.append(value)
                        try render(inner, &stack, depth: depth)
                        stack.removeLast()
                    }
                case .partial(let partialName, let at):
                    // Cycles are refused before rendering; the depth is a second fence.
                    guard depth < Template.maximumDepth, let partial = partials[partialName] else {
                        throw TemplateError(
                            name: name, line: at.line, column: at.column,
                            reason: .partialCycle([partialName]))
                    }
                    let outer = current
                    current = at
                    try render(partial.nodes, &stack, depth: depth + 1)
                    current = outer
                }
            }
        }

        private mutating func append(_ value: TemplateValue, escaped: Bool) {
            switch value {
            case .text(let text), .html(let text):
                if escaped {
                    HTMLEscape.append(text, to: &out)
                } else {
                    text.withUTF8Bytes { out.append(contentsOf: $0) }
                }
            case .htmlBytes(let bytes):
                if escaped {
                    HTMLEscape.append(String(decoding: bytes, as: UTF8.self), to: &out)
                } else {
                    out.append(contentsOf: bytes)
                }
            case .bool(let flag):
                out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .object:
                break  // a list or an object has no text of its own
            }
        }

        /// What an inverted section shows for: nothing, `false` or an empty list.
        private static func isFalsey(_ value: TemplateValue?) -> Bool {
            switch value {
            case nil: return true
            case .bool(let flag)?: return !flag
            case .list(let items)?: return items.isEmpty
            default: return false
            }
        }

        /// The value of a name: `.` is the innermost value; a name's first part is looked up in
        /// the innermost object that has it, each further part inside the value found.
        private static func lookup(_ name: Name, _ stack: [TemplateValue]) -> TemplateValue? {
            guard let first = name.parts.first else { return nil }
            if first == "." { return stack.last }
            var found: TemplateValue?
            for value in stack.reversed() {
                if case .object(let pairs) = value, let value = pairs[first] {
                    found = value
                    break
                }
            }
            for part in name.parts.dropFirst() {
                guard case .object(let pairs)? = found else { return nil }
                found = pairs[part]
            }
            return found
        }
    }
}
