// One libFuzzer binary per target: FRONTDESK_FUZZ_TARGET names the function of FuzzTargets.h.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fd::fuzz::FRONTDESK_FUZZ_TARGET(data, size);
}
