// Power-loss smoke test of one design augmented by `idet insert` (parallel NVM port).
//
// Built with two Verilated models: Vgold (the original design) and Vaug (the augmented one), and
// a generated "iface.h" that names the clock, reset, start/done handshake, inputs and outputs:
//   IF_CLK, IF_RST, IF_RST_ON (active level), IF_START, IF_DONE, SLOT_WORDS, MAX_CYCLES,
//   template <class M> void set_inputs(M*); template <class M> std::vector<uint64_t> outputs(M*).
//
// Scenarios (each must end with the golden outputs):
//  jit:  start, raise idet_pwr_warn half-way, wait for idet_sleep, destroy the model (power
//        lost), build a fresh one (volatile state randomised), reset, let it restore, finish.
//  torn: as jit for a first checkpoint A; after the restore run on, warn again and cut power
//        after the second save has written a few NVM words; the NVM must then hold A valid and
//        the torn slot invalid; the next boot restores A and the run still finishes correctly.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <vector>
#include "Vaug.h"
#include "Vgold.h"
#include "iface.h"
#include "check.h"
#include "nvm_model.h"
#include "verilated.h"

static uint32_t crc32_word(uint32_t c, uint32_t d) {
    for (int i = 0; i < 32; i++) c = (c >> 1) ^ (((c ^ (d >> i)) & 1) ? 0xEDB88320u : 0);
    return c;
}

struct Slot {
    bool valid;
    uint32_t seq;
};

// Mirrors idet_ctrl's boot check: magic, length bound, CRC over words 0..2 and the payload.
static Slot read_slot(const ParallelNvm& nvm, unsigned s) {
    const uint64_t* w = &nvm.mem[s * SLOT_WORDS];
    uint32_t len = w[2] & 0xffff;
    if (w[0] != 0x1DE7C0DE || len > SLOT_WORDS - 4) return {false, 0};
    uint32_t c = 0xffffffffu;
    for (int i = 0; i < 3; i++) c = crc32_word(c, (uint32_t)w[i]);
    for (uint32_t i = 0; i < len; i++) c = crc32_word(c, (uint32_t)w[4 + i]);
    return {c == (uint32_t)w[3], (uint32_t)w[1]};
}

template <class M>
struct Model {
    std::unique_ptr<VerilatedContext> ctx;
    std::unique_ptr<M> m;
    uint64_t cycles = 0;
    explicit Model(uint64_t seed) : ctx(new VerilatedContext) {
        ctx->randReset(2);  // --x-initial unique: every power-up starts from random state
        ctx->randSeed((int)(seed % 2000000000u) + 100000);
        m.reset(new M(ctx.get()));
    }
};

template <class M>
static void tick(Model<M>& s, ParallelNvm* nvm) {
    M* m = s.m.get();
    m->IF_CLK = 0;
    m->eval();
    if constexpr (std::is_same<M, Vaug>::value) {
        uint64_t rd = 0;
        bool ack = nvm->cycle(m->idet_nvm_req, m->idet_nvm_we, m->idet_nvm_addr, m->idet_nvm_wdata, rd);
        m->idet_nvm_ack = ack;
        m->idet_nvm_rdata = (uint32_t)rd;
        m->eval();
    }
    m->IF_CLK = 1;
    m->eval();
    s.cycles++;
}

template <class M>
static void power_up(Model<M>& s, ParallelNvm* nvm) {
    M* m = s.m.get();
    set_inputs(m);
    m->IF_START = 0;
    m->IF_RST = IF_RST_ON;
    for (int i = 0; i < 5; i++) tick(s, nvm);
    m->IF_RST = !IF_RST_ON;
}

static std::vector<uint64_t> golden(uint64_t& cycles) {
    Model<Vgold> g(1);
    power_up(g, nullptr);
    g.m->IF_START = 1;
    uint64_t t = 0;
    // The done output may be random until the design's first cycle out of reset writes it.
    while ((t < 2 || !g.m->IF_DONE) && t < MAX_CYCLES) {
        tick(g, nullptr);
        t++;
    }
    CHECK(g.m->IF_DONE, "golden run did not finish in %d cycles", MAX_CYCLES);
    cycles = t;
    return outputs(g.m.get());
}

// Power up the augmented design and wait until the controller has booted (and restored).
static std::unique_ptr<Model<Vaug>> boot(ParallelNvm& nvm, uint64_t seed, uint64_t& boot_cycles) {
    std::unique_ptr<Model<Vaug>> a(new Model<Vaug>(seed));
    Vaug* m = a->m.get();
    m->idet_pwr_warn = 0;
    m->idet_clear = 0;
    power_up(*a, &nvm);
    uint64_t t = 0;
    do {
        tick(*a, &nvm);
        t++;
    } while (m->idet_busy && t < 100000);
    CHECK(!m->idet_busy, "controller still busy %llu cycles after reset", (unsigned long long)t);
    boot_cycles = t;
    return a;
}

// Run with the start handshake held for `n` cycles, or until done when n == 0.
static void run(Model<Vaug>& a, ParallelNvm& nvm, uint64_t n) {
    a.m->IF_START = 1;
    for (uint64_t t = 0; (n == 0 ? !a.m->IF_DONE : t < n) && t < MAX_CYCLES; t++) tick(a, &nvm);
}

// Raise the warning and wait for the checkpoint to commit. Returns the cycles it took.
static uint64_t warn_until_sleep(Model<Vaug>& a, ParallelNvm& nvm) {
    a.m->idet_pwr_warn = 1;
    uint64_t t = 0;
    while (!a.m->idet_sleep && t < 100000) {
        tick(a, &nvm);
        t++;
    }
    CHECK(a.m->idet_sleep, "no idet_sleep %llu cycles after idet_pwr_warn", (unsigned long long)t);
    return t;
}

int main(int argc, char** argv) {
    Verilated::commandArgs(argc, argv);
    uint64_t gcycles = 0;
    std::vector<uint64_t> want = golden(gcycles);
    std::printf("golden: %llu cycles\n", (unsigned long long)gcycles);

    {  // jit
        ParallelNvm nvm(2 * SLOT_WORDS, 1);
        uint64_t bc = 0;
        auto a = boot(nvm, 11, bc);
        run(*a, nvm, gcycles / 2);
        CHECK(!a->m->IF_DONE, "jit: finished before the warning");
        uint64_t save = warn_until_sleep(*a, nvm);
        uint64_t writes = nvm.writes;
        a.reset();  // power lost: every volatile bit is gone
        nvm.power_loss();
        uint64_t reads0 = nvm.reads;
        a = boot(nvm, 22, bc);
        CHECK(nvm.reads - reads0 > 6, "jit: boot read only %llu words: nothing restored",
              (unsigned long long)(nvm.reads - reads0));
        run(*a, nvm, 0);
        CHECK(a->m->IF_DONE, "jit: the restored run did not finish");
        CHECK(outputs(a->m.get()) == want, "jit: outputs differ from the uninterrupted run");
        std::printf("jit: warned at cycle %llu, saved in %llu cycles (%llu NVM writes), restored in %llu cycles\n",
                    (unsigned long long)(gcycles / 2), (unsigned long long)save,
                    (unsigned long long)writes, (unsigned long long)bc);
    }
    {  // torn
        ParallelNvm nvm(2 * SLOT_WORDS, 1);
        uint64_t bc = 0;
        auto a = boot(nvm, 33, bc);
        run(*a, nvm, gcycles / 3);
        warn_until_sleep(*a, nvm);
        a.reset();
        nvm.power_loss();
        Slot s0 = read_slot(nvm, 0), s1 = read_slot(nvm, 1);
        CHECK(s0.valid && s0.seq == 1 && !s1.valid, "torn: checkpoint A not in slot 0");
        a = boot(nvm, 44, bc);
        a->m->idet_pwr_warn = 0;
        run(*a, nvm, gcycles / 3);
        // Second save: cut power after its second NVM write (payload written, header not yet).
        a->m->idet_pwr_warn = 1;
        uint64_t w0 = nvm.writes, t = 0;
        while (nvm.writes < w0 + 2 && !a->m->idet_sleep && t < 100000) {
            tick(*a, &nvm);
            t++;
        }
        CHECK(!a->m->idet_sleep, "torn: the save finished before the cut");
        a.reset();
        nvm.power_loss();
        s0 = read_slot(nvm, 0);
        s1 = read_slot(nvm, 1);
        CHECK(s0.valid && s0.seq == 1, "torn: checkpoint A damaged by the torn save");
        CHECK(!s1.valid, "torn: a half-written checkpoint looks valid");
        a = boot(nvm, 55, bc);
        run(*a, nvm, 0);
        CHECK(a->m->IF_DONE, "torn: the run restored from A did not finish");
        CHECK(outputs(a->m.get()) == want, "torn: outputs differ from the uninterrupted run");
        std::printf("torn: power cut after %llu NVM writes of the second save; slot 0 (seq %u) restored\n",
                    (unsigned long long)(nvm.writes - w0), s0.seq);
    }
    std::printf("%s\n", failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
