import CYaml
import Yams

/// Builds front matter's node tree straight from libyaml's events: the tree
/// `Yams.compose(yaml:, .basic, .default, .utf8)` builds (same values, tags, styles and
/// marks), without an object per event and without hashing every key to look for duplicates.
///
/// Only the plain case is handled here. Anything else (a syntax error, an anchor or alias, a
/// key that is not text, two keys with the same text, a second document) gives `.unsure`, and
/// the caller hands the text to Yams, which then builds the tree or reports the problem
/// exactly as before.
enum YAMLComposer {
    enum Outcome {
        /// The root node, or nil for an empty document.
        case composed(Node?)
        case unsure
    }

    static func compose(_ yaml: String) -> Outcome {
        var text = yaml
        return text.withUTF8 { bytes -> Outcome in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return .unsure }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .unsure }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var events = Events(parser: &parser)
            return events.document()
        }
    }

    /// A Yams `Mark`, whose initialiser Yams keeps to itself: two `Int`s, line then column, as
    /// its declaration says. Should the layout ever differ, nil, and Yams parses instead
    /// (`YAMLComposerTests` checks the marks against Yams').
    static func mark(line: Int, column: Int) -> Mark? {
        guard MemoryLayout<Mark>.size == 2 * MemoryLayout<Int>.size,
              MemoryLayout<Mark>.stride == MemoryLayout<(Int, Int)>.stride else { return nil }
        let mark = unsafeBitCast((line, column), to: Mark.self)
        return mark.line == line && mark.column == column ? mark : nil
    }

    /// Reads events one at a time; every event is deleted once read.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        /// Yams makes a new constructor each time `.default` is read: once per document here, as in Yams.
        let constructor = Constructor.default

        init(parser: UnsafeMutablePointer<yaml_parser_t>) {
            self.parser = parser
        }

        /// The next event, or nil on a syntax error. The caller deletes it.
        func next() -> yaml_event_t? {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            return event
        }

        /// The next event's type, the event deleted at once.
        func skip() -> yaml_event_type_t? {
            guard var event = next() else { return nil }
            defer { yaml_event_delete(&event) }
            return event.type
        }

        mutating func document() -> Outcome {
            guard skip() == YAML_STREAM_START_EVENT, let second = skip() else { return .unsure }
            if second == YAML_STREAM_END_EVENT { return .composed(nil) }
            guard second == YAML_DOCUMENT_START_EVENT, var first = next() else { return .unsure }
            let root = node(from: &first)
            yaml_event_delete(&first)
            guard let root, skip() == YAML_DOCUMENT_END_EVENT, skip() == YAML_STREAM_END_EVENT else { return .unsure }
            return .composed(root)
        }

        /// The node that `event` starts (the caller deletes `event`), or nil to leave it to Yams.
        func node(from event: inout yaml_event_t) -> Node? {
            guard let mark = YAMLComposer.mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1) else { return nil }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil else { return nil }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let tagName = scalar.quoted_implicit == 1 ? Tag.Name.str.rawValue : text(scalar.tag)
                guard let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return nil }
                return .scalar(.init(value, tag(tagName), style, mark))

            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil else { return nil }
                let tagName = start.implicit != 0 ? nil : text(start.tag)
                var items: [Node] = []
                while true {
                    guard var child = next() else { return nil }
                    defer { yaml_event_delete(&child) }
                    if child.type == YAML_SEQUENCE_END_EVENT {
                        // As Yams does: the style is read from the end event.
                        guard let style = Node.Sequence.Style(rawValue: numericCast(child.data.sequence_start.style.rawValue)) else { return nil }
                        return .sequence(.init(items, tag(tagName), style, mark))
                    }
                    guard let item = node(from: &child) else { return nil }
                    items.append(item)
                }

            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil else { return nil }
                let tagName = start.implicit != 0 ? nil : text(start.tag)
                var pairs: [(Node, Node)] = []
                var keys = Set<String>()
                while true {
                    guard var keyEvent = next() else { return nil }
                    defer { yaml_event_delete(&keyEvent) }
                    if keyEvent.type == YAML_MAPPING_END_EVENT {
                        guard let style = Node.Mapping.Style(rawValue: numericCast(keyEvent.data.mapping_start.style.rawValue)) else { return nil }
                        return .mapping(.init(pairs, tag(tagName), style, mark))
                    }
                    // Keys are text, each once; anything else is Yams' to judge.
                    guard keyEvent.type == YAML_SCALAR_EVENT, let key = node(from: &keyEvent),
                          let keyText = key.scalar?.string, keys.insert(keyText).inserted else { return nil }
                    // Yams hashes every key to find duplicates, and hashing settles an implicit
                    // tag to its resolved one (`str`) in place; keys are left as Yams leaves them.
                    var hasher = Hasher()
                    key.hash(into: &hasher)
                    guard var valueEvent = next() else { return nil }
                    defer { yaml_event_delete(&valueEvent) }
                    guard let value = node(from: &valueEvent) else { return nil }
                    pairs.append((key, value))
                }

            default:
                // An alias, or an event that cannot start a node.
                return nil
            }
        }

        private func tag(_ name: String?) -> Tag {
            Tag(name.map(Tag.Name.init(rawValue:)) ?? .implicit, .basic, constructor)
        }

        private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
