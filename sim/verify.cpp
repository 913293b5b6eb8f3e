// Harness of `idet verify`: the original design (Vgold) and the design augmented by `idet insert`
// (Vaug) run the same seeded random workload; the augmented one loses power again and again.
//
// `idet verify` generates "iface.h" (see src/verify/harness.rs) naming the clock, reset, host
// protocol, data inputs and their ranges, outputs, host memories and the NVM port.
//
// Host model (one for every protocol; iface.h supplies the pins): for each transaction it drives
// random inputs and raises start; drops start when the design signals ready (ap_ready) or done;
// at done records the outputs and a copy of the host memories, raises accept (Polyphony) and
// waits for done to fall. While the design is powered off or `idet_busy` is high the host stalls
// (keeps its pins, acts on nothing): that is the contract of `idet_busy`.
//
// Losses (seeded, counted by kind):
//   jit      idet_pwr_warn at a random cycle, power cut a random time after idet_sleep
//            (one in eight times the warning is withdrawn instead: the design must resume);
//   save     idet_pwr_warn, then power cut at a random cycle while the save runs (torn checkpoint);
//   restore  power cut at a random cycle while the controller boots and restores;
//   repeat   2-4 losses in a row right after a restore, before any progress.
// A power loss destroys the Verilated model; the next one starts from random state
// (--x-initial unique, new seed) and gets the power-on reset. The NVM model survives.
//
// Pass: every run's list of transactions (outputs + host memories at done) equals the golden
// one. Output: a JSON object on stdout's last line; failures print "DIVERGENCE: ..." first.
#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <type_traits>
#include <vector>
#include "Vaug.h"
#include "Vgold.h"
#ifndef DEADCHECK
#define DEADCHECK 0
#endif
#if DEADCHECK
#include "Vdead.h"
#endif
#include "iface.h"
#include "nvm_model.h"
#include "verilated.h"
#if VERIFY_TRACE
#include "verilated_vcd_c.h"
#endif

using u64 = uint64_t;
#if NVM_SPI
#define NVM_UNIT_BITS 8
#else
#define NVM_UNIT_BITS NVM_WORD_BITS
#endif

// ---------------------------------------------------------------- NVM (survives power loss)
struct Nvm {
#if NVM_SPI
    SpiFram spi{(size_t)2 * SLOT_WORDS * 4, SPI_ADDR_BYTES};
    u64 word(u64 i) const {
        u64 w = 0;
        for (int b = 3; b >= 0; b--) w = (w << 8) | spi.mem[i * 4 + b];
        return w;
    }
    u64 writes() const { return spi.bytes_written; }
    u64 reads() const { return spi.bytes_read; }
    u64 word_reads() const { return spi.bytes_read / 4; }
    void power_loss() { spi.power_loss(); }
#else
    static constexpr unsigned PARTS = 32 / NVM_WORD_BITS;
    ParallelNvm par{(size_t)2 * SLOT_WORDS * PARTS, NVM_MODEL_LATENCY};
    u64 word(u64 i) const {
        u64 w = 0;
        for (int p = PARTS - 1; p >= 0; p--) w = (w << NVM_WORD_BITS) | par.mem[i * PARTS + p];
        return w & 0xffffffffu;
    }
    u64 writes() const { return par.writes; }
    u64 reads() const { return par.reads; }
    u64 word_reads() const { return par.reads / PARTS; }
    void power_loss() { par.power_loss(); }
#endif
};

// Mirrors idet_ctrl's NVM layout: slot s's word `off` is NVM word 2*off + s; the payload from
// offset 0, its length at SLOT_WORDS-2, the tag {MAGIC[13:8], seq[1:0], id[15:0], MAGIC[7:0]} at
// SLOT_WORDS-1 (MAGIC 0x1DE7: the template's default, which insert keeps). ERASED is what an
// output commit writes into both tags (a save's invalidation writes 0).
static const u64 O_LEN = SLOT_WORDS - 2, O_TAG = SLOT_WORDS - 1;
static const uint32_t ERASED = 0x01010101u;
static u64 slot_word(unsigned s, u64 off) { return 2 * off + s; }
static uint32_t slot_tag(const Nvm& n, unsigned s) { return (uint32_t)n.word(slot_word(s, O_TAG)); }
static bool slot_valid(const Nvm& n, unsigned s) {
    uint32_t t = slot_tag(n, s);
    return (t & 0xff) == 0xE7 && (t >> 26) == 0x1D;
}
static uint32_t slot_seq(const Nvm& n, unsigned s) { return (slot_tag(n, s) >> 24) & 3; }
static uint32_t slot_id(const Nvm& n, unsigned s) { return (slot_tag(n, s) >> 8) & 0xffff; }
static uint32_t slot_len(const Nvm& n, unsigned s) {
    return (uint32_t)n.word(slot_word(s, O_LEN)) & 0xffff;
}
// The slot boot restores: the valid one, or of two valid the one numbered one after the other.
static unsigned newest_slot(const Nvm& n) {
    bool v0 = slot_valid(n, 0), v1 = slot_valid(n, 1);
    return v1 && (!v0 || slot_seq(n, 1) == ((slot_seq(n, 0) + 1) & 3)) ? 1 : 0;
}

// --log RUN: one line per event of that run on stderr (for reproducing a divergence).
static u64 log_run = 0, cur_run = 0, now = 0;
#define LOG(...)                                      \
    do {                                              \
        if (log_run && log_run == cur_run) {          \
            std::fprintf(stderr, "log: [%6llu] ", (unsigned long long)now); \
            std::fprintf(stderr, __VA_ARGS__); \
            std::fprintf(stderr, "\n");               \
        }                                             \
    } while (0)

// ---------------------------------------------------------------- host
struct Txn {
    std::vector<u64> out;
    std::vector<std::vector<u64>> mem;
    int stream = -1;  // stream protocol: the output stream this item came on
    bool operator==(const Txn& o) const {
        return out == o.out && mem == o.mem && stream == o.stream;
    }
};

// Qualified outputs (OUT_QUALIFIED, from idet's `passes::qualifiers`): a host following the
// protocol looks at them only in a cycle one of their valids is high (TDATA with TVALID, <x>
// with <x>_ap_vld, ap_return with ap_done, ...); the analysis's liveness assumes exactly that.
// `sample` takes every output's value once per cycle: an unqualified one as it is, a qualified
// one only while valid — held since its last valid cycle (`hold`: the start/done host, which
// records at done what the host took during the job) or 0 in between (the stream host, which
// records at an item's move and must not carry a value across a rollback).
struct OutputView {
    bool hold;
    std::vector<u64> val = std::vector<u64>(N_OUT > 0 ? N_OUT : 1, 0);
    explicit OutputView(bool h) : hold(h) {}
    template <class M>
    void sample(M* m) {
        u64 now_out[N_OUT > 0 ? N_OUT : 1];
        int valid[N_OUT > 0 ? N_OUT : 1];
        read_outputs(m, now_out);
        read_output_valids(m, valid);
        for (int k = 0; k < N_OUT; k++) {
            if (!OUT_QUALIFIED[k] || valid[k])
                val[k] = now_out[k];
            else if (!hold)
                val[k] = 0;
        }
    }
    void clear() { std::fill(val.begin(), val.end(), 0); }
    std::vector<u64> taken() const { return std::vector<u64>(val.begin(), val.begin() + N_OUT); }
};

struct Host {
    enum Phase { SETTLE, REQ, WAIT_LOW, FINISHED } phase = SETTLE;
    OutputView outs{true};
    std::mt19937_64 rng;
    unsigned left;
    u64 in[N_IN > 0 ? N_IN : 1] = {};
    int start = 0, accept = 0, last_done = -1;
    std::vector<std::vector<u64>> mem;  // host memories (ap_memory ports): survive power loss
    std::vector<u64> q;                 // read data registers of the memory ports
    std::vector<Txn> seen;
    bool ready_now = false;  // REQ: ready was high before the coming edge
    Host(u64 seed, unsigned txns) : rng(seed), left(txns), mem(N_MEM), q(N_MEM, 0) {
        // One array per memory, held by its first port (MEM_ARRAY[k] == k); its other ports
        // keep an empty vector (nothing to compare).
        for (int k = 0; k < N_MEM; k++) {
            if (MEM_ARRAY[k] != k) continue;
            mem[k].resize(MEM_WORDS[k]);
            for (auto& w : mem[k]) w = rng() & mask(MEM_BITS[k]);
        }
    }
    static u64 mask(unsigned bits) { return bits >= 64 ? ~0ull : ((1ull << bits) - 1); }
    void next_txn() {
        if (left == 0) {
            phase = FINISHED;
            return;
        }
        left--;
        outs.clear();
        for (int i = 0; i < N_IN; i++) {
            // A full 64-bit range has span 0 (wraps): every value is in range.
            const uint64_t span = IN_MAX[i] - IN_MIN[i] + 1;
            in[i] = span == 0 ? rng() : IN_MIN[i] + rng() % span;
        }
        start = 1;
        phase = REQ;
    }
    // Once per cycle, on the outputs as they are before the next rising edge.
    template <class M>
    void step(M* m) {
        int done = get_done(m);
        outs.sample(m);
        if (done != last_done) LOG("done %d -> %d (phase %d)", last_done, done, (int)phase);
        last_done = done;
        switch (phase) {
            case SETTLE:  // outputs not reset by the design may start high
                if (!done) next_txn();
                break;
            case REQ:
                // ready high with start high: the design takes the job at this edge, so start
                // falls after it (after_edge), not before (ap_ready may follow ap_start
                // combinationally, and the edge that takes the job may be frozen).
                ready_now = get_ready(m);
                // The job was taken (start fell) and the design is idle again without done: it
                // cold-booted (a save torn after an output commit) and lost the job, so the host
                // re-issues it, as a host polling ap_idle would.
                if (!ready_now && !start && !done && get_idle(m)) {
                    LOG("idle before done: job re-issued");
                    start = 1;
                }
                if (done) {
                    LOG("transaction %zu done", seen.size());
                    Txn t;
                    t.out = outs.taken();
                    t.mem = mem;
                    seen.push_back(t);
                    start = 0;
                    accept = 1;
                    phase = WAIT_LOW;
                }
                break;
            case WAIT_LOW:
                if (!done) {
                    accept = 0;
                    next_txn();
                }
                break;
            case FINISHED:
                break;
        }
    }
    template <class M>
    void drive(M* m) {
        set_inputs(m, in);
        set_start(m, start);
        set_accept(m, accept);
        for (int k = 0; k < N_MEM; k++) set_mem_q(m, k, q[k]);
    }
    // After a live edge (the design ran): a job seen taken (ready) is no longer offered.
    template <class M>
    void after_edge(M*) {
        if (phase == REQ && ready_now) start = 0;
        ready_now = false;
    }
    const std::vector<Txn>& results() const { return seen; }
    size_t progress() const { return seen.size(); }
    // At the rising edge: memory ports read (one-cycle latency) and write; every port reads
    // before any port writes (a choice: a read and a write of one word in one cycle read the old
    // word; golden and augmented get the same host).
    template <class M>
    void memory_edge(M* m) {
        MemPins pins[N_MEM + 1];  // every cycle: no allocation
        for (int k = 0; k < N_MEM; k++) pins[k] = mem_pins(m, k);
        for (int k = 0; k < N_MEM; k++)
            if (pins[k].ce && !pins[k].we) q[k] = mem[MEM_ARRAY[k]][pins[k].addr % MEM_WORDS[k]];
        for (int k = 0; k < N_MEM; k++)
            if (pins[k].ce && pins[k].we)
                mem[MEM_ARRAY[k]][pins[k].addr % MEM_WORDS[k]] = pins[k].d & mask(MEM_BITS[k]);
    }
};


// ---------------------------------------------------------------- stream host
// Stream protocol (STREAM_MODE): input streams offer items of a seeded sequence (item n of a
// stream is the same whenever it is offered), output streams are always ready, and every output
// stream item is recorded with all compared outputs; a transaction is one item of the first
// output stream. Golden: the host counts the items that move (valid && ready at a live edge).
// Augmented: it follows the design's sequence counters (idet_seq_<name>, the contract of
// `idet insert` for streams): it offers input item idet_seq_<in> and stores output item
// idet_seq_<out> at that position. After a restore the counters go back: items are offered and
// stored again, and stored items past the counter are dropped (they will come again).
struct StreamHost {
    enum Phase { RUN, FINISHED } phase = RUN;
    u64 seed;
    unsigned want;
    u64 in[N_IN > 0 ? N_IN : 1] = {};
    std::vector<u64> pos;               // per stream: items moved so far (the position)
    std::vector<std::vector<Txn>> got;  // per output stream: items by position
    std::vector<int> moving;            // sampled just before the edge
    OutputView outs{false};             // compared outputs just before the edge
    bool armed = false;
    size_t records = 0;
    StreamHost(u64 s, unsigned txns)
        : seed(s), want(txns), pos(N_STREAM, 0), got(N_STREAM), moving(N_STREAM, 0) {
        for (int i = 0; i < N_IN; i++) in[i] = in_value(i, mix(seed + 0x51u + (u64)i));
    }
    static u64 mix(u64 x) {  // splitmix64
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
    static u64 in_value(int i, u64 r) {
        const uint64_t span = IN_MAX[i] - IN_MIN[i] + 1;
        return span == 0 ? r : IN_MIN[i] + r % span;
    }
    u64 item(int k, u64 n, int i) const { return in_value(i, mix(mix(seed ^ ((u64)k << 56)) + n * 131 + (u64)i)); }
    int first_out() const {
        for (int k = 0; k < N_STREAM; k++)
            if (!STREAM_IN[k]) return k;
        return 0;
    }
    // Once the last transaction is in, the host stops taking part: nothing offered, nothing
    // stored or dropped (losses the harness still injects cannot change what it got).
    template <class M>
    void step(M* m) {
        if (phase == FINISHED) return;
        if constexpr (std::is_same<M, Vaug>::value) {
            // Running: the design's counters are the positions (restored ones after a boot).
            for (int k = 0; k < N_STREAM; k++) {
                pos[k] = stream_seq(m, k);
                if (!STREAM_IN[k] && got[k].size() > pos[k]) got[k].resize(pos[k]);
            }
        } else {
            (void)m;
        }
    }
    template <class M>
    void drive(M* m) {
        for (int k = 0; k < N_STREAM; k++) {
            if (STREAM_IN[k])
                for (int i : STREAM_DATA[k]) in[i] = item(k, pos[k], i);
            set_stream_pin(m, k, phase != FINISHED);
        }
        set_inputs(m, in);
    }
    // Just before a rising edge the host takes part in (not stalled).
    template <class M>
    void memory_edge(M* m) {
        for (int k = 0; k < N_STREAM; k++) moving[k] = stream_moves(m, k);
        outs.sample(m);
        armed = true;
    }
    template <class M>
    void after_edge(M* m) {
        if (!armed || phase == FINISHED) return;
        armed = false;
        for (int k = 0; k < N_STREAM; k++) {
            u64 next;
            if constexpr (std::is_same<M, Vaug>::value)
                next = stream_seq(m, k);
            else
                next = pos[k] + (u64)moving[k];
            if (!STREAM_IN[k] && next == pos[k] + 1) {
                got[k].resize(pos[k]);
                Txn t;
                t.out = outs.taken();
                t.stream = k;
                got[k].push_back(t);
                records++;
                LOG("stream %s item %" PRIu64, STREAM_NAMES[k], pos[k]);
            }
            pos[k] = next;
        }
        if (got[first_out()].size() >= want) phase = FINISHED;
    }
    std::vector<Txn> results() const {
        std::vector<Txn> r;
        for (int k = 0; k < N_STREAM; k++)
            if (!STREAM_IN[k]) r.insert(r.end(), got[k].begin(), got[k].end());
        return r;
    }
    size_t progress() const { return records; }
};

#if AXI_MODE
// ---------------------------------------------------------------- AXI host
// AXI protocol (AXI_MODE, nngen): the host is the memory behind the design's AXI4 master and
// the CPU in front of its AXI4-Lite slave. Every channel is a stream; the host keeps, per
// channel, the position (items moved) and the items it needs by position: read and write
// requests, write beats, register read data. Golden: positions count valid && ready at live
// edges. Augmented: they follow the design's sequence counters (the contract of `idet insert`
// for streams), so after a rollback read beats and write responses are offered again from their
// position and re-sent write beats rewrite the same bytes. Read beat n belongs to the request
// whose burst covers it (INCR, 4-byte beats); write beats are applied to memory once their
// request is known; response k is offered once request k and all its beats arrived.
// Script: the register writes in order, then polls of AXI_POLL until bit 0 reads 0 after having
// read 1 (the poll answers are not kept: their number depends on timing). The transaction's
// result is the host memory at that point.
struct AxiHost {
    enum Phase { RUN, FINISHED } phase = RUN;
    enum { M_AR, M_R, M_AW, M_W, M_B, S_AW, S_W, S_B, S_AR, S_R, NCH };
    std::vector<uint32_t> mem;  // host memory, 32-bit words: survives power loss
    u64 pos[NCH] = {};
    int moving[NCH] = {};
    std::vector<std::pair<u64, u64>> ar, aw;  // (address, beats) by position
    std::vector<std::pair<u64, u64>> w;       // (data, strobe) by position
    u64 applied_w = 0;
    bool seen_busy = false;
    // Sampled just before the edge.
    u64 s_araddr = 0, s_arlen = 0, s_awaddr = 0, s_awlen = 0, s_wdata = 0, s_wstrb = 0, s_rdata = 0;
    bool armed = false;
    size_t records = 0;
    std::vector<Txn> seen;
    AxiHost(u64 seed, unsigned) : mem(AXI_MEM_BYTES / 4) {
        std::mt19937_64 r(seed);
        for (auto& x : mem) x = (uint32_t)r();
    }
    uint32_t word(u64 addr) const { return mem[(addr / 4) % mem.size()]; }
    // The request covering beat n of `reqs`, and the beat's offset in it; false if not known yet.
    static bool beat(const std::vector<std::pair<u64, u64>>& reqs, u64 n, size_t& k, u64& off) {
        for (k = 0; k < reqs.size(); k++) {
            if (n < reqs[k].second) {
                off = n;
                return true;
            }
            n -= reqs[k].second;
        }
        return false;
    }
    template <class M>
    static u64 seq(M* m, int c) {
        switch (c) {
            case M_AR: return m->MSEQ(ar);
            case M_R: return m->MSEQ(r);
            case M_AW: return m->MSEQ(aw);
            case M_W: return m->MSEQ(w);
            case M_B: return m->MSEQ(b);
            case S_AW: return m->SSEQ(aw);
            case S_W: return m->SSEQ(w);
            case S_B: return m->SSEQ(b);
            case S_AR: return m->SSEQ(ar);
            default: return m->SSEQ(r);
        }
    }
    template <class M>
    void step(M* m) {
        if (phase == FINISHED) return;
        if constexpr (std::is_same<M, Vaug>::value) {
            for (int c = 0; c < NCH; c++) pos[c] = seq(m, c);
            if (ar.size() > pos[M_AR]) ar.resize(pos[M_AR]);
            if (aw.size() > pos[M_AW]) aw.resize(pos[M_AW]);
            if (w.size() > pos[M_W]) w.resize(pos[M_W]);
            applied_w = std::min<u64>(applied_w, w.size());
        } else {
            (void)m;
        }
    }
    template <class M>
    void drive(M* m) {
        bool on = phase != FINISHED;
        m->MAXI(arready) = on;
        m->MAXI(awready) = on;
        m->MAXI(wready) = on;
        size_t k;
        u64 off;
        bool rv = on && beat(ar, pos[M_R], k, off);
        m->MAXI(rvalid) = rv;
        m->MAXI(rdata) = rv ? word(ar[k].first + 4 * off) : 0;
        m->MAXI(rlast) = rv && off + 1 == ar[k].second;
        m->MAXI(rresp) = 0;
        u64 need = 0;
        for (size_t j = 0; j <= pos[M_B] && j < aw.size(); j++) need += aw[j].second;
        m->MAXI(bvalid) = on && pos[M_B] < aw.size() && need <= w.size();
        m->MAXI(bresp) = 0;
        u64 i = pos[S_AW];
        bool wr = on && i < (u64)AXI_N_WRITES;
        m->SAXI(awvalid) = wr;
        m->SAXI(awaddr) = wr ? AXI_WRITES[i][0] : 0;
        m->SAXI(awcache) = 0;
        m->SAXI(awprot) = 0;
        u64 j = pos[S_W];
        bool wd = on && j < (u64)AXI_N_WRITES;
        m->SAXI(wvalid) = wd;
        m->SAXI(wdata) = wd ? AXI_WRITES[j][1] : 0;
        m->SAXI(wstrb) = 0xF;
        m->SAXI(bready) = on;
        m->SAXI(arvalid) = on && pos[S_B] >= (u64)AXI_N_WRITES;
        m->SAXI(araddr) = AXI_POLL;
        m->SAXI(arcache) = 0;
        m->SAXI(arprot) = 0;
        m->SAXI(rready) = on;
    }
    template <class M>
    void memory_edge(M* m) {
        moving[M_AR] = m->MAXI(arvalid) && m->MAXI(arready);
        moving[M_R] = m->MAXI(rvalid) && m->MAXI(rready);
        moving[M_AW] = m->MAXI(awvalid) && m->MAXI(awready);
        moving[M_W] = m->MAXI(wvalid) && m->MAXI(wready);
        moving[M_B] = m->MAXI(bvalid) && m->MAXI(bready);
        moving[S_AW] = m->SAXI(awvalid) && m->SAXI(awready);
        moving[S_W] = m->SAXI(wvalid) && m->SAXI(wready);
        moving[S_B] = m->SAXI(bvalid) && m->SAXI(bready);
        moving[S_AR] = m->SAXI(arvalid) && m->SAXI(arready);
        moving[S_R] = m->SAXI(rvalid) && m->SAXI(rready);
        s_araddr = m->MAXI(araddr);
        s_arlen = m->MAXI(arlen);
        s_awaddr = m->MAXI(awaddr);
        s_awlen = m->MAXI(awlen);
        s_wdata = m->MAXI(wdata);
        s_wstrb = m->MAXI(wstrb);
        s_rdata = (uint32_t)m->SAXI(rdata);
        armed = true;
    }
    template <class M>
    void after_edge(M* m) {
        if (!armed || phase == FINISHED) return;
        armed = false;
        for (int c = 0; c < NCH; c++) {
            u64 next;
            if constexpr (std::is_same<M, Vaug>::value)
                next = seq(m, c);
            else
                next = pos[c] + (u64)moving[c];
            if (next == pos[c] + 1) {
                if (c <= M_B) records++;  // memory traffic is progress; polling is not
                switch (c) {
                    case M_AR: ar.resize(pos[c]); ar.push_back({s_araddr, s_arlen + 1}); break;
                    case M_AW: aw.resize(pos[c]); aw.push_back({s_awaddr, s_awlen + 1}); break;
                    case M_W: w.resize(pos[c]); w.push_back({s_wdata, s_wstrb}); break;
                    case S_R:
                        LOG("poll %" PRIu64 ": 0x%" PRIx64, pos[c], s_rdata);
                        if (s_rdata & 1) seen_busy = true;
                        else if (seen_busy) finish();
                        break;
                    default: break;
                }
            }
            pos[c] = next;
        }
        // Write beats whose request is known go to memory (again, after a rollback: same bytes).
        size_t k;
        u64 off;
        while (applied_w < w.size() && beat(aw, applied_w, k, off)) {
            u64 a = (aw[k].first + 4 * off) / 4 % mem.size();
            uint32_t v = mem[a];
            for (int b = 0; b < 4; b++)
                if ((w[applied_w].second >> b) & 1)
                    v = (v & ~(0xFFu << (8 * b))) | ((uint32_t)(w[applied_w].first >> (8 * b)) & 0xFFu) << (8 * b);
            mem[a] = v;
            applied_w++;
        }
    }
    void finish() {
        Txn t;
        t.mem.push_back(std::vector<u64>(mem.begin(), mem.end()));
        seen.push_back(t);
        phase = FINISHED;
        LOG("AXI transaction done");
    }
    const std::vector<Txn>& results() const { return seen; }
    size_t progress() const { return records + seen.size(); }
};
#endif

#if AXI_MODE
using HostT = AxiHost;
#elif STREAM_MODE
using HostT = StreamHost;
#else
using HostT = Host;
#endif

// A design's `$finish` does not stop the harness (built with VL_USER_FINISH): HLS output
// carries simulation-only checks (LegUp's misaligned-address and X checks) that a power-up from
// random state, or the liveness check's corruption of registers only such checks read, may
// trip; the harness judges through ports only. The first one is reported.
static u64 finishes = 0;
void vl_finish(const char* filename, int linenum, const char* hier) {
    (void)hier;
    if (finishes++ == 0)
        std::printf("note: the design called $finish (%s:%d): ignored, the harness judges by ports\n",
                    filename, linenum);
}

// ---------------------------------------------------------------- models
static u64 seed_of(std::mt19937_64& r) { return r() % 2000000000u + 1; }



template <class M>
struct Model {
    std::unique_ptr<VerilatedContext> ctx;
    std::unique_ptr<M> m;
    explicit Model(u64 seed) : ctx(new VerilatedContext) {
        ctx->randReset(2);  // --x-initial unique: every power-up starts from random state
        ctx->randSeed((int)seed);
        m.reset(new M(ctx.get()));
    }
};

struct Stats {
    u64 losses_jit = 0, losses_save = 0, losses_restore = 0, losses_repeat = 0, resumes = 0;
    u64 losses_sudden = 0;
    u64 nvm_commits = 0, last_commit_cycle = 0, last_boot_cycle = 0, reexec_cycles = 0;
    u64 commits = 0, restores = 0, cold_boots = 0, output_commits = 0;
    u64 cycles = 0, boot_cycles = 0, nvm_writes = 0, nvm_reads = 0;
    u64 boot_cycles_max = 0;
    int boot_slot = -1;  // the slot whose length word the boot read: the one it restored
    bool spi_erasing = false;  // SPI: the WRITE command in progress is an erase
    u64 save_writes = 0, save_writes_max = 0;  // NVM writes other than output-commit erases
    // Energy bookkeeping: cycles with idet_busy high outside boots (saves, erases), and the
    // NVM reads and cycles of boots that restored a checkpoint.
    u64 busy_run_cycles = 0, restore_reads = 0, restore_cycles = 0;
};

static bool is_tag(u64 word) { return word == slot_word(0, O_TAG) || word == slot_word(1, O_TAG); }

// Bookkeeping of an NVM write that landed (both ports): part `part` of `parts` of controller
// word `word`, part of an output commit's erase or not. An erase writes slot 0's tag first;
// a save ends with its slot's tag, whose last part completes the magic: committed.
static void note_write(Stats* st, const Nvm& nvm, u64 word, unsigned part, unsigned parts,
                       bool erase) {
    if (erase && word == slot_word(0, O_TAG) && part == 0) {
        st->output_commits++;
        LOG("output commit");
    }
    if (!erase) st->save_writes++;
    if (is_tag(word) && part == parts - 1 && slot_valid(nvm, (unsigned)(word % 2))) {
        st->nvm_commits++;
        st->last_commit_cycle = st->cycles;
        LOG("cycle %" PRIu64 ": checkpoint committed (tag written)", st->cycles);
    }
}

// An NVM read: the boot restores the slot whose length word it reads.
static void note_read(Stats* st, u64 word) {
    if ((word >> 1) == O_LEN) st->boot_slot = (int)(word % 2);
}

// One cycle: host acts (unless stalled), NVM and host memories answer, rising edge.
template <class M>
static void tick(M* m, HostT& h, Nvm* nvm, bool host_live, Stats* st) {
    if (host_live) h.step(m);
    h.drive(m);
    m->IF_CLK = 0;
    m->eval();
    if constexpr (std::is_same<M, Vaug>::value) {
#if NVM_SPI
        u64 w0 = nvm->spi.bytes_written, r0 = nvm->spi.read_cmds;
        m->idet_spi_miso = nvm->spi.pins(m->idet_spi_cs_n, m->idet_spi_sck, m->idet_spi_mosi);
        // The same bookkeeping as the parallel port's (below), a byte at a time: a WRITE
        // command whose first data byte is ERASED's into a tag is an output commit's erase.
        if (nvm->spi.bytes_written != w0 && st) {
            u64 word = nvm->spi.last_write_addr / 4;
            if (nvm->spi.last_write_first)
                st->spi_erasing = is_tag(word) && nvm->spi.last_write_byte == (ERASED & 0xff);
            note_write(st, *nvm, word, nvm->spi.last_write_addr % 4, 4, st->spi_erasing);
        }
        if (nvm->spi.read_cmds != r0 && st) note_read(st, nvm->spi.last_read_addr / 4);
#else
        u64 rd = 0;
        // An output commit writes ERASED into slot 0's tag, then slot 1's (each in PARTS NVM
        // words, every part of ERASED nonzero); those writes are not part of a save.
        u64 word = m->idet_nvm_addr / Nvm::PARTS;
        unsigned part = (unsigned)(m->idet_nvm_addr % Nvm::PARTS);
        u64 mask = (1ull << NVM_WORD_BITS) - 1;
        bool erase = is_tag(word) &&
                     m->idet_nvm_wdata == ((ERASED >> (part * NVM_WORD_BITS)) & mask);
        bool ack = nvm->par.cycle(m->idet_nvm_req, m->idet_nvm_we, m->idet_nvm_addr,
                                  m->idet_nvm_wdata, rd);
        if (ack && st) {
            if (m->idet_nvm_we)
                note_write(st, *nvm, word, part, Nvm::PARTS, erase);
            else
                note_read(st, word);
        }
        if (ack && m->idet_nvm_we) LOG("  nvm write [%" PRIu64 "] = %" PRIu64, (u64)m->idet_nvm_addr, (u64)m->idet_nvm_wdata);
        m->idet_nvm_ack = ack;
        m->idet_nvm_rdata = rd;
#endif
        m->eval();
    }
    // The host memory acts on the pins only while idet_busy is low at the edge (the contract:
    // an output change is revealed once committed; busy may rise within the cycle).
    bool mem_live = host_live;
    if constexpr (std::is_same<M, Vaug>::value) mem_live = mem_live && !m->idet_busy;
    if (mem_live) h.memory_edge(m);
    m->IF_CLK = 1;
    m->eval();
    if (mem_live) h.after_edge(m);
    if (st) st->cycles++;
    now++;
}

static const u64 STALL_LIMIT = 2000000;

// A run without losses: power-on reset, then the workload to its end. `setup` prepares the
// model before its reset (the liveness check's seed), `finish` reads it at the end (its
// counters). False if it did not finish in time.
template <class M, class Setup, class Finish>
static bool plain_run(u64 wseed, unsigned txns, u64 mseed, u64& cycles, std::vector<Txn>& out,
                      Setup setup, Finish finish) {
    Model<M> g(mseed);
    HostT h(wseed, txns);
    setup(g.m.get());
    for (int i = 0; i < 5; i++) {
        g.m->IF_RST = IF_RST_ON;
        tick(g.m.get(), h, nullptr, false, nullptr);
    }
    g.m->IF_RST = !IF_RST_ON;
    cycles = 0;
    while (h.phase != HostT::FINISHED && cycles < TXN_MAX_CYCLES * (u64)txns) {
        tick(g.m.get(), h, nullptr, true, nullptr);
        cycles++;
    }
    out = h.results();
    finish(g.m.get());
    return h.phase == HostT::FINISHED;
}

// The golden run: the original design, no losses.
static std::vector<Txn> golden(u64 wseed, unsigned txns, u64 mseed, u64& cycles) {
    std::vector<Txn> out;
    if (!plain_run<Vgold>(wseed, txns, mseed, cycles, out, [](Vgold*) {}, [](Vgold*) {})) {
        std::printf("ERROR: the golden run did not finish %u transactions in %" PRIu64
                    " cycles (inputs out of range? raise max_cycles in the interface file)\n",
                    txns, cycles);
        std::exit(3);
    }
    return out;
}


// The augmented design with its NVM, host and loss injection.
struct Aug {
    Nvm nvm;
    HostT host;
    std::mt19937_64 rng;
    std::unique_ptr<Model<Vaug>> a;
    Stats st;
    std::string last_loss = "none";
    std::vector<std::vector<u64>> nv_mem;  // the design's non-volatile memories (--nv-mem)
    std::string lost;  // a boot that did not restore the newest valid checkpoint, or restored none
    u64 last_loss_cycle = 0;
    bool losses_on;
    bool sudden_on = false;
    int mode = 0;  // the controller's MODE: 0 JIT, 1 periodic, 2 hybrid
    Aug(u64 wseed, unsigned txns, u64 lseed, bool losses)
        : host(wseed, txns), rng(lseed), losses_on(losses) {}
    Vaug* m() { return a->m.get(); }
    void step() { tick(m(), host, &nvm, !m()->idet_busy, &st); }
    // A step outside the boot: its busy cycles are saves and erases.
    void run_step() {
        if (m()->idet_busy) st.busy_run_cycles++;
        step();
    }
    u64 pick(u64 lo, u64 hi) { return lo + rng() % (hi - lo + 1); }

    // Power-on reset, then boot. With `cut_at` >= 0 the power dies that many cycles into the
    // boot; returns true if it did (a loss during restore).
    bool power_up(int64_t cut_at = -1) {
        bool v0 = slot_valid(nvm, 0), v1 = slot_valid(nvm, 1);
        bool restoring = v0 || v1;
        // The boot reads both tags, then the newest valid slot's length and payload.
        u64 need = restoring ? 3 + slot_len(nvm, newest_slot(nvm)) : 0;
        u64 r0 = nvm.word_reads(), raw_reads0 = nvm.reads();
        st.boot_slot = -1;
        a.reset(new Model<Vaug>(seed_of(rng)));
        nv_load(m(), nv_mem);  // non-volatile memories of the design keep their contents
        m()->idet_pwr_warn = 0;
#if HAS_VLOW
        m()->idet_vlow = pick(0, 1);  // the energy-adaptive period, either way
#endif
        m()->idet_clear = 0;
        for (int i = 0; i < 5; i++) {  // reset cycles are not counted (nor in the golden run)
            m()->IF_RST = IF_RST_ON;
            tick(m(), host, &nvm, false, nullptr);
        }
        m()->IF_RST = !IF_RST_ON;
        u64 t = 0;
        do {
            if (cut_at >= 0 && (int64_t)t == cut_at) {
                power_loss();
                return true;
            }
            step();
            t++;
        } while (m()->idet_busy && t < STALL_LIMIT);
        st.boot_cycles += t;
        st.last_boot_cycle = st.cycles;
        // The slot the boot restored must be the one the layout calls newest (none: cold boot).
        int want = restoring ? (int)newest_slot(nvm) : -1;
        if (st.boot_slot != want && lost.empty()) {
            char b[160];
            if (want < 0)
                std::snprintf(b, sizeof b, "cycle %" PRIu64 ": the boot restored slot %d, which holds no valid checkpoint",
                              st.cycles, st.boot_slot);
            else
                std::snprintf(b, sizeof b, "cycle %" PRIu64 ": the boot restored slot %d, but the newest valid checkpoint is in slot %d",
                              st.cycles, st.boot_slot, want);
            lost = b;
        }
        if (nvm.word_reads() - r0 < need && lost.empty()) {
            char b[160];
            std::snprintf(b, sizeof b, "cycle %" PRIu64 ": a valid checkpoint was not restored (boot read %" PRIu64
                          " NVM words, restoring needs %" PRIu64 ")", st.cycles, nvm.word_reads() - r0, need);
            lost = b;
        }
        if (restoring) {
            st.restores++;
            st.restore_reads += nvm.reads() - raw_reads0;
            st.restore_cycles += t;
        } else {
            st.cold_boots++;
        }
        LOG("cycle %" PRIu64 ": booted in %" PRIu64 " cycles (%s)", st.cycles, t,
            restoring ? "restored" : "cold");
        if (t > st.boot_cycles_max) st.boot_cycles_max = t;
        return false;
    }
    void power_loss() {
        LOG("cycle %" PRIu64 ": power lost (busy %d sleep %d), slots valid %d %d", st.cycles,
            m()->idet_busy, m()->idet_sleep, slot_valid(nvm, 0), slot_valid(nvm, 1));
        for (unsigned k = 0; k < 2 && log_run == cur_run; k++) {
            if (!slot_valid(nvm, k)) continue;
            std::string w;
            for (u64 i = 0; i < slot_len(nvm, k); i++) w += " " + std::to_string(nvm.word(slot_word(k, i)));
            LOG("  slot %u: seq %u id %u payload%s", k, slot_seq(nvm, k), slot_id(nvm, k), w.c_str());
        }
        nv_save(m(), nv_mem);
        a.reset();  // every volatile bit is gone
        nvm.power_loss();
        last_loss_cycle = st.cycles;
    }
    // Warn and run until the checkpoint commits; false if it never does.
    bool warn_until_sleep(u64& took) {
        m()->idet_pwr_warn = 1;
        took = 0;
        u64 w0 = st.save_writes;
        while (!m()->idet_sleep && took < STALL_LIMIT) {
            run_step();
            took++;
        }
        if (!m()->idet_sleep) return false;
        LOG("cycle %" PRIu64 ": checkpoint committed", st.cycles);
        st.commits++;
        st.save_writes_max = std::max(st.save_writes_max, st.save_writes - w0);
        return true;
    }
    bool jit() {
        u64 took;
        if (!warn_until_sleep(took)) return false;
        for (u64 i = pick(0, 20); i > 0; i--) run_step();
        if (pick(0, 7) == 0) {  // the supply recovers: resume without a loss
            m()->idet_pwr_warn = 0;
            st.resumes++;
            last_loss = "resume";
            return true;
        }
        st.losses_jit++;
        last_loss = "jit";
        power_loss();
        power_up();
        return true;
    }
    // The cut lands after the k-th NVM write of the save (plus 0-2 cycles, inside the next
    // access): the torn slot must be refused at boot, the other slot (or reset) used. Cuts while
    // an output commit erases the slots are sudden losses, outside the JIT contract (issue 7).
    bool torn_save() {
        m()->idet_pwr_warn = 1;
        u64 w0 = st.save_writes;
        u64 k = pick(1, st.save_writes_max ? st.save_writes_max : SLOT_WORDS);
        u64 t = 0;
        while (st.save_writes - w0 < k && !m()->idet_sleep && t < STALL_LIMIT) {
            run_step();
            t++;
        }
        for (u64 extra = pick(0, 2); extra > 0 && !m()->idet_sleep; extra--) run_step();
        if (m()->idet_sleep) {  // the save was shorter: a JIT loss after all
            st.commits++;
            st.save_writes_max = std::max(st.save_writes_max, st.save_writes - w0);
            st.losses_jit++;
            last_loss = "jit";
        } else {
            st.losses_save++;
            last_loss = "save";
        }
        power_loss();
        power_up();
        return true;
    }
    bool cut_restore() {
        u64 took;
        if (!warn_until_sleep(took)) return false;
        st.losses_jit++;
        power_loss();
        last_loss = "jit";
        boot_with_cut("restore");
        return true;
    }
    // Power-up that loses power again at a random cycle of the boot (while the checkpoint is
    // being read or restored), then boots for good; counted as a restore loss if it cut.
    void boot_with_cut(const char* kind) {
        u64 est = st.boot_cycles_max ? st.boot_cycles_max : 4 * SLOT_WORDS + 8;
        if (power_up((int64_t)pick(0, est))) {
            st.losses_restore++;
            last_loss = kind;
            power_up();
        }
    }
    // Sudden loss (periodic/hybrid): no warning; the cut lands at whatever the design and the
    // controller are doing (running, saving, committing an output change). The work since the
    // newest commit (or since the boot, when none) is lost and re-executed.
    void sudden_cut(bool repeated = false) {
        u64 since = std::max(st.last_commit_cycle, st.last_boot_cycle);
        st.reexec_cycles += st.cycles - since;
        bool saving = m()->idet_busy;
        if (repeated) st.losses_repeat++;
        else if (saving) st.losses_save++;
        else st.losses_sudden++;
        last_loss = repeated ? "sudden-repeat" : saving ? "sudden-in-save" : "sudden";
        power_loss();
    }
    bool sudden() {
        sudden_cut();
        power_up();
        return true;
    }
    bool sudden_in_boot() {
        sudden_cut();
        boot_with_cut("sudden-in-restore");
        return true;
    }
    // 2-4 cuts in a row, each soon after the boot (little or no progress in between).
    bool sudden_repeat() {
        for (u64 k = pick(2, 4); k > 0; k--) {
            sudden_cut(true);
            power_up();
            for (u64 g = pick(0, 3 * SLOT_WORDS); g > 0 && host.phase != HostT::FINISHED; g--) run_step();
        }
        return true;
    }

    bool repeat() {
        for (u64 k = pick(2, 4); k > 0; k--) {
            u64 took;
            if (!warn_until_sleep(took)) return false;
            st.losses_repeat++;
            last_loss = "repeat";
            power_loss();
            power_up();
        }
        return true;
    }

    // Runs the workload; `budget` losses at most. Returns false on a hang.
    bool run(u64 budget, u64 gap_max, u64& injected) {
        power_up();
        injected = 0;
        u64 idle = 0;
        while (host.phase != HostT::FINISHED) {
            if (losses_on && injected < budget) {
                for (u64 g = pick(0, gap_max); g > 0 && host.phase != HostT::FINISHED; g--) run_step();
                if (host.phase == HostT::FINISHED) break;
                u64 before = loss_count();
                unsigned k = (unsigned)pick(0, 9);
                bool ok;
                if (!sudden_on)
                    ok = k < 4 ? jit() : k < 7 ? torn_save() : k < 9 ? cut_restore() : repeat();
                else if (mode == 2 && k < 3)  // hybrid: warned losses too
                    ok = k < 2 ? jit() : torn_save();
                else
                    ok = k < 7 ? sudden() : k < 9 ? sudden_in_boot() : sudden_repeat();
                if (!ok) {
                    std::printf("DIVERGENCE: no idet_sleep %" PRIu64
                                " cycles after idet_pwr_warn (cycle %" PRIu64 ")\n",
                                STALL_LIMIT, st.cycles);
                    return false;
                }
                injected += loss_count() - before;
                continue;
            }
            size_t n = host.progress();
            run_step();
            idle = host.progress() == n ? idle + 1 : 0;
            if (idle > 4 * TXN_MAX_CYCLES) return false;
        }
        return true;
    }
    u64 loss_count() const {
        return st.losses_jit + st.losses_save + st.losses_restore + st.losses_repeat +
               st.losses_sudden;
    }
};

static u64 arg(int argc, char** argv, const char* name, u64 dflt) {
    for (int i = 1; i + 1 < argc; i++)
        if (!std::strcmp(argv[i], name)) return std::strtoull(argv[i + 1], nullptr, 0);
    return dflt;
}

// First difference between two transaction lists, as text.
static std::string first_difference(const std::vector<Txn>& want, const std::vector<Txn>& got) {
    char b[512];
    for (size_t i = 0; i < want.size() && i < got.size(); i++) {
        if (want[i].stream != got[i].stream) {
            std::snprintf(b, sizeof b, "transaction %zu: an item of stream %s, golden of stream %s", i,
                          got[i].stream >= 0 ? STREAM_NAMES[got[i].stream] : "-",
                          want[i].stream >= 0 ? STREAM_NAMES[want[i].stream] : "-");
            return b;
        }
        for (int o = 0; o < N_OUT; o++)
            if (want[i].out[o] != got[i].out[o]) {
                std::snprintf(b, sizeof b, "transaction %zu: %s = 0x%" PRIx64 ", golden 0x%" PRIx64, i,
                              OUT_NAMES[o], got[i].out[o], want[i].out[o]);
                return b;
            }
        for (size_t k = 0; k < want[i].mem.size() && k < got[i].mem.size(); k++)
            for (size_t w = 0; w < want[i].mem[k].size() && w < got[i].mem[k].size(); w++)
                if (want[i].mem[k][w] != got[i].mem[k][w]) {
                    std::snprintf(b, sizeof b,
                                  "transaction %zu: memory %s[%zu] = 0x%" PRIx64 ", golden 0x%" PRIx64,
                                  i, (int)k < N_MEM ? MEM_NAMES[k] : "host", w, got[i].mem[k][w],
                                  want[i].mem[k][w]);
                    return b;
                }
    }
    std::snprintf(b, sizeof b, "%zu transactions seen, golden %zu", got.size(), want.size());
    return b;
}

// Figures of the liveness check (all 0 without it).
struct DeadcheckTotals {
    u64 runs = 0, cycles = 0, writes = 0, divergences = 0;
    std::string first;
};
#if DEADCHECK
// The liveness check (`idet verify --deadcheck`): the original design inside
// `idet_deadcheck_top`, which overwrites every register the analysis calls dead in the current
// state with random values at each falling edge, runs the golden run's workload. Its
// transactions must be the golden ones: a register that matters was called dead otherwise.
static void deadcheck(u64 runs, std::mt19937_64& master, unsigned txns, DeadcheckTotals& t) {
    for (u64 r = 1; r <= runs; r++) {
        u64 wseed = seed_of(master), g = 0, c = 0;
        std::vector<Txn> want = golden(wseed, txns, seed_of(master), g);
        uint32_t dseed = (uint32_t)seed_of(master);
        std::vector<Txn> got;
        bool finished = plain_run<Vdead>(
            wseed, txns, seed_of(master), c, got,
            [&](Vdead* m) {
                m->idet_dc_en = 0;  // a falling edge with the check off takes the seed
                m->idet_dc_seed = dseed;
                m->IF_CLK = 1;
                m->eval();
                m->IF_CLK = 0;
                m->eval();
                m->idet_dc_en = 1;
            },
            [&](Vdead* m) {
                t.cycles += m->idet_dc_cycles;
                t.writes += m->idet_dc_writes;
            });
        t.runs++;
        if (!finished || got != want) {
            t.divergences++;
            char b[640];
            std::snprintf(b, sizeof b,
                          "liveness run %" PRIu64 " (workload seed %" PRIu64
                          ", corruption seed %u): %s",
                          r, wseed, dseed,
                          finished ? first_difference(want, got).c_str()
                                   : "the corrupted design stopped making progress");
            std::printf("DIVERGENCE: %s\n", b);
            if (t.first.empty()) t.first = b;
            if (t.divergences >= 5) break;
        }
    }
}
#endif

// ---------------------------------------------------------------- harvested power (--harvest)
// A storage capacitor C charged by a power trace (piecewise constant, repeating) and drained by
// the design: energy per powered cycle, per NVM unit written and read, a small draw while the
// controller sleeps (1 % of a running cycle's). The capacitor charges up to V_on at most (the
// harvester's limiter). The supply turns on at V_on; idet_pwr_warn is high below V_warn (and, once
// the controller sleeps, until V_on again: the design resumes from its frozen state); below
// V_off the power dies (brown-out). No random losses: the trace decides.
struct Harvest {
    std::vector<double> t, p;  // trace: power p[i] (W) from t[i] (s) to t[i+1]; period t.back()
    double C, von, vwarn, voff, dt, e_cycle, e_sleep, e_w, e_r;
    double E = 0, time = 0, harvested = 0, drawn = 0;
    double power(double at, double& until) const {
        double per = t.back();
        double base = std::floor(at / per) * per, x = at - base;
        size_t i = std::upper_bound(t.begin(), t.end(), x) - t.begin();
        i = i == 0 ? 0 : i - 1;
        if (i + 1 >= t.size()) i = t.size() - 2;
        until = base + t[i + 1];
        return p[i];
    }
    double energy(double v) const { return 0.5 * C * v * v; }
    double volts() const { return std::sqrt(2 * E / C); }
    // Charge with the load off until V_on; false past `limit` seconds.
    bool charge(double limit) {
        double target = energy(von);
        while (E < target) {
            double until, w = power(time, until);
            if (until <= time) until = time + 1e-9;
            if (w > 0 && time + (target - E) / w <= until) {
                time += (target - E) / w;
                harvested += target - E;
                E = target;
                break;
            }
            harvested += w * (until - time);
            E += w * (until - time);
            time = until;
            if (time > limit) return false;
        }
        return true;
    }
    // One clock cycle of the load. The harvester's limiter keeps the capacitor at V_on at most
    // (what it could take beyond is not counted as harvested).
    void cycle(double draw) {
        double until, w = power(time, until);
        double cap = energy(von), in = std::min(w * dt, std::max(0.0, cap - E + draw));
        harvested += in;
        drawn += draw;
        E += in - draw;
        if (E < 0) E = 0;
        time += dt;
    }
};

struct HarvestStats {
    u64 boots = 0, failures = 0, warnings = 0, sleeps = 0, cycles = 0, samples = 0;
    bool finished = false;
};

// Runs the workload on harvested power; a voltage sample every `every` powered cycles (and at
// each event) to `csv`: time_s, volts, event (0 sample, 1 boot, 2 commit, 3 brown-out).
static bool harvest_run(Aug& aug, Harvest& h, double limit, u64 every, FILE* csv, HarvestStats& hs) {
    auto sample = [&](int ev) {
        if (csv) std::fprintf(csv, "%.9g,%.6g,%d\n", h.time, h.volts(), ev);
        hs.samples++;
    };
    while (aug.host.phase != HostT::FINISHED) {
        if (!h.charge(limit)) return false;
        sample(1);
        u64 w0 = aug.nvm.writes(), r0 = aug.nvm.reads(), c0 = aug.st.cycles;
        aug.power_up();
        hs.boots++;
        for (u64 k = c0; k < aug.st.cycles; k++) h.cycle(h.e_cycle);
        h.E -= (aug.nvm.writes() - w0) * h.e_w + (aug.nvm.reads() - r0) * h.e_r;
        bool asleep = false;
        u64 commits0 = aug.st.nvm_commits;
        while (aug.host.phase != HostT::FINISHED) {
            double v = h.volts();
            if (v < h.voff || h.E <= 0) {
                hs.failures++;
                sample(3);
                aug.power_loss();
                break;
            }
            bool sleeping = aug.m()->idet_sleep;
            if (sleeping && !asleep) hs.sleeps++;
            asleep = sleeping;
            bool warn = v < h.vwarn || (sleeping && v < h.von);
#if HAS_VLOW
            aug.m()->idet_vlow = v < h.vwarn;  // the comparator of the energy-adaptive period
#endif
            if (warn && !aug.m()->idet_pwr_warn) hs.warnings++;
            aug.m()->idet_pwr_warn = warn;
            u64 w1 = aug.nvm.writes(), r1 = aug.nvm.reads();
            aug.run_step();
            hs.cycles++;
            h.cycle(sleeping ? h.e_sleep : h.e_cycle);
            h.E -= (aug.nvm.writes() - w1) * h.e_w + (aug.nvm.reads() - r1) * h.e_r;
            if (aug.st.nvm_commits != commits0) {
                commits0 = aug.st.nvm_commits;
                sample(2);
            } else if (every && hs.cycles % every == 0) {
                sample(0);
            }
            if (h.time > limit) return false;
        }
    }
    hs.finished = true;
    return true;
}

// The same trace and capacitor powering the original design alone: every brown-out loses all
// of its state; after the next power-up (reset) the host re-issues the job it lost (it sees the
// design idle before done). Stops when the workload is done or at `limit` seconds.
static void baseline_run(Harvest h, double e_gold, double limit, u64 wseed, unsigned txns,
                         u64 mseed, std::vector<Txn>& got, u64& failures, double& seconds,
                         bool& finished) {
    h.e_cycle = e_gold;
    HostT host(wseed, txns);
    std::mt19937_64 r(mseed);
    failures = 0;
    finished = false;
    while (host.phase != HostT::FINISHED) {
        if (!h.charge(limit)) break;
        Model<Vgold> g(seed_of(r));
        for (int i = 0; i < 5; i++) {
            g.m->IF_RST = IF_RST_ON;
            tick(g.m.get(), host, nullptr, false, nullptr);
            h.cycle(h.e_cycle);
        }
        g.m->IF_RST = !IF_RST_ON;
        while (host.phase != HostT::FINISHED && h.volts() >= h.voff && h.time <= limit) {
            tick(g.m.get(), host, nullptr, true, nullptr);
            h.cycle(h.e_cycle);
        }
        if (host.phase == HostT::FINISHED) {
            finished = true;
            break;
        }
        if (h.time > limit) break;
        failures++;
    }
    got = host.results();
    seconds = h.time;
}

static std::vector<std::pair<double, double>> read_trace(const char* path) {
    std::vector<std::pair<double, double>> out;
    FILE* f = std::fopen(path, "r");
    if (!f) return out;
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
        double a, b;
        if (std::sscanf(line, "%lf,%lf", &a, &b) == 2) out.push_back({a, b});
    }
    std::fclose(f);
    return out;
}

static const char* sarg(int argc, char** argv, const char* name) {
    for (int i = 1; i + 1 < argc; i++)
        if (!std::strcmp(argv[i], name)) return argv[i + 1];
    return nullptr;
}

// `--harvest 1`: one run of the workload on harvested power (golden transactions compared as
// usual); prints its JSON line and returns the exit code.
static int harvest_main(int argc, char** argv, unsigned txns, u64 seed, int mode) {
    auto pts = read_trace(sarg(argc, argv, "--trace") ? sarg(argc, argv, "--trace") : "");
    if (pts.size() < 2) {
        std::printf("ERROR: --harvest needs a power trace of two points at least (--trace)\n");
        return 3;
    }
    Harvest h;
    for (auto& q : pts) {
        h.t.push_back(q.first);
        h.p.push_back(q.second);
    }
    h.C = arg(argc, argv, "--cap-pf", 10000) * 1e-12;
    h.von = arg(argc, argv, "--v-on-mv", 3000) * 1e-3;
    h.vwarn = arg(argc, argv, "--v-warn-mv", 2400) * 1e-3;
    h.voff = arg(argc, argv, "--v-off-mv", 1800) * 1e-3;
    h.dt = 1.0 / (double)arg(argc, argv, "--clk-hz", 1000000);
    h.e_cycle = arg(argc, argv, "--e-cycle-fj", 40000) * 1e-15;
    h.e_sleep = arg(argc, argv, "--e-sleep-fj", 400) * 1e-15;
    h.e_w = arg(argc, argv, "--e-write-fj", 28800) * 1e-15;
    h.e_r = arg(argc, argv, "--e-read-fj", 19200) * 1e-15;
    double limit = arg(argc, argv, "--time-limit-ms", 600000) * 1e-3;
    u64 every = arg(argc, argv, "--sample-every", 64);
    const char* csv_path = sarg(argc, argv, "--harvest-csv");
    FILE* csv = csv_path ? std::fopen(csv_path, "w") : nullptr;
    std::mt19937_64 master(seed);
    u64 wseed = seed_of(master), g = 0;
    std::vector<Txn> want = golden(wseed, txns, seed_of(master), g);
    Aug aug(wseed, txns, seed_of(master), false);
    aug.mode = mode;
    Harvest fresh = h;
    HarvestStats hs;
    bool done = harvest_run(aug, h, limit, every, csv, hs);
    if (csv) std::fclose(csv);
    // Without idet, on the same trace, for as long again as idet took (10 s at least) or the
    // limit: how many transactions the original design completes.
    u64 b_done = 0, b_fail = 0;
    double b_sec = 0;
    bool b_fin = false;
    double b_limit = std::min(limit, std::max(10.0, 2 * h.time));
    std::vector<Txn> b_got;
    baseline_run(fresh, arg(argc, argv, "--e-gold-fj", 40000) * 1e-15, b_limit, wseed, txns,
                 seed_of(master), b_got, b_fail, b_sec, b_fin);
    // Transactions it got right: the golden ones, in order, up to the first that differs (a
    // brown-out loses what a job or earlier jobs left; the host takes whatever done shows).
    while (b_done < b_got.size() && b_done < want.size() && b_got[b_done] == want[b_done]) b_done++;
    b_fin = b_fin && b_done == want.size();
    bool same = done && aug.host.results() == want && aug.lost.empty();
    std::string why = !done ? "the run did not finish within the time limit"
                      : !aug.lost.empty() ? aug.lost
                      : same ? "" : first_difference(want, aug.host.results());
    if (!same) std::printf("DIVERGENCE: harvest run (workload seed %" PRIu64 "): %s\n", wseed, why.c_str());
    std::string w;
    for (char c : why) {
        if (c == '"' || c == '\\') w += '\\';
        w += c;
    }
    std::printf("{\"harvest\": true, \"finished\": %s, \"divergences\": %d, \"first_divergence\": \"%s\""
                ", \"transactions\": %u, \"transactions_done\": %zu, \"golden_cycles\": %" PRIu64
                ", \"powered_cycles\": %" PRIu64 ", \"seconds\": %.9g, \"boots\": %" PRIu64
                ", \"failures\": %" PRIu64 ", \"warnings\": %" PRIu64 ", \"sleeps\": %" PRIu64
                ", \"commits\": %" PRIu64 ", \"restores\": %" PRIu64 ", \"harvested_j\": %.9g"
                ", \"drawn_j\": %.9g, \"charge_cycles\": %.9g, \"baseline_transactions_done\": %" PRIu64 ", \"baseline_delivered\": %zu"
                ", \"baseline_failures\": %" PRIu64 ", \"baseline_seconds\": %.9g, \"baseline_finished\": %s}\n",
                done ? "true" : "false", same ? 0 : 1, w.c_str(), txns, aug.host.results().size(), g,
                hs.cycles, h.time, hs.boots, hs.failures, hs.warnings, hs.sleeps, aug.st.nvm_commits,
                aug.st.restores, h.harvested, h.drawn,
                (h.energy(h.von) - h.energy(h.voff)) / h.e_cycle, b_done, b_got.size(), b_fail, b_sec,
                b_fin ? "true" : "false");
    return same ? 0 : 1;
}

int main(int argc, char** argv) {
    u64 losses = arg(argc, argv, "--losses", 200);
    u64 seed = arg(argc, argv, "--seed", 1);
    unsigned txns = (unsigned)arg(argc, argv, "--txns", 4);
    u64 progress = arg(argc, argv, "--progress", 0);
    log_run = arg(argc, argv, "--log", 0);
    bool sudden = arg(argc, argv, "--sudden", 0) != 0;
    int mode = (int)arg(argc, argv, "--mode", 0);
    if (arg(argc, argv, "--harvest", 0)) return harvest_main(argc, argv, txns, seed, mode);
    std::mt19937_64 master(seed);

    // Overhead without losses: one run of the same workload.
    u64 g0 = 0;
    u64 wseed0 = seed_of(master);
    std::vector<Txn> want0 = golden(wseed0, txns, seed_of(master), g0);
    Aug clean(wseed0, txns, seed_of(master), false);
    clean.mode = mode;
    u64 dummy;
    bool ok0 = clean.run(0, 0, dummy) && clean.host.results() == want0;
    if (!ok0) {
        std::printf("DIVERGENCE: run 0 (no losses, workload seed %" PRIu64 "): %s\n", wseed0,
                    first_difference(want0, clean.host.results()).c_str());
    }
    u64 clean_cycles = clean.st.cycles;

    Stats total;
    u64 injected_all = 0, golden_cycles = 0, runs = 0, idle_runs = 0, divergences = ok0 ? 0 : 1;
    std::string first_div;
    // About one loss per transaction: sudden losses cost re-execution, so the gap follows the
    // augmented run's length (commits included), not the golden one.
    u64 gap_max = (sudden ? std::max(g0, clean_cycles) : g0) / txns + 1;
    while (injected_all < losses) {
        runs++;
        cur_run = runs;
        u64 wseed = seed_of(master), lseed = seed_of(master), g = 0;
        std::vector<Txn> want = golden(wseed, txns, seed_of(master), g);
        Aug aug(wseed, txns, lseed, true);
        aug.sudden_on = sudden;
        aug.mode = mode;
        u64 injected = 0;
        bool finished = aug.run(losses - injected_all, gap_max, injected);
        injected_all += injected;
        golden_cycles += g;
        const Stats& s = aug.st;
        total.losses_jit += s.losses_jit;
        total.losses_save += s.losses_save;
        total.losses_restore += s.losses_restore;
        total.losses_repeat += s.losses_repeat;
        total.losses_sudden += s.losses_sudden;
        total.reexec_cycles += s.reexec_cycles;
        total.nvm_commits += s.nvm_commits;
        total.resumes += s.resumes;
        total.commits += s.commits;
        total.restores += s.restores;
        total.cold_boots += s.cold_boots;
        total.output_commits += s.output_commits;
        total.save_writes += s.save_writes;
        total.busy_run_cycles += s.busy_run_cycles;
        total.restore_reads += s.restore_reads;
        total.restore_cycles += s.restore_cycles;
        total.cycles += s.cycles;
        total.nvm_writes += aug.nvm.writes();
        total.nvm_reads += aug.nvm.reads();
        if (!finished || aug.host.results() != want || !aug.lost.empty()) {
            divergences++;
            char b[768];
            std::snprintf(b, sizeof b,
                          "run %" PRIu64 " (workload seed %" PRIu64 ", loss seed %" PRIu64
                          "): cycle %" PRIu64 ", last loss '%s' at cycle %" PRIu64 ": %s",
                          runs, wseed, lseed, s.cycles, aug.last_loss.c_str(), aug.last_loss_cycle,
                          !aug.lost.empty() ? aug.lost.c_str()
                          : finished ? first_difference(want, aug.host.results()).c_str()
                                     : "the augmented run stopped making progress");
            std::printf("DIVERGENCE: %s\n", b);
            if (first_div.empty()) first_div = b;
            if (divergences >= 5) break;
        }
        if (progress && runs % progress == 0)
            std::fprintf(stderr, "progress %" PRIu64 " %" PRIu64 "\n", injected_all, losses);
        idle_runs = injected == 0 ? idle_runs + 1 : 0;
        if (idle_runs > 1000) break;  // the workload leaves no room for losses
    }
    u64 dc_runs = arg(argc, argv, "--deadcheck", 0);
    DeadcheckTotals dc;
#if DEADCHECK
    deadcheck(dc_runs, master, txns, dc);
#else
    if (dc_runs) {
        std::printf("ERROR: --deadcheck needs a harness built with the liveness check\n");
        return 3;
    }
#endif
    std::string fd, dcf;
    for (char c : dc.first) {
        if (c == '"' || c == '\\') dcf += '\\';
        dcf += c;
    }
    for (char c : first_div) {
        if (c == '"' || c == '\\') fd += '\\';
        fd += c;
    }
    std::printf(
        "{\"runs\": %" PRIu64 ", \"transactions_per_run\": %u, \"losses\": %" PRIu64
        ", \"losses_jit\": %" PRIu64 ", \"losses_save\": %" PRIu64 ", \"losses_restore\": %" PRIu64
        ", \"losses_repeat\": %" PRIu64 ", \"resumes\": %" PRIu64 ", \"divergences\": %" PRIu64
        ", \"first_divergence\": \"%s\", \"checkpoints\": %" PRIu64 ", \"restores\": %" PRIu64
        ", \"cold_boots\": %" PRIu64 ", \"output_commits\": %" PRIu64
        ", \"golden_cycles_run0\": %" PRIu64 ", \"augmented_cycles_run0\": %" PRIu64
        ", \"boot_cycles_run0\": %" PRIu64
        ", \"golden_cycles\": %" PRIu64 ", \"augmented_cycles_with_losses\": %" PRIu64
        ", \"nvm_writes\": %" PRIu64 ", \"nvm_reads\": %" PRIu64
        ", \"sudden\": %s, \"losses_sudden\": %" PRIu64 ", \"reexec_cycles\": %" PRIu64
        ", \"nvm_commits\": %" PRIu64 ", \"commits_run0\": %" PRIu64
        ", \"commit_tracking\": %s, \"deadcheck_runs\": %" PRIu64
        ", \"deadcheck_cycles\": %" PRIu64 ", \"deadcheck_writes\": %" PRIu64
        ", \"deadcheck_divergences\": %" PRIu64 ", \"deadcheck_first_divergence\": \"%s\"",
        runs, txns, injected_all, total.losses_jit, total.losses_save, total.losses_restore,
        total.losses_repeat, total.resumes, divergences, fd.c_str(), total.commits, total.restores,
        total.cold_boots, total.output_commits, g0, clean_cycles, clean.st.boot_cycles, golden_cycles, total.cycles,
        total.nvm_writes, total.nvm_reads, sudden ? "true" : "false", total.losses_sudden,
        total.reexec_cycles, total.nvm_commits, clean.st.nvm_commits,
        "true",  // commits are observed on both NVM ports
        dc.runs, dc.cycles, dc.writes, dc.divergences, dcf.c_str());
    // Energy bookkeeping (src/verify/energy.rs): NVM accesses count NVM words (parallel port)
    // or bytes (SPI FRAM) of nvm_unit_bits each.
    std::printf(", \"nvm_unit_bits\": %d, \"nvm_writes_run0\": %" PRIu64 ", \"nvm_reads_run0\": %" PRIu64
                ", \"save_units\": %" PRIu64 ", \"busy_run_cycles\": %" PRIu64
                ", \"restore_reads\": %" PRIu64 ", \"restore_cycles\": %" PRIu64 "}\n",
                NVM_UNIT_BITS, clean.nvm.writes(), clean.nvm.reads(), total.save_writes,
                total.busy_run_cycles, total.restore_reads, total.restore_cycles);
    return divergences || dc.divergences ? 1 : 0;
}
