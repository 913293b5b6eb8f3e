// Unit test of the NVM adapters against the C++ models of sim/nvm_model.h.
// Built by tests/hdl_templates.rs with one of: -DADAPTER_PARALLEL (with -GNW=.. -GLATENCY=..)
// or -DADAPTER_SPI (with -GADDR_BYTES=..). Drives the controller-side port as idet_ctrl does
// (request held until acknowledged), writes random words, reads them back, and for SPI checks
// every command byte. Prints PASS or FAIL lines; exit status 0 only on PASS.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include "Vdut.h"
#include "verilated.h"
#include "check.h"
#include "nvm_model.h"

#ifndef NW
#define NW 32
#endif
#ifndef LATENCY
#define LATENCY 0
#endif
#ifndef ADDR_BYTES
#define ADDR_BYTES 2
#endif

int main(int argc, char** argv) {
    VerilatedContext ctx;
    ctx.commandArgs(argc, argv);
    Vdut top(&ctx);
#ifdef ADAPTER_PARALLEL
    const unsigned parts = 32 / NW;
    // Without an acknowledge (LATENCY > 0) the memory completes after LATENCY cycles.
    ParallelNvm nvm(4096 * parts, LATENCY > 0 ? LATENCY - 1 : 2);
    const uint64_t mask = NW == 32 ? 0xffffffffull : (1ull << NW) - 1;
#else
    SpiFram nvm(1 << 16, ADDR_BYTES);
    nvm.keep_log = true;
#endif
    uint64_t cycles = 0;
    // One clock cycle; returns whether the controller-side ack was high before the rising edge
    // (the transfer edge), with rdata as it was then.
    auto tick = [&](uint32_t* rdata = nullptr) -> bool {
        top.clk = 0;
        top.eval();
#ifdef ADAPTER_PARALLEL
        uint64_t rd = 0;
        bool ack = nvm.cycle(top.nvm_req, top.nvm_we, top.nvm_addr, top.nvm_wdata, rd);
        top.nvm_ack = LATENCY > 0 ? 0 : ack;
        top.nvm_rdata = rd & mask;
#endif
        top.eval();
        bool done = top.ack;
        if (rdata) *rdata = top.rdata;
        top.clk = 1;
        top.eval();
#ifdef ADAPTER_SPI
        top.spi_miso = nvm.pins(top.spi_cs_n, top.spi_sck, top.spi_mosi);
#endif
        cycles++;
        return done;
    };
    // One controller-side transfer: hold the request until the acknowledge edge.
    auto transfer = [&](bool we, uint32_t addr, uint32_t wdata) -> uint32_t {
        top.req = 1;
        top.we = we;
        top.addr = addr;
        top.wdata = wdata;
        for (int guard = 0; guard < 10000; guard++) {
            uint32_t r = 0;
            if (tick(&r)) {
                top.req = 0;
                return r;
            }
        }
        CHECK(false, "no acknowledge for %s of word %u", we ? "write" : "read", addr);
        return 0;
    };
    top.rst = 1;
    top.req = 0;
    for (int i = 0; i < 4; i++) tick();
    top.rst = 0;
    tick();

    std::mt19937 rng(12345);
    std::map<uint32_t, uint32_t> expect;
    const uint32_t words = 2048;
    for (int i = 0; i < 300; i++) {
        uint32_t a = rng() % words, d = rng();
        bool back_to_back = rng() % 2;
        transfer(true, a, d);
        expect[a] = d;
#ifdef ADAPTER_SPI
        // WREN, then WRITE with the byte address (MSB first) and the data LSB first.
        CHECK(nvm.log.size() >= 2, "write %d: %zu commands logged", i, nvm.log.size());
        if (nvm.log.size() >= 2) {
            auto& wren = nvm.log[nvm.log.size() - 2];
            auto& wr = nvm.log.back();
            CHECK(wren.size() == 1 && wren[0] == 0x06, "write %d: first command is not WREN", i);
            std::vector<uint8_t> want = {0x02};
            uint32_t ba = a * 4;
            for (int k = ADDR_BYTES - 1; k >= 0; k--) want.push_back((ba >> (8 * k)) & 0xff);
            for (int k = 0; k < 4; k++) want.push_back((d >> (8 * k)) & 0xff);
            CHECK(wr == want, "write %d: WRITE command bytes differ", i);
        }
#endif
        if (!back_to_back) tick();
    }
    for (auto& [a, d] : expect) {
        uint32_t r = transfer(false, a, 0);
        CHECK(r == d, "read word %u: got %08x, want %08x", a, r, d);
#ifdef ADAPTER_SPI
        auto& rd = nvm.log.back();
        CHECK(rd.size() == 1 + ADDR_BYTES + 4 && rd[0] == 0x03, "read %u: READ command malformed", a);
#endif
    }
#ifdef ADAPTER_PARALLEL
    // The NVM-side layout: part k of word a at NVM address a * parts + k, least significant first.
    for (auto& [a, d] : expect)
        for (unsigned k = 0; k < parts; k++)
            CHECK(nvm.mem[a * parts + k] == ((uint64_t(d) >> (NW * k)) & mask),
                  "NVM word %u part %u", a, k);
#else
    for (auto& [a, d] : expect)
        for (unsigned k = 0; k < 4; k++)
            CHECK(nvm.mem[a * 4 + k] == ((d >> (8 * k)) & 0xff), "FRAM byte %u", a * 4 + k);
#endif
    std::printf("%s: %zu words written and read back in %llu cycles\n", failures ? "FAIL" : "PASS",
                expect.size(), (unsigned long long)cycles);
    return failures ? 1 : 0;
}
