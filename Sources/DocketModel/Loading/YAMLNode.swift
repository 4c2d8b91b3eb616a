import Yams

/// Front matter as `FieldReader` reads it: text values with their positions, lists and
/// mappings, and nothing else (every value is read as text, so tags and styles are not kept,
/// but whether a scalar was plain, which decides what is null).
///
/// `YAMLComposer` builds it straight from libyaml's events; where Yams parses instead, its
/// tree is turned into this one (`init(_:)`).
enum YAMLNode: Equatable {
    case scalar(Scalar)
    case sequence([YAMLNode], Position)
    case mapping([Pair], Position)
    /// Only from Yams' tree; front matter with an alias is refused before parsing.
    case alias(Position)

    struct Scalar: Equatable {
        let string: String
        /// Written without quotes and not as a block (`|`, `>`): only such a value can be null.
        let isPlain: Bool
        let position: Position
    }

    struct Pair: Equatable {
        let key: YAMLNode
        let value: YAMLNode
    }

    /// Where a node starts in the YAML text, 1-based.
    struct Position: Equatable {
        let line: Int
        let column: Int
    }

    var position: Position {
        switch self {
        case .scalar(let scalar): return scalar.position
        case .sequence(_, let position), .mapping(_, let position), .alias(let position): return position
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The value of `key` when this is a mapping with that text key.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key.scalar?.string == key }?.value
    }

    /// Item `index` when this is a list that long.
    subscript(index: Int) -> YAMLNode? {
        guard case .sequence(let items, _) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// Yams' tree as this one.
    init(_ node: Node) {
        let position = Position(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            self = .scalar(Scalar(string: scalar.string, isPlain: scalar.style == .plain, position: position))
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLNode.init), position)
        case .mapping(let mapping):
            self = .mapping(mapping.indices.map { Pair(key: YAMLNode(mapping[$0].key), value: YAMLNode(mapping[$0].value)) }, position)
        case .alias:
            self = .alias(position)
        }
    }
}
