/* Type-2 AppImage runtime for FrontDesk, built from Debian's static squashfuse and libfuse3 because no
 * prebuilt runtime can be downloaded on the build machines (packaging.md). The AppImage is this ELF file
 * followed by a squashfs image of the AppDir; the ELF header carries the type-2 magic "AI\2" at offset 8.
 *
 *   FrontDesk.AppImage [args]            mounts the image with FUSE and runs AppRun (falls back to
 *                                        extract-and-run when FUSE is unavailable)
 *   --appimage-extract-and-run [args]    extracts into a temporary folder, runs, removes it (no FUSE)
 *   --appimage-extract [PATH]            extracts everything (or PATH and below) into ./squashfs-root
 *   --appimage-mount                     mounts, prints the mount point, waits until killed
 *   --appimage-offset                    prints where the squashfs image starts
 *   --appimage-version, --appimage-help
 * APPIMAGE_EXTRACT_AND_RUN=1 selects extract-and-run too. AppRun gets APPIMAGE, APPDIR, ARGV0 and OWD.
 */
#define _GNU_SOURCE
#include <squashfuse/ll.h>

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUNTIME_VERSION "frontdesk-runtime 1"

/* Sections AppImage tools look for: update information and signature slots (left empty). */
__attribute__((section(".upd_info"), used)) static char update_information[1024];
__attribute__((section(".sha256_sig"), used)) static char signature[1024];
__attribute__((section(".sig_key"), used)) static char signature_key[8192];

static void die(const char *what)
{
    fprintf(stderr, "AppImage runtime: %s: %s\n", what, strerror(errno));
    exit(EXIT_FAILURE);
}

/* The squashfs image starts where this ELF file ends: after the section header table. */
static off_t elf_size(const char *path)
{
    Elf64_Ehdr header;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        die(path);
    if (pread(fd, &header, sizeof header, 0) != (ssize_t)sizeof header) {
        fprintf(stderr, "AppImage runtime: %s is too short\n", path);
        exit(EXIT_FAILURE);
    }
    close(fd);
    if (memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 || header.e_ident[EI_CLASS] != ELFCLASS64) {
        fprintf(stderr, "AppImage runtime: %s is not a 64-bit ELF file\n", path);
        exit(EXIT_FAILURE);
    }
    off_t sections_end = (off_t)(header.e_shoff + (Elf64_Off)header.e_shentsize * header.e_shnum);
    off_t headers_end = (off_t)(header.e_phoff + (Elf64_Off)header.e_phentsize * header.e_phnum);
    return sections_end > headers_end ? sections_end : headers_end;
}

static int mkdirs(char *path, mode_t mode)
{
    for (char *p = path + 1; *p; ++p) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0755) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return mkdir(path, mode) != 0 && errno != EEXIST ? -1 : 0;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *target)
{
    int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, inode->base.mode & 07777);
    if (fd < 0)
        return -1;
    static char buffer[1 << 20];
    sqfs_off_t offset = 0, total = (sqfs_off_t)inode->xtra.reg.file_size;
    while (offset < total) {
        sqfs_off_t size = total - offset < (sqfs_off_t)sizeof buffer ? total - offset : (sqfs_off_t)sizeof buffer;
        if (sqfs_read_range(fs, inode, offset, &size, buffer) != SQFS_OK || size <= 0) {
            errno = EIO;
            close(fd);
            return -1;
        }
        for (sqfs_off_t written = 0; written < size;) {
            ssize_t n = write(fd, buffer + written, (size_t)(size - written));
            if (n < 0) {
                close(fd);
                return -1;
            }
            written += n;
        }
        offset += size;
    }
    if (fchmod(fd, inode->base.mode & 07777) != 0) {
        close(fd);
        return -1;
    }
    return close(fd);
}

/* The wanted path itself, anything below it, and its parent folders. */
static int wanted(const char *path, const char *only, size_t only_length)
{
    size_t length = strlen(path);
    if (strncmp(path, only, only_length) == 0 && (path[only_length] == '\0' || path[only_length] == '/'))
        return 1;
    return length < only_length && strncmp(only, path, length) == 0 && only[length] == '/';
}

/* Extracts the image's entries below `only` (all when NULL) into `destination`. */
static int extract(const char *image, off_t offset, const char *destination, const char *only)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK)
        return -1;
    sqfs_traverse trv;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        sqfs_destroy(&fs);
        return -1;
    }
    char root[PATH_MAX];
    snprintf(root, sizeof root, "%s", destination);
    if (mkdirs(root, 0755) != 0)
        die(destination);

    int result = 0;
    sqfs_err err = SQFS_OK;
    size_t only_length = only ? strlen(only) : 0;
    while (sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        if (only && !wanted(trv.path, only, only_length))
            continue;
        char target[PATH_MAX];
        if (snprintf(target, sizeof target, "%s/%s", destination, trv.path) >= (int)sizeof target) {
            errno = ENAMETOOLONG;
            result = -1;
            break;
        }
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK) {
            errno = EIO;
            result = -1;
            break;
        }
        mode_t type = inode.base.mode & S_IFMT;
        int ok = 0;
        if (type == S_IFDIR) {
            ok = mkdir(target, 0755) == 0 || errno == EEXIST ? 0 : -1;
            if (ok == 0)
                ok = chmod(target, (inode.base.mode & 07777) | 0700);
        } else if (type == S_IFREG) {
            unlink(target);
            ok = extract_file(&fs, &inode, target);
        } else if (type == S_IFLNK) {
            char link[PATH_MAX];
            size_t size = sizeof link;
            if (sqfs_readlink(&fs, &inode, link, &size) != SQFS_OK) {
                errno = EIO;
                ok = -1;
            } else {
                unlink(target);
                ok = symlink(link, target);
            }
        } /* devices, fifos and sockets have no place in an AppDir */
        if (ok != 0) {
            fprintf(stderr, "AppImage runtime: cannot extract %s: %s\n", target, strerror(errno));
            result = -1;
            break;
        }
    }
    if (err != SQFS_OK)
        result = -1;
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return result;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static void export_environment(const char *appimage, const char *appdir, const char *argv0)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", appimage, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
}

static char **apprun_argv(const char *apprun, int argc, char **argv)
{
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        die("calloc");
    args[0] = (char *)apprun;
    int n = 1;
    for (int i = 1; i < argc; ++i)
        if (strncmp(argv[i], "--appimage-", 11) != 0)
            args[n++] = argv[i];
    args[n] = NULL;
    return args;
}

static volatile pid_t app_pid;

static void forward_signal(int sig)
{
    if (app_pid > 0)
        kill(app_pid, sig);
}

static int extract_and_run(const char *appimage, off_t offset, int argc, char **argv)
{
    const char *tmp = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    char appdir[PATH_MAX];
    snprintf(appdir, sizeof appdir, "%s/appimage_extracted_XXXXXX", tmp);
    if (!mkdtemp(appdir))
        die(appdir);
    if (extract(appimage, offset, appdir, NULL) != 0) {
        nftw(appdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        fprintf(stderr, "AppImage runtime: could not extract %s\n", appimage);
        return EXIT_FAILURE;
    }
    char apprun[PATH_MAX + 8];
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    export_environment(appimage, appdir, argv[0]);
    pid_t child = fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        execv(apprun, apprun_argv(apprun, argc, argv));
        die(apprun);
    }
    /* Termination goes to the app; this process waits for it and then cleans up. */
    app_pid = child;
    struct sigaction forward;
    memset(&forward, 0, sizeof forward);
    forward.sa_handler = forward_signal;
    sigaction(SIGINT, &forward, NULL);
    sigaction(SIGTERM, &forward, NULL);
    sigaction(SIGHUP, &forward, NULL);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!getenv("NO_CLEANUP"))
        nftw(appdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* ---- FUSE mount ---- */

struct server {
    struct fuse_session *session;
    const char *mountpoint;
    int keepalive; /* read end: EOF once every process of the app has exited */
};

static void *watch_keepalive(void *data)
{
    struct server *server = data;
    char c;
    while (read(server->keepalive, &c, 1) != 0) {
        if (errno != EINTR)
            break;
    }
    fuse_session_exit(server->session);
    fuse_session_unmount(server->session); /* wakes fuse_session_loop */
    return NULL;
}

/* Child process: serves the image at `mountpoint` until the app is gone. Writes one byte to `ready`. */
static int serve(const char *appimage, off_t offset, const char *mountpoint, int ready, int keepalive)
{
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    sqfs_ll *ll = sqfs_ll_open(appimage, (size_t)offset);
    if (!ll)
        return EXIT_FAILURE;
    char *fuse_argv[] = {"frontdesk-appimage", "-o", "ro,nodev,nosuid", "-o", "subtype=frontdesk", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(5, fuse_argv);
    sqfs_ll_chan channel;
    if (sqfs_ll_mount(&channel, mountpoint, &args, &ops, sizeof ops, ll) != SQFS_OK)
        return EXIT_FAILURE;
    if (write(ready, "m", 1) != 1)
        return EXIT_FAILURE;
    close(ready);
    struct server server = {channel.session, mountpoint, keepalive};
    pthread_t watcher;
    pthread_create(&watcher, NULL, watch_keepalive, &server);
    fuse_session_loop(channel.session);
    pthread_join(watcher, NULL);
    fuse_session_destroy(channel.session);
    rmdir(mountpoint);
    return EXIT_SUCCESS;
}

/* Mounts the image; returns the mount point, or NULL when FUSE is not available. The write end of the
 * keepalive pipe stays open in this process (and everything it execs) to keep the mount alive. */
static char *mount_image(const char *appimage, off_t offset)
{
    if (access("/dev/fuse", R_OK | W_OK) != 0)
        return NULL;
    const char *tmp = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    static char mountpoint[PATH_MAX];
    snprintf(mountpoint, sizeof mountpoint, "%s/.mount_FrontDeskXXXXXX", tmp);
    if (!mkdtemp(mountpoint))
        return NULL;
    int ready[2], keepalive[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe(keepalive) != 0)
        die("pipe");
    pid_t child = fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        close(ready[0]);
        close(keepalive[1]);
        setsid(); /* not killed with the app's process group by Ctrl+C */
        int devnull = open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            dup2(devnull, STDIN_FILENO);
            dup2(devnull, STDOUT_FILENO);
        }
        _exit(serve(appimage, offset, mountpoint, ready[1], keepalive[0]));
    }
    close(ready[1]);
    close(keepalive[0]);
    char c;
    ssize_t n;
    while ((n = read(ready[0], &c, 1)) < 0 && errno == EINTR) {
    }
    close(ready[0]);
    if (n != 1) {
        waitpid(child, NULL, 0);
        rmdir(mountpoint);
        return NULL;
    }
    return mountpoint;
}

static void usage(void)
{
    printf("FrontDesk AppImage (%s)\n"
           "  --appimage-extract-and-run [ARGS]  run without FUSE (extracts into a temporary folder)\n"
           "  --appimage-extract [PATH]          extract into ./squashfs-root\n"
           "  --appimage-mount                   mount and print the mount point until stopped\n"
           "  --appimage-offset                  print the offset of the squashfs image\n"
           "  --appimage-version                 print the runtime's version\n"
           "Other arguments go to FrontDesk (try --help).\n",
           RUNTIME_VERSION);
}

int main(int argc, char **argv)
{
    char appimage[PATH_MAX];
    if (!realpath("/proc/self/exe", appimage))
        die("/proc/self/exe");
    off_t offset = elf_size(appimage);
    const char *option = argc > 1 ? argv[1] : "";

    if (strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return EXIT_SUCCESS;
    }
    if (strcmp(option, "--appimage-version") == 0) {
        printf("%s\n", RUNTIME_VERSION);
        return EXIT_SUCCESS;
    }
    if (strcmp(option, "--appimage-help") == 0) {
        usage();
        return EXIT_SUCCESS;
    }
    if (strcmp(option, "--appimage-extract") == 0) {
        const char *only = argc > 2 ? argv[2] : NULL;
        if (extract(appimage, offset, "squashfs-root", only) != 0) {
            fprintf(stderr, "AppImage runtime: could not extract %s\n", appimage);
            return EXIT_FAILURE;
        }
        printf("squashfs-root\n");
        return EXIT_SUCCESS;
    }
    const char *env = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (strcmp(option, "--appimage-extract-and-run") == 0 || (env && strcmp(env, "1") == 0))
        return extract_and_run(appimage, offset, argc, argv);
    if (strncmp(option, "--appimage-", 11) == 0 && strcmp(option, "--appimage-mount") != 0) {
        fprintf(stderr, "AppImage runtime: unknown option %s\n", option);
        usage();
        return EXIT_FAILURE;
    }

    char *mountpoint = mount_image(appimage, offset);
    if (!mountpoint) {
        fprintf(stderr, "AppImage runtime: FUSE is not available here; extracting instead "
                        "(install fuse3, or use --appimage-extract-and-run)\n");
        return extract_and_run(appimage, offset, argc, argv);
    }
    if (strcmp(option, "--appimage-mount") == 0) {
        printf("%s\n", mountpoint);
        fflush(stdout);
        pause(); /* until killed; the mount goes when this process does */
        return EXIT_SUCCESS;
    }
    char apprun[PATH_MAX + 8];
    snprintf(apprun, sizeof apprun, "%s/AppRun", mountpoint);
    export_environment(appimage, mountpoint, argv[0]);
    execv(apprun, apprun_argv(apprun, argc, argv));
    die(apprun);
}
