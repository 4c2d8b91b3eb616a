import CYaml

/// Builds front matter's tree (`YAMLNode`) straight from libyaml's events: the values and
/// positions of the tree Yams would build, without Yams' objects.
///
/// Only the plain case is handled here. Anything else (a syntax error, an anchor or alias, a
/// key that is not text, two keys with the same text, a second document) gives `.unsure`, and
/// the caller hands the text to Yams, which then builds the tree or reports the problem
/// exactly as before.
enum YAMLComposer {
    enum Outcome {
        /// The root node, or nil for an empty document.
        case composed(YAMLNode?)
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
            let events = Events(parser: &parser)
            return events.document()
        }
    }

    /// Reads events one at a time; every event is deleted once read.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>

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

        func document() -> Outcome {
            guard skip() == YAML_STREAM_START_EVENT, let second = skip() else { return .unsure }
            if second == YAML_STREAM_END_EVENT { return .composed(nil) }
            guard second == YAML_DOCUMENT_START_EVENT, var first = next() else { return .unsure }
            let root = node(from: &first)
            yaml_event_delete(&first)
            guard let root, skip() == YAML_DOCUMENT_END_EVENT, skip() == YAML_STREAM_END_EVENT else { return .unsure }
            return .composed(root)
        }

        /// The node that `event` starts (the caller deletes `event`), or nil to leave it to Yams.
        func node(from event: inout yaml_event_t) -> YAMLNode? {
            let position = YAMLNode.Position(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil else { return nil }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return .scalar(.init(string: value, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, position: position))

            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil else { return nil }
                var items: [YAMLNode] = []
                while true {
                    guard var child = next() else { return nil }
                    defer { yaml_event_delete(&child) }
                    if child.type == YAML_SEQUENCE_END_EVENT { return .sequence(items, position) }
                    guard let item = node(from: &child) else { return nil }
                    items.append(item)
                }

            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil else { return nil }
                var pairs: [YAMLNode.Pair] = []
                // Front matter mappings hold a few keys, compared one by one; a mapping with
                // many has a set of them, so no file can make this quadratic.
                var keys: Set<String>?
                while true {
                    guard var keyEvent = next() else { return nil }
                    defer { yaml_event_delete(&keyEvent) }
                    if keyEvent.type == YAML_MAPPING_END_EVENT { return .mapping(pairs, position) }
                    // Keys are text, each once; anything else is Yams' to judge.
                    guard keyEvent.type == YAML_SCALAR_EVENT, let key = node(from: &keyEvent), let keyText = key.scalar?.string
                    else { return nil }
                    if keys == nil, pairs.count >= 16 { keys = Set(pairs.compactMap { $0.key.scalar?.string }) }
                    if keys != nil {
                        guard keys!.insert(keyText).inserted else { return nil }
                    } else if pairs.contains(where: { $0.key.scalar?.string == keyText }) {
                        return nil
                    }
                    guard var valueEvent = next() else { return nil }
                    defer { yaml_event_delete(&valueEvent) }
                    guard let value = node(from: &valueEvent) else { return nil }
                    pairs.append(.init(key: key, value: value))
                }

            default:
                // An alias, or an event that cannot start a node.
                return nil
            }
        }
    }
}
