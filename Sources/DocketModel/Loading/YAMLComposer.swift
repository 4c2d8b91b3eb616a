import CLibYAML

/// Builds front matter's tree (`YAMLNode`) straight from libyaml's events, and refuses, at the
/// event that shows it, everything front matter may not hold: whatever bytes come before, no
/// other check decides whether to look.
///
/// - an alias (`*name`): a few nested ones describe an exponentially large document
///   ("billion laughs"), and content has no need of them (anchors alone are harmless);
/// - lists and mappings nested more than `maximumDepth` deep;
/// - a key that is already in its mapping (keys are compared as text, tags and quotes aside);
/// - a tag outside YAML's core schema, or one that does not fit its value (`YAMLTags`);
/// - a second document;
/// - and every syntax error libyaml finds (`YAMLSyntaxError`).
enum YAMLComposer {
    /// Deeper nesting than any front matter needs.
    static let maximumDepth = 32

    static let tooDeepMessage = "front matter nests lists and mappings more than \(maximumDepth) deep"

    // Debian's libyaml 0.2.5 sets no nesting limit of its own (later versions count what the
    // scanner read ahead, and stop a line of brackets at its second one): the composer refuses
    // the collection past `maximumDepth` as its event arrives, before anything deeper is read.

    static let aliasMessage = "a YAML value cannot start with \"*\": that is an alias, and aliases are not allowed in front matter; put the value in quotes"

    /// The root node, or nil for an empty document; positions are the text's lines and columns.
    static func compose(_ yaml: String) -> Result<YAMLNode?, YAMLDocument.Problem> {
        var text = yaml
        return text.withUTF8 { bytes -> Result<YAMLNode?, YAMLDocument.Problem> in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return .success(nil) }
            var parser = yaml_parser_t()
            return withUnsafeMutablePointer(to: &parser) { parser -> Result<YAMLNode?, YAMLDocument.Problem> in
                guard yaml_parser_initialize(parser) == 1 else {
                    return .failure(.init(code: .yamlSyntax, line: 1, column: 1, message: "YAML: out of memory"))
                }
                defer { yaml_parser_delete(parser) }
                yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
                yaml_parser_set_input_string(parser, base, bytes.count)
                let events = Events(parser: parser, bytes: bytes, positions: YAMLPositions(bytes))
                do throws(YAMLDocument.Problem) {
                    return .success(try events.document())
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    /// Reads events one at a time; every event is deleted once read.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let bytes: UnsafeBufferPointer<UInt8>
        let positions: YAMLPositions

        /// The next event; the caller deletes it.
        func next() throws(YAMLDocument.Problem) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw YAMLSyntaxError.problem(parser.pointee, bytes: bytes, positions: positions)
            }
            return event
        }

        /// The next event's type and start, the event deleted at once.
        func skip() throws(YAMLDocument.Problem) -> (yaml_event_type_t, yaml_mark_t) {
            var event = try next()
            defer { yaml_event_delete(&event) }
            return (event.type, event.start_mark)
        }

        func problem(_ code: DiagnosticCode, _ message: String, at mark: yaml_mark_t) -> YAMLDocument.Problem {
            let at = positions.position(mark)
            return .init(code: code, line: at.line, column: at.column, message: message)
        }

        func document() throws(YAMLDocument.Problem) -> YAMLNode? {
            _ = try skip()  // the stream's start
            if try skip().0 == YAML_STREAM_END_EVENT { return nil }  // else a document's start
            var first = try next()
            defer { yaml_event_delete(&first) }
            let root = try node(from: &first, depth: 1)
            _ = try skip()  // the document's end
            let (after, mark) = try skip()
            if after == YAML_DOCUMENT_START_EVENT {
                throw problem(.yamlSyntax, "YAML: a second document starts here; front matter is a single YAML document", at: mark)
            }
            return root
        }

        /// The node that `event` starts (the caller deletes `event`), at `depth` (the root is 1).
        func node(from event: inout yaml_event_t, depth: Int) throws(YAMLDocument.Problem) -> YAMLNode {
            let position = positions.position(event.start_mark)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let isNull = if let tag = scalar.tag {
                    try YAMLTags.check(tag, .scalar(value), at: position)
                } else {
                    YAMLTags.isNull(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE)
                }
                if scalar.style == YAML_PLAIN_SCALAR_STYLE, event.end_mark.line != event.start_mark.line {
                    try checkContinuationLines(from: position.line, to: positions.position(event.end_mark).line)
                }
                return .scalar(.init(string: value, isNull: isNull, position: position))

            case YAML_SEQUENCE_START_EVENT:
                if depth > maximumDepth { throw tooDeep(at: event.start_mark) }
                if let tag = event.data.sequence_start.tag { _ = try YAMLTags.check(tag, .sequence, at: position) }
                var items: [YAMLNode] = []
                while true {
                    var child = try next()
                    defer { yaml_event_delete(&child) }
                    if child.type == YAML_SEQUENCE_END_EVENT { return .sequence(items, position) }
                    items.append(try node(from: &child, depth: depth + 1))
                }

            case YAML_MAPPING_START_EVENT:
                if depth > maximumDepth { throw tooDeep(at: event.start_mark) }
                if let tag = event.data.mapping_start.tag { _ = try YAMLTags.check(tag, .mapping, at: position) }
                var pairs: [YAMLNode.Pair] = []
                // Front matter mappings hold a few keys, compared one by one; a mapping with
                // many has a set of them, so no file can make this quadratic.
                var keys: Set<String>?
                while true {
                    var keyEvent = try next()
                    defer { yaml_event_delete(&keyEvent) }
                    if keyEvent.type == YAML_MAPPING_END_EVENT { return .mapping(pairs, position) }
                    let key = try node(from: &keyEvent, depth: depth + 1)
                    // A key that is a list or a mapping is kept for `FieldReader` to refuse.
                    if let keyText = key.scalar?.string {
                        if keys == nil, pairs.count >= 16 { keys = Set(pairs.compactMap { $0.key.scalar?.string }) }
                        let repeated = keys != nil ? !keys!.insert(keyText).inserted
                                                   : pairs.contains { $0.key.scalar?.string == keyText }
                        if repeated { throw problem(.duplicateKey, "duplicate key \"\(keyText)\"; each key may appear once", at: keyEvent.start_mark) }
                    }
                    var valueEvent = try next()
                    defer { yaml_event_delete(&valueEvent) }
                    pairs.append(.init(key: key, value: try node(from: &valueEvent, depth: depth + 1)))
                }

            case YAML_ALIAS_EVENT:
                throw problem(.yamlAlias, YAMLComposer.aliasMessage, at: event.start_mark)

            default:
                // No other event can start a node; libyaml reports a broken stream itself.
                throw problem(.yamlSyntax, "YAML: unexpected \(event.type)", at: event.start_mark)
            }
        }

        /// A plain value that runs over several lines takes a more indented `- item` below it as
        /// more of its text (`- a` then `  - b` reads as one item, "a - b"): valid YAML, and
        /// never what the editor meant.
        func checkContinuationLines(from first: Int, to last: Int) throws(YAMLDocument.Problem) {
            guard last > first else { return }
            for number in (first + 1)...last {
                guard let column = YAMLSyntaxError.itemColumn(YAMLSyntaxError.line(number, of: bytes)) else { continue }
                if let misaligned = YAMLSyntaxError.misalignedItem(line: number, of: bytes) {
                    throw YAMLDocument.Problem(code: .yamlSyntax, line: number, column: misaligned.column,
                                               message: misaligned.text + "; as it is, YAML reads it as more of the text above")
                }
                throw YAMLDocument.Problem(code: .yamlSyntax, line: number, column: column,
                                           message: "YAML: this \"-\" line is read as more of the text above it, not as a list item; "
                                           + "a list goes under its key, each item on its own line, the items lined up under each other")
            }
        }

        func tooDeep(at mark: yaml_mark_t) -> YAMLDocument.Problem {
            problem(.yamlTooDeep, YAMLComposer.tooDeepMessage, at: mark)
        }
    }
}
