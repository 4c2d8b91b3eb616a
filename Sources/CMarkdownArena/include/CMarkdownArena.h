#ifndef DOCKET_CMARKDOWN_ARENA_H
#define DOCKET_CMARKDOWN_ARENA_H

#include <cmark.h>

/// The calling thread's arena for libcmark: `calloc` and `realloc` take memory from large
/// blocks by moving a pointer, `free` does nothing, and `docket_cmark_arena_reset` gives
/// everything back at once. One document's parse and render allocate tens of thousands of
/// small nodes and buffers; with the arena they cost no `malloc` and no `free` each.
cmark_mem *docket_cmark_arena(void);

/// Forgets everything allocated from the calling thread's arena since the last reset.
/// Keeps the first block for the next document.
void docket_cmark_arena_reset(void);

/// 1 when `pointer` was allocated from the calling thread's arena since the last reset.
int docket_cmark_arena_owns(const void *pointer);

#endif
