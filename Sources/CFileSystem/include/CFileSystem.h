#ifndef DOCKET_CFILESYSTEM_H
#define DOCKET_CFILESYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int docket_rename_exchange(const char *from, const char *to);

#include <stddef.h>

/// 1 when `path` (relative to the open folder `dirfd`, or AT_FDCWD) is a regular file (not a
/// symbolic link) holding exactly these bytes, else 0. Compares the size first, then reads in
/// chunks, stopping at the first difference.
int docket_same_contents_at(int dirfd, const char *path, const void *bytes, size_t length);

struct stat;

/// Creates or truncates `path` (relative to the open folder `dirfd`, or AT_FDCWD; never
/// through a symbolic link) and writes all the bytes; when `written` is not NULL, fills it
/// with the file's `fstat` once written (its stamp, as `lstat` will see it until something
/// changes the file). Returns 0, or -1 with errno set.
int docket_write_file_at(int dirfd, const char *path, const void *bytes, size_t length, struct stat *written);

/// Opens a folder for the `_at` calls (not through a symbolic link). Returns the descriptor or -1.
int docket_open_folder(const char *path);

/// Removes a file or a whole folder tree without following symbolic links. Returns 0 or -1.
int docket_remove_tree(const char *path);

/// Counts what is under a folder without following symbolic links: every entry that is not
/// a folder in `files`, every folder below the top in `folders`. Returns 0 or -1.
int docket_count_tree(const char *path, long *files, long *folders);

/// 1 when `path` is a regular file (not a symbolic link) under both open folders and both
/// names are the same file (one inode, hard-linked), else 0.
int docket_same_file_at(int dirfd_a, int dirfd_b, const char *path);
/// 1 when `path` under the open folder is a folder itself (not a symbolic link to one), else 0.
int docket_is_folder_at(int dirfd, const char *path);
/// Lists what is under a folder without following symbolic links, parents before their
/// entries: each entry is one byte ('d' a folder, 'f' a regular file, 'o' anything else), its
/// path relative to the folder, and a NUL. `*entries` is malloc'd (the caller frees it), NULL
/// when the folder is empty. Returns 0, or -1 with errno set.
int docket_list_tree(const char *path, char **entries, size_t *length);
#endif
