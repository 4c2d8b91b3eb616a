/// Front matter as `FieldReader` reads it: text values with their positions, lists and
/// mappings, and nothing else (every value is read as text, so tags and styles are not kept,
/// but whether a value is YAML's null: see `YAMLTags`).
///
/// `YAMLComposer` builds it from libyaml's events.
enum YAMLNode: Equatable {
    case scalar(Scalar)
    case sequence([YAMLNode], Position)
    case mapping([Pair], Position)

    struct Scalar: Equatable {
        let string: String
        /// YAML's null: empty, `~` or `null` written plain and without a tag, or tagged `!!null`
        /// (`!!str null` and `"null"` are the text "null").
        let isNull: Bool
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
        case .sequence(_, let position), .mapping(_, let position): return position
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
}
