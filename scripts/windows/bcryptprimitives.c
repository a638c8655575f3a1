/*
 * A stand-in for Windows' bcryptprimitives.dll, for running mep.exe under Wine 8 only.
 *
 * Rust's standard library (1.78 and later) gets random bytes, e.g. for HashMap keys, from
 * ProcessPrng in bcryptprimitives.dll, which Windows 10 and later have and Wine 8 lacks.
 * This DLL exports ProcessPrng and fills the buffer with RtlGenRandom (advapi32's
 * SystemFunction036), which Wine has. It is compiled with mingw-w64 by scripts/smoke.sh
 * and never shipped: real Windows uses its own DLL.
 */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 under this name (see ntsecapi.h). */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
