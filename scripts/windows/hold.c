/*
 * hold.exe FILE SECONDS: keeps FILE open the way a PDF viewer does (others may read it, but
 * not write, delete or replace it) for SECONDS, for the smoke suite's test that `mep render`
 * explains a document it cannot replace. Prints "held" once the file is open. Compiled with
 * mingw-w64 by scripts/smoke.sh and run under Wine; never shipped.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 3) {
        fputs("usage: hold.exe FILE SECONDS\n", stderr);
        return 2;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "hold: cannot open the file (error %lu)\n", GetLastError());
        return 1;
    }
    puts("held");
    fflush(stdout);
    Sleep((DWORD)wcstoul(argv[2], NULL, 10) * 1000);
    CloseHandle(file);
    return 0;
}
