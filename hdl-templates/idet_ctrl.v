// idet_ctrl: checkpoint controller spliced into a design by `idet insert`.
//
// Speaks 32-bit words to an NVM adapter (`idet_nvm_parallel`, `idet_nvm_spi_fram`) through a
// request/acknowledge port: a transfer happens at the clock edge where mem_req and mem_ack are
// both high; mem_rdata is valid in that cycle.
//
// NVM layout: two slots of SLOT_WORDS words, interleaved (word `off` of slot `s` at NVM word
// 2*off + s: the address is {off, s}, no adder). Offsets 0.. hold the payload, SLOT_WORDS-2 the
// payload length, SLOT_WORDS-1 the tag {MAGIC[13:8], seq[1:0], checkpoint id[15:0], MAGIC[7:0]}.
// A slot is valid when both magic fields of its tag match.
//
// Commit protocol (no checksum: the order of the writes is the proof; hdl-templates/README.md
// has the argument): a save goes to the slot that does not hold the newest valid checkpoint and
//   1. zeroes its tag (the older checkpoint there stops being valid before any of it changes),
//   2. writes the payload, 3. the length, 4. the tag, with seq = newest seq + 1 (mod 4).
// The adapters write a word least significant part first, so zeroing the tag breaks MAGIC[7:0]
// with its first NVM write, and a new tag becomes valid only with its last one (MAGIC[13:8]).
// A loss at any cycle of a save leaves the other slot as it was and this one invalid or complete.
// Boot reads both tags and restores the valid one with the newer sequence number: with two
// slots, two valid tags always carry consecutive numbers, so 2 bits compare wrap-safe.
//
// Boot (after rst falls): `clear` high erases both slots (overwrites their tags with ERASED); otherwise both
// tags are read, the newest valid slot's length, then its payload word by word
// (ld_valid/ld_idx/ld_word), then ld_last restores the state register, then the design runs.
// Run: after pwr_warn the design runs on until `hit` (it is in a checkpoint state); it is frozen
// there, saved and committed; `sleep` rises. If pwr_warn falls again before power dies, the
// design resumes (its registers were frozen, so the checkpoint stays consistent).
// Output commit (JIT, MODE 0): `ev` carries the design's host-visible outputs (handshake outputs,
// memory write enables). The first change of `ev` while NVM holds a valid checkpoint erases both
// slots (design frozen meanwhile, before any save may start): a torn save can then never roll the
// design back to a point before something the host has already seen; it restarts from reset.
//
// JIT where state crosses jobs (MODE 3): the erase above would let a torn save cold-boot the
// design and lose what earlier jobs left (a mode, a running sum); instead every output change is
// committed before it is revealed, as below, without periodic commits (insert decides, see
// src/insert/jobs.rs).
// Periodic (MODE 1) and hybrid (MODE 2 = JIT + periodic) modes survive sudden losses (no
// warning): the design falls back to the newest committed checkpoint and re-executes.
// - Periodic: on entry to a checkpoint state, when at least PERIOD running cycles passed since the
//   last commit (PERIOD 0: every entry), the design is frozen for the save and runs on after the
//   commit (no sleep). States with `hit_force` commit on every entry whatever the period: with
//   non-volatile memories they separate each read from any later write of the same memory.
// - Energy-adaptive period (ADAPT = 1): the period falls to PERIOD / 8 while `vlow` (a
//   comparator on the storage capacitor) is high.
// - Commit before reveal: `ev_q` holds the host-visible outputs the host may have acted on. In
//   the cycle `ev` differs from it, `busy` rises and the design freezes (combinationally); the
//   current state (a checkpoint state: insert makes every state where `ev` can change one) is
//   saved and committed, then `ev_q` takes `ev` and `busy` falls. The host acts only while `busy`
//   is low, so everything it ever saw is in the newest committed checkpoint, and re-execution
//   after a loss never repeats or loses a host-visible event. Inputs the design consumed without
//   an output change are held by the host until that change (4-phase handshakes), so re-reading
//   them is idempotent.
//
// Size: counters are as wide as the slot (AW-1 bits) and the period; nothing of a header is
// cached but the newest slot, its 2-bit sequence number and the checkpoint id.
module idet_ctrl #(
  parameter AW = 16,                 // NVM address width, in 32-bit words (>= 1 + offset bits)
  parameter SLOT_WORDS = 16,         // words per slot: the largest payload + 2 (length, tag)
  parameter [13:0] MAGIC = 14'h1DE7, // both halves nonzero: a zero word is never a valid tag
  parameter EW = 1,                  // width of `ev`
  parameter MODE = 0,                // 0 JIT, 1 periodic, 2 hybrid (JIT + periodic),
                                     // 3 JIT committing before each output change
  parameter [31:0] PERIOD = 0,       // periodic: least running cycles between commits
  parameter ADAPT = 0                // periodic/hybrid: PERIOD / 8 while `vlow` is high
) (
  input  wire        clk,
  input  wire        rst,            // active high, synchronous: power-on reset
  input  wire        pwr_warn,
  input  wire        clear,
  output wire        sleep,
  output wire        busy,
  output wire        booting,
  output wire        freeze_req,
  input  wire [EW-1:0] ev,           // host-visible outputs of the design
  input  wire        hit,            // the design is in a checkpoint state
  input  wire        hit_force,      // ... one that commits on every entry (non-volatile memories)
  input  wire        vlow,           // ADAPT: the stored energy is low (a comparator)
  input  wire [15:0] hit_id,
  input  wire [15:0] hit_len,        // payload words of checkpoint hit_id
  output wire [15:0] save_id,
  output wire [15:0] save_idx,
  input  wire [31:0] save_word,      // payload word save_idx of checkpoint save_id
  output wire        ld_valid,
  output wire        ld_last,
  output wire [15:0] ld_id,
  output wire [15:0] ld_idx,
  output wire [31:0] ld_word,
  output wire        mem_req,
  output wire        mem_we,
  output wire [AW-1:0] mem_addr,
  output reg  [31:0] mem_wdata,
  input  wire        mem_ack,
  input  wire [31:0] mem_rdata
);
  localparam [3:0] S_BOOT = 4'd0, S_ERASE = 4'd1, S_SCAN = 4'd2, S_LEN = 4'd3, S_REST = 4'd4,
                   S_RFIN = 4'd5, S_RUN = 4'd6, S_INV = 4'd7, S_SAVE = 4'd8, S_SLEN = 4'd9,
                   S_COMMIT = 4'd10, S_SLEEP = 4'd11;
  /* verilator lint_off WIDTH */
  localparam LW = SLOT_WORDS < 3 ? 1 : $clog2(SLOT_WORDS);   // offset within a slot
  localparam [LW-1:0] O_LEN = SLOT_WORDS - 2, O_TAG = SLOT_WORDS - 1;
  localparam CW = PERIOD < 2 ? 1 : $clog2(PERIOD + 1);
  localparam [CW-1:0] PER = PERIOD;
  localparam [CW-1:0] PER_LOW = PERIOD / 8;
  /* verilator lint_on WIDTH */

  reg [3:0]    st;
  reg          warn_q;
  reg [LW-1:0] widx;      // payload word (restore, save); slot being erased or scanned (bit 0)
  reg          slot;      // slot being restored or written
  reg          have_valid, newest_slot;
  reg [1:0]    newest_seq;
  reg [15:0]   sid;       // checkpoint being saved / restored
  reg [LW-1:0] slen;
  reg [EW-1:0] ev_q;      // JIT: `ev` one cycle ago; periodic/hybrid: `ev` as the host saw it
  reg          run_q;     // st was S_RUN one cycle ago: ev_q is comparable
  reg [CW-1:0] cnt;       // running cycles since the last commit (saturating at PERIOD)
  reg          hit_q;     // previous running cycle: in a checkpoint state, and which
  reg [15:0]   hit_id_q;
  reg          ev_save;   // the save in progress commits an `ev` change (then reveal)
  reg          to_sleep;  // the save in progress was asked for by pwr_warn

  wire [LW-1:0] widx_1 = widx + 1'b1;
  /* verilator lint_off UNUSEDSIGNAL */
  wire [15:0] hit_len_all = hit_len;   // insert keeps every payload below SLOT_WORDS - 2
  /* verilator lint_on UNUSEDSIGNAL */
  wire [LW-1:0] hit_len_w = hit_len_all[LW-1:0];
  wire [1:0] seq_next = newest_seq + 2'd1;
  wire tag_ok = mem_rdata[7:0] == MAGIC[7:0] && mem_rdata[31:26] == MAGIC[13:8];
  wire [31:0] tag_new = {MAGIC[13:8], seq_next, sid, MAGIC[7:0]};

  assign mem_req = (st == S_ERASE) || (st == S_SCAN) || (st == S_LEN && have_valid) ||
                   (st == S_REST) || (st == S_INV) || (st == S_SAVE) || (st == S_SLEN) ||
                   (st == S_COMMIT);
  assign mem_we = (st == S_ERASE) || (st == S_INV) || (st == S_SAVE) || (st == S_SLEN) ||
                  (st == S_COMMIT);
  // Erase and scan visit slot 0 then slot 1 (widx[0]); the other accesses use `slot`.
  wire by_widx = (st == S_ERASE) || (st == S_SCAN);
  wire [LW-1:0] off = (st == S_REST || st == S_SAVE) ? widx :
                      (st == S_LEN || st == S_SLEN) ? O_LEN : O_TAG;
  /* verilator lint_off WIDTH */
  assign mem_addr = {off, by_widx ? widx[0] : slot};
  /* verilator lint_on WIDTH */
  // Payload words, else a header word: the tag, the length, zero (a save's invalidation) or
  // ERASED (an output commit or `clear`). ERASED is an invalid tag whose every byte is nonzero,
  // so each NVM write of an erase tells itself apart from an invalidation: verify counts
  // output commits by it (sim/verify.cpp).
  localparam [31:0] ERASED = 32'h01010101;
  /* verilator lint_off WIDTH */
  wire [31:0] hdr = st == S_COMMIT ? tag_new : st == S_SLEN ? slen :
                    st == S_ERASE ? ERASED : 32'd0;
  /* verilator lint_on WIDTH */
  always @(*) mem_wdata = st == S_SAVE ? save_word : hdr;

  localparam SUDDEN = MODE != 0;      // periodic, hybrid, JIT mode 3: commit before reveal
  localparam WARNED = MODE != 1;      // JIT or hybrid: saves on pwr_warn
  localparam PERIODIC = MODE == 1 || MODE == 2;
  // Periodic/hybrid: a host-visible output changed and is not committed yet.
  wire ev_pend = SUDDEN && (st == S_RUN) && run_q && (ev != ev_q);
  // Periodic/hybrid: entry to a checkpoint state with the period elapsed.
  wire entered = hit && (!hit_q || hit_id != hit_id_q);
  // Energy-adaptive (ADAPT): while the stored energy is low a loss is near, so commit eight times
  // as often; with plenty, at the full period (fewer saves).
  wire period_over = (ADAPT != 0 && vlow) ? cnt >= PER_LOW : cnt == PER;
  wire periodic_due = PERIODIC && (st == S_RUN) && entered && (period_over || hit_force);

  assign sleep = st == S_SLEEP;
  assign busy = ((st != S_RUN) && (st != S_SLEEP)) || ev_pend;
  assign booting = (st == S_BOOT) || (st == S_ERASE && !have_valid) || (st == S_SCAN) ||
                   (st == S_LEN) || (st == S_REST);
  assign freeze_req = (st != S_RUN) || (WARNED && warn_q && hit) || ev_pend || periodic_due;
  /* verilator lint_off WIDTH */
  assign save_idx = widx;
  assign ld_idx = widx;
  /* verilator lint_on WIDTH */
  assign save_id = sid;
  assign ld_valid = (st == S_REST) && mem_ack;
  assign ld_last = st == S_RFIN;
  assign ld_id = sid;
  assign ld_word = mem_rdata;

  // Restores (at the S_RFIN edge) change `ev` without the host having seen anything: only
  // compare `ev` across two consecutive running cycles.
  wire ev_changed = (st == S_RUN) && run_q && (ev != ev_q);

  always @(posedge clk) begin
    if (!SUDDEN || (st == S_RUN && !ev_pend) || (st == S_COMMIT && mem_ack && ev_save))
      ev_q <= ev;
    run_q <= st == S_RUN;
    if (st == S_RUN) begin
      hit_q <= hit;
      hit_id_q <= hit_id;
      if (cnt != PER) cnt <= cnt + 1'b1;
    end
    if (rst) begin
      st <= S_BOOT;
      warn_q <= 1'b0;
      have_valid <= 1'b0;
      cnt <= {CW{1'b0}};
      hit_q <= 1'b0;
      ev_save <= 1'b0;
      to_sleep <= 1'b0;
    end else begin
      if (st == S_SLEEP && !pwr_warn)
        warn_q <= 1'b0;
      else if (pwr_warn)
        warn_q <= 1'b1;
      case (st)
        S_BOOT: begin
          widx <= {LW{1'b0}};
          have_valid <= 1'b0;
          newest_seq <= 2'd0;
          st <= clear ? S_ERASE : S_SCAN;
        end
        // Boot with `clear`, or an output commit: ERASED into both slots' tags, then run.
        S_ERASE: if (mem_ack) begin
          widx <= widx_1;
          if (widx[0]) begin
            have_valid <= 1'b0;
            st <= S_RUN;
          end
        end
        // Slot widx[0]'s tag: the newest valid so far when valid and (first, or one newer).
        S_SCAN: if (mem_ack) begin
          widx <= widx_1;
          if (tag_ok && (!have_valid || mem_rdata[25:24] == seq_next)) begin
            have_valid <= 1'b1;
            newest_slot <= widx[0];
            slot <= widx[0];
            newest_seq <= mem_rdata[25:24];
            sid <= mem_rdata[23:8];
          end
          if (widx[0]) st <= S_LEN;
        end
        S_LEN: if (!have_valid) begin
          st <= S_RUN;
        end else if (mem_ack) begin
          widx <= {LW{1'b0}};
          slen <= mem_rdata[LW-1:0];
          st <= mem_rdata[LW-1:0] == {LW{1'b0}} ? S_RFIN : S_REST;
        end
        S_REST: if (mem_ack) begin
          widx <= widx_1;
          if (widx_1 == slen) st <= S_RFIN;
        end
        S_RFIN: begin
          st <= S_RUN;
          hit_q <= 1'b1;                       // the restored state is no new entry
          hit_id_q <= sid;
        end
        // An output commit comes first: a checkpoint older than what the host saw must not survive.
        S_RUN: if (!SUDDEN && have_valid && ev_changed) begin
          widx <= {LW{1'b0}};
          st <= S_ERASE;
        end else if (ev_pend && !hit) begin
          // Cannot happen when insert made every state where `ev` can change a checkpoint state;
          // if it does, fall back to the JIT rule (erase) rather than reveal an uncommitted change.
          widx <= {LW{1'b0}};
          st <= S_ERASE;
        end else if (ev_pend || (WARNED && warn_q && hit) || periodic_due) begin
          widx <= {LW{1'b0}};
          sid <= hit_id;
          slen <= hit_len_w;
          slot <= have_valid ? !newest_slot : 1'b0;
          ev_save <= ev_pend;
          to_sleep <= !ev_pend && WARNED && warn_q;
          st <= S_INV;
        end
        S_INV: if (mem_ack) st <= slen == {LW{1'b0}} ? S_SLEN : S_SAVE;
        S_SAVE: if (mem_ack) begin
          widx <= widx_1;
          if (widx_1 == slen) st <= S_SLEN;
        end
        S_SLEN: if (mem_ack) st <= S_COMMIT;
        S_COMMIT: if (mem_ack) begin
          have_valid <= 1'b1;
          newest_slot <= slot;
          newest_seq <= seq_next;
          cnt <= {CW{1'b0}};
          ev_save <= 1'b0;
          st <= to_sleep ? S_SLEEP : S_RUN;
        end
        S_SLEEP: if (!pwr_warn) st <= S_RUN;
        default: st <= S_BOOT;
      endcase
    end
  end
endmodule
