// Non-fatal checks for C++ harnesses: print "FAIL: ..." and count; main returns non-zero at the end.
#pragma once
#include <cstdio>

static int failures = 0;
#define CHECK(c, ...)                          \
    do {                                       \
        if (!(c)) {                            \
            std::printf("FAIL: " __VA_ARGS__); \
            std::printf("\n");                 \
            failures++;                        \
        }                                      \
    } while (0)
