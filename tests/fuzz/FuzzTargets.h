#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The fuzz targets as plain functions: libFuzzer drives them (LibFuzzerEntry.cpp, clang builds) and the
// unit tests replay the seed corpus and every crash ever found (FuzzReplayTest.cpp, every build).
namespace fd::fuzz {

int phone(const uint8_t* data, size_t size);
int messageTemplate(const uint8_t* data, size_t size);
int databaseUrl(const uint8_t* data, size_t size);
int selectorPack(const uint8_t* data, size_t size);
int csvRoundTrip(const uint8_t* data, size_t size);
int messageLogCsv(const uint8_t* data, size_t size);

} // namespace fd::fuzz

// A broken property is a crash, so that libFuzzer keeps the input.
#define FD_FUZZ_FAIL()                                                                                       \
    do {                                                                                                     \
        std::fprintf(stderr, "fuzz property broken at %s:%d\n", __FILE__, __LINE__);                         \
        std::abort();                                                                                        \
    } while (false)
