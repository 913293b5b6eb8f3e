// NVM models for Verilator harnesses: they live outside the Verilated model, so their contents
// survive a power loss (deleting and re-creating the model).
//
// Timing convention: call `cycle()` / `pins()` once per clock cycle with the design's outputs as
// they are before the rising edge; drive the returned inputs, evaluate, then raise the clock.
#pragma once
#include <cstdint>
#include <cstdio>
#include <vector>

// SRAM-like request/acknowledge NVM: an access completes `latency` cycles after the request is
// seen, with a one-cycle acknowledge; the write lands at that edge (atomically per NVM word).
struct ParallelNvm {
    std::vector<uint64_t> mem;
    unsigned latency;
    unsigned waited = 0;
    uint64_t reads = 0, writes = 0;
    ParallelNvm(size_t words, unsigned latency) : mem(words, 0), latency(latency) {}
    // Power loss: an access in flight is lost (it never reached the array).
    void power_loss() { waited = 0; }
    bool cycle(bool req, bool we, uint64_t addr, uint64_t wdata, uint64_t& rdata) {
        if (!req) {
            waited = 0;
            return false;
        }
        if (waited < latency) {
            waited++;
            return false;
        }
        waited = 0;
        if (addr >= mem.size()) {
            std::fprintf(stderr, "NVM: address %llu out of range\n", (unsigned long long)addr);
            return true;
        }
        if (we) {
            mem[addr] = wdata;
            writes++;
        } else {
            reads++;
        }
        rdata = mem[addr];
        return true;
    }
};

// Serial FRAM (SPI mode 0) with the common command set: WREN 0x06, WRDI 0x04, WRITE 0x02,
// READ 0x03; 2- or 3-byte addresses; a written byte lands when its 8th bit is clocked in.
// Every command (the bytes seen between CS low and CS high) is logged for tests.
struct SpiFram {
    std::vector<uint8_t> mem;
    unsigned addr_bytes;
    bool wel = false;
    bool prev_sck = false, prev_cs = true;
    int miso = 0;
    unsigned bits = 0, out_bits = 0;
    uint8_t cur = 0;
    uint32_t addr = 0;
    std::vector<uint8_t> cmd;
    std::vector<std::vector<uint8_t>> log;
    bool keep_log = false;
    uint64_t bytes_written = 0, bytes_read = 0;
    // The byte address and value of the newest written byte, and whether it was the first data
    // byte of its WRITE command; the address of the newest READ command (harness bookkeeping).
    uint32_t last_write_addr = 0, last_read_addr = 0;
    uint8_t last_write_byte = 0;
    bool last_write_first = false;
    uint64_t read_cmds = 0;
    SpiFram(size_t bytes, unsigned addr_bytes) : mem(bytes, 0), addr_bytes(addr_bytes) {}
    void power_loss() {
        prev_sck = false;
        prev_cs = true;
        cmd.clear();
        wel = false;
    }
    // Feed the pins after each evaluation; returns the MISO level to drive.
    int pins(bool cs_n, bool sck, bool mosi) {
        if (cs_n && !prev_cs) {  // end of command
            if (!cmd.empty() && cmd[0] == 0x02) wel = false;
            if (keep_log) log.push_back(cmd);
        }
        if (!cs_n && prev_cs) {  // start of command
            cmd.clear();
            bits = 0;
            out_bits = 0;
        }
        if (!cs_n && sck && !prev_sck) {  // rising SCK: sample MOSI
            cur = (uint8_t)((cur << 1) | (mosi ? 1 : 0));
            if (++bits % 8 == 0) byte_in(cur);
        }
        if (!cs_n && !sck && prev_sck) {  // falling SCK: next MISO bit
            if (!cmd.empty() && cmd[0] == 0x03 && cmd.size() >= 1 + addr_bytes) {
                uint32_t a = (addr + out_bits / 8) % mem.size();
                miso = (mem[a] >> (7 - out_bits % 8)) & 1;
                if (out_bits % 8 == 7) bytes_read++;
                out_bits++;
            }
        }
        prev_cs = cs_n;
        prev_sck = sck;
        return miso;
    }
    void byte_in(uint8_t b) {
        cmd.push_back(b);
        if (cmd.size() == 1) {
            if (b == 0x06) wel = true;
            if (b == 0x04) wel = false;
            return;
        }
        if (cmd.size() == 1 + addr_bytes) {
            addr = 0;
            for (unsigned i = 1; i <= addr_bytes; i++) addr = (addr << 8) | cmd[i];
            if (cmd[0] == 0x03) {
                last_read_addr = addr;
                read_cmds++;
            }
            return;
        }
        if (cmd.size() > 1 + addr_bytes && cmd[0] == 0x02 && wel) {
            uint32_t a = (addr + (uint32_t)(cmd.size() - 2 - addr_bytes)) % mem.size();
            mem[a] = b;
            bytes_written++;
            last_write_addr = a;
            last_write_byte = b;
            last_write_first = cmd.size() == 2 + addr_bytes;
        }
    }
};
