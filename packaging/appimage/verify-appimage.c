/* Reads an AppImage with Debian's libappimage (an implementation independent of our runtime) and checks what
 * AppImage tools and desktops rely on: type 2, the payload offset, AppRun, a .desktop entry with its icon,
 * and that the desktop entry names the app.
 *   verify-appimage FILE.AppImage EXPECTED_OFFSET
 */
#include <appimage/appimage.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void expect(int ok, const char *what)
{
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok)
        ++failures;
}

static int listed(char **files, const char *name)
{
    for (char **f = files; f && *f; ++f)
        if (strcmp(*f, name) == 0)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s FILE.AppImage EXPECTED_OFFSET\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    expect(appimage_get_type(path, false) == 2, "libappimage sees a type-2 AppImage");
    expect(appimage_get_payload_offset(path) == strtoll(argv[2], NULL, 10),
           "libappimage finds the squashfs where the runtime says it starts");

    char **files = appimage_list_files(path);
    expect(files && listed(files, "AppRun"), "AppRun is in the image");
    expect(listed(files, "usr/bin/frontdesk"), "usr/bin/frontdesk is in the image");
    expect(listed(files, ".DirIcon"), ".DirIcon is in the image");

    char *desktop = NULL;
    unsigned long size = 0;
    int found = 0;
    for (char **f = files; f && *f; ++f) {
        if (!strchr(*f, '/') && strlen(*f) > 8 && strcmp(*f + strlen(*f) - 8, ".desktop") == 0) {
            found = appimage_read_file_into_buffer_following_symlinks(path, *f, &desktop, &size);
            break;
        }
    }
    expect(found && desktop, "a .desktop entry at the top of the image can be read");
    if (desktop) {
        char *text = calloc(size + 1, 1);
        memcpy(text, desktop, size);
        expect(strstr(text, "\nExec=frontdesk") != NULL, "the desktop entry starts frontdesk");
        expect(strstr(text, "\nName=FrontDesk") != NULL, "the desktop entry is named FrontDesk");
        free(text);
        free(desktop);
    }
    appimage_string_list_free(files);
    return failures ? 1 : 0;
}
