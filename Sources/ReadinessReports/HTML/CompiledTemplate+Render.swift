/// Rendering a `CompiledTemplate` by swift-mustache's rules: names are looked up from the
/// innermost section's value outwards; a list repeats its section per item, a flag shows or hides
/// it, any other value opens it once; `{{name}}` escapes `< > & " '` as swift-mustache does.
extension CompiledTemplate {
    /// Renders the template with a context; `partials` are the templates `{{>name}}` includes.
    func render(_ context: TemplateValue, partials: [String: CompiledTemplate]) -> String {
        String(decoding: renderBytes(context, partials: partials), as: UTF8.self)
    }

    /// Renders the template as UTF-8 bytes.
    func renderBytes(_ context: TemplateValue, partials: [String: CompiledTemplate]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(96 * 1024)
        var stack = [context]
        Self.render(nodes, &stack, partials, &out)
        return out
    }

    // MARK: - Private

    private static func render(_ nodes: [Node], _ stack: inout [TemplateValue], _ partials: [String: CompiledTemplate],
                               _ out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = lookup(name, stack) else { continue }
                switch value {
                case .text(let text), .html(let text):
                    if escaped { MustacheEscape.append(text, to: &out) } else { append(text, to: &out) }
                case .htmlBytes(let bytes):
                    if escaped {
                        MustacheEscape.append(String(decoding: bytes, as: UTF8.self), to: &out)
                    } else {
                        out.append(contentsOf: bytes)
                    }
                case .bool(let flag):
                    append(flag ? "true" : "false", to: &out)
                case .list, .object:
                    let text = String(describing: value.mustacheValue)
                    if escaped { MustacheEscape.append(text, to: &out) } else { append(text, to: &out) }
                }
            case .section(let name, let inner, let inverted):
                let value = lookup(name, stack)
                if inverted {
                    if isFalsey(value) { render(inner, &stack, partials, &out) }
                    continue
                }
                switch value {
                case nil: continue
                case .bool(let flag)?:
                    if flag { render(inner, &stack, partials, &out) }
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(inner, &stack, partials, &out)
                        stack.removeLast()
                    }
                case let value?:
                    stack.append(value)
                    render(inner, &stack, partials, &out)
                    stack.removeLast()
                }
            case .partial(let name):
                if let partial = partials[name] { render(partial.nodes, &stack, partials, &out) }
            }
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

    /// The value of a name in the innermost object that has it.
    private static func lookup(_ name: String, _ stack: [TemplateValue]) -> TemplateValue? {
        for value in stack.reversed() {
            if case .object(let pairs) = value, let found = pairs[name] { return found }
        }
        return nil
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        text.withUTF8Bytes { out.append(contentsOf: $0) }
    }
}

/// swift-mustache's HTML escaping: `<`, `>`, `&`, `"` and `'`, compared by character, so a quote
/// that starts a longer character (followed by a combining mark) stays as it is. Text without
/// those bytes is copied; ASCII text is escaped byte by byte, which is the same thing there.
enum MustacheEscape {
    /// Appends the escaped text.
    static func append(_ text: String, to out: inout [UInt8]) {
        text.withUTF8Bytes { bytes in
            var special = false
            var ascii = true
            for byte in bytes {
                if isSpecial[Int(byte)] { special = true }
                if byte >= 0x80 { ascii = false }
            }
            if !special { return out.append(contentsOf: bytes) }
            if ascii {
                for byte in bytes {
                    if let entity = entity(byte) { out.append(contentsOf: entity) } else { out.append(byte) }
                }
                return
            }
            for character in String(decoding: bytes, as: UTF8.self) {
                if character.utf8.count == 1, let entity = entity(character.utf8.first!) {
                    out.append(contentsOf: entity)
                } else {
                    out.append(contentsOf: character.utf8)
                }
            }
        }
    }

    private static let isSpecial: [Bool] = (0..<256).map { [0x3C, 0x3E, 0x26, 0x22, 0x27].contains($0) }

    private static func entity(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case 0x3C: return lt
        case 0x3E: return gt
        case 0x26: return amp
        case 0x22: return quot
        case 0x27: return apos
        default: return nil
        }
    }

    private static let lt = Array("&lt;".utf8), gt = Array("&gt;".utf8), amp = Array("&amp;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)
}
