#include "CMarkdownArena.h"
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_SIZE = 1 << 20, ALIGN = 16 };

typedef struct block {
    struct block *next;
    size_t size;   /* usable bytes after the header */
    size_t used;
} block;

/* Every allocation is preceded by its size, so realloc knows how much to copy. */
typedef struct { size_t size; size_t pad; } header;

static _Thread_local block *blocks = NULL;
static _Thread_local char *last = NULL; /* the latest allocation, which realloc can grow in place */

static char *data(block *b) { return (char *)b + sizeof(block); }

/* A worker thread's blocks are given back when the thread ends (a key's destructor runs
   in the ending thread, while its thread-local variables are still there). */
static pthread_key_t thread_end_key;
static pthread_once_t thread_end_once = PTHREAD_ONCE_INIT;

static void free_blocks_at_thread_end(void *unused) {
    (void)unused;
    while (blocks) {
        block *next = blocks->next;
        free(blocks);
        blocks = next;
    }
    last = NULL;
}

static void make_thread_end_key(void) { pthread_key_create(&thread_end_key, free_blocks_at_thread_end); }

static void watch_thread_end(void) {
    pthread_once(&thread_end_once, make_thread_end_key);
    pthread_setspecific(thread_end_key, (void *)1);
}

static void out_of_memory(void) {
    fprintf(stderr, "docket: out of memory\n");
    abort();
}

static void *arena_alloc(size_t size) {
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t need = size + sizeof(header);
    if (!blocks || blocks->size - blocks->used < need) {
        if (!blocks) watch_thread_end();
        size_t capacity = need > BLOCK_SIZE ? need : BLOCK_SIZE;
        block *fresh = malloc(sizeof(block) + capacity);
        if (!fresh) out_of_memory();
        fresh->size = capacity;
        fresh->used = 0;
        fresh->next = blocks;
        blocks = fresh;
    }
    header *h = (header *)(data(blocks) + blocks->used);
    h->size = size;
    blocks->used += need;
    last = (char *)(h + 1);
    return last;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) out_of_memory();
    void *pointer = arena_alloc(count * size);
    memset(pointer, 0, count * size);
    return pointer;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (!pointer) return arena_alloc(size);
    header *h = (header *)pointer - 1;
    size_t rounded = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (rounded <= h->size) return pointer;
    /* The latest allocation grows in place when its block has room. */
    if ((char *)pointer == last && blocks) {
        char *end = data(blocks) + blocks->used;
        if ((char *)pointer + h->size == end && blocks->size - blocks->used >= rounded - h->size) {
            blocks->used += rounded - h->size;
            h->size = rounded;
            return pointer;
        }
    }
    void *moved = arena_alloc(size);
    memcpy(moved, pointer, h->size);
    return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem arena = { arena_calloc, arena_realloc, arena_free };

cmark_mem *docket_cmark_arena(void) { return &arena; }

void docket_cmark_arena_reset(void) {
    if (!blocks) return;
    /* Keep the oldest block (the first, BLOCK_SIZE or larger); give the others back. */
    while (blocks->next) {
        block *next = blocks->next;
        free(blocks);
        blocks = next;
    }
    if (blocks->size > 4 * BLOCK_SIZE) {
        free(blocks);
        blocks = NULL;
    } else {
        blocks->used = 0;
    }
    last = NULL;
}

int docket_cmark_arena_owns(const void *pointer) {
    for (block *b = blocks; b; b = b->next) {
        if ((const char *)pointer >= data(b) && (const char *)pointer < data(b) + b->used) return 1;
    }
    return 0;
}
