import CCmark

/// Calls `visit` with each node of `document` as the walk enters it, in document order
/// (libcmark's iterator, freed at the end). A node's fields (a URL, a heading level) may be
/// changed as it is visited, but not the tree's shape: collect the nodes to move or replace,
/// and do it after the walk.
@inline(__always)
func forEachNode(in document: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
    guard let iterator = cmark_iter_new(document) else { return }
    defer { cmark_iter_free(iterator) }
    while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
        visit(node)
    }
}
