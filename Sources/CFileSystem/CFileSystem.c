#define _GNU_SOURCE
#include "CFileSystem.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

int docket_rename_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

#include <ftw.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int docket_same_contents_at(int dirfd, const char *path, const void *bytes, size_t length) {
    int fd = openat(dirfd, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return 0;
    struct stat info;
    int same = fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && (size_t)info.st_size == length;
    char buffer[32768];
    size_t offset = 0;
    while (same && offset < length) {
        size_t want = length - offset < sizeof buffer ? length - offset : sizeof buffer;
        ssize_t got = read(fd, buffer, want);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0 || memcmp(buffer, (const char *)bytes + offset, (size_t)got) != 0) same = 0;
        else offset += (size_t)got;
    }
    close(fd);
    return same;
}

int docket_open_folder(const char *path) {
    return open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

int docket_write_file_at(int dirfd, const char *path, const void *bytes, size_t length, struct stat *written_stat) {
    int fd = openat(dirfd, path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return -1;
    size_t offset = 0;
    while (offset < length) {
        ssize_t written = write(fd, (const char *)bytes + offset, length - offset);
        if (written < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            close(fd);
            errno = saved;
            return -1;
        }
        offset += (size_t)written;
    }
    if (written_stat != NULL && fstat(fd, written_stat) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return close(fd);
}

static int remove_entry(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)info; (void)ftw;
    return (type == FTW_DP ? rmdir(path) : unlink(path)) == 0 ? 0 : -1;
}

int docket_remove_tree(const char *path) {
    struct stat info;
    if (lstat(path, &info) != 0) return errno == ENOENT ? 0 : -1;
    if (!S_ISDIR(info.st_mode)) return unlink(path);
    return nftw(path, remove_entry, 64, FTW_DEPTH | FTW_PHYS);
}

static long counted_files, counted_folders;

static int count_entry(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)path; (void)info;
    if (type == FTW_D) { if (ftw->level > 0) counted_folders++; }
    else counted_files++;
    return 0;
}

int docket_count_tree(const char *path, long *files, long *folders) {
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    counted_files = 0;
    counted_folders = 0;
    int result = nftw(path, count_entry, 64, FTW_PHYS);
    *files = counted_files;
    *folders = counted_folders;
    pthread_mutex_unlock(&lock);
    return result;
}

int docket_same_file_at(int dirfd_a, int dirfd_b, const char *path) {
    struct stat a, b;
    if (fstatat(dirfd_a, path, &a, AT_SYMLINK_NOFOLLOW) != 0) return 0;
    if (fstatat(dirfd_b, path, &b, AT_SYMLINK_NOFOLLOW) != 0) return 0;
    return S_ISREG(a.st_mode) && S_ISREG(b.st_mode) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int docket_is_folder_at(int dirfd, const char *path) {
    struct stat info;
    return fstatat(dirfd, path, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(info.st_mode);
}

static char *listed;
static size_t listed_length, listed_capacity, listed_root_length;

static int list_entry(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    if (ftw->level == 0) return 0;
    const char *relative = path + listed_root_length + 1;
    size_t length = strlen(relative);
    if (listed_length + length + 2 > listed_capacity) {
        size_t capacity = listed_capacity ? listed_capacity * 2 : 65536;
        while (listed_length + length + 2 > capacity) capacity *= 2;
        char *grown = realloc(listed, capacity);
        if (grown == NULL) { errno = ENOMEM; return -1; }
        listed = grown;
        listed_capacity = capacity;
    }
    char kind = 'o';
    if (type == FTW_D || type == FTW_DNR) kind = 'd';
    else if (type == FTW_F && S_ISREG(info->st_mode)) kind = 'f';
    listed[listed_length++] = kind;
    memcpy(listed + listed_length, relative, length + 1);
    listed_length += length + 1;
    return 0;
}

int docket_list_tree(const char *path, char **entries, size_t *length) {
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    listed = NULL;
    listed_length = 0;
    listed_capacity = 0;
    listed_root_length = strlen(path);
    int result = nftw(path, list_entry, 64, FTW_PHYS);
    if (result != 0) {
        free(listed);
        listed = NULL;
        listed_length = 0;
    }
    *entries = listed;
    *length = listed_length;
    listed = NULL;
    pthread_mutex_unlock(&lock);
    return result;
}
