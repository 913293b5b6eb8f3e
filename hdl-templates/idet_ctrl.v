// idet_ctrl: checkpoint controller spliced into a design by `idet insert`.
//
// Speaks 32-bit words to an NVM adapter (`idet_nvm_parallel`, `idet_nvm_spi_fram`) through a
// request/acknowledge port: a transfer happens at the clock edge where mem_req and mem_ack are
// both high; mem_rdata is valid in that cycle.
//
// NVM layout: two slots of SLOT_WORDS words at word 0 and word SLOT_WORDS. A slot holds
//   word 0: MAGIC   word 1: sequence number   word 2: {checkpoint id[15:0], payload length[15:0]}
//   word 3: CRC-32 over words 0, 1, 2 and the payload, in that order   words 4...: payload
// A save writes the slot that does not hold the newest valid checkpoint: payload first, then
// words 0..2, then the CRC last. A loss at any cycle of a save leaves the other slot intact and
// this one invalid (its CRC no longer matches), so boot never accepts a half-written checkpoint.
//
// Boot (after rst falls): `clear` high erases both slots (zeroes their CRC words: a valid CRC is
// never 0 here); otherwise both slots are
// read and checked, and the valid one with the newest sequence number is restored word by word
// (ld_valid/ld_idx/ld_word), then ld_last restores the state register, then the design runs.
// Run: after pwr_warn the design runs on until `hit` (it is in a checkpoint state); it is frozen
// there, saved and committed; `sleep` rises. If pwr_warn falls again before power dies, the
// design resumes (its registers were frozen, so the checkpoint stays consistent).
// Output commit (JIT, MODE 0): `ev` carries the design's host-visible outputs (handshake outputs,
// memory write enables). The first change of `ev` while NVM holds a valid checkpoint erases both
// slots (design frozen meanwhile, before any save may start): a torn save can then never roll the
// design back to a point before something the host has already seen; it restarts from reset.
//
// Periodic (MODE 1) and hybrid (MODE 2 = JIT + periodic) modes survive sudden losses (no
// warning): the design falls back to the newest committed checkpoint and re-executes.
// - Periodic: on entry to a checkpoint state, when at least PERIOD running cycles passed since the
//   last commit (PERIOD 0: every entry), the design is frozen for the save and runs on after the
//   commit (no sleep). States with `hit_force` commit on every entry whatever the period: with
//   non-volatile memories they separate each read from any later write of the same memory.
// - Commit before reveal: `ev_q` holds the host-visible outputs the host may have acted on. In
//   the cycle `ev` differs from it, `busy` rises and the design freezes (combinationally); the
//   current state (a checkpoint state: insert makes every state where `ev` can change one) is
//   saved and committed, then `ev_q` takes `ev` and `busy` falls. The host acts only while `busy`
//   is low, so everything it ever saw is in the newest committed checkpoint, and re-execution
//   after a loss never repeats or loses a host-visible event. Inputs the design consumed without
//   an output change are held by the host until that change (4-phase handshakes), so re-reading
//   them is idempotent.
module idet_ctrl #(
  parameter AW = 16,                 // NVM address width, in 32-bit words
  parameter SLOT_WORDS = 16,         // words per slot: 4 header words + the largest payload
  parameter [31:0] MAGIC = 32'h1DE7C0DE,
  parameter EW = 1,                  // width of `ev`
  parameter MODE = 0,                // 0 JIT, 1 periodic, 2 hybrid (JIT + periodic)
  parameter [31:0] PERIOD = 0        // periodic: least running cycles between commits
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
  output reg  [AW-1:0] mem_addr,
  output reg  [31:0] mem_wdata,
  input  wire        mem_ack,
  input  wire [31:0] mem_rdata
);
  localparam [3:0] S_BOOT = 4'd0, S_ERASE = 4'd1, S_SCAN = 4'd2, S_PICK = 4'd3, S_REST = 4'd4,
                   S_RFIN = 4'd5, S_RUN = 4'd6, S_SHDR = 4'd7, S_SAVE = 4'd8, S_COMMIT = 4'd9,
                   S_SLEEP = 4'd10, S_INVAL = 4'd11;
  localparam [31:0] CRC_INIT = 32'hFFFFFFFF;
  localparam [AW-1:0] SLOT1 = SLOT_WORDS;

  // CRC-32 (reflected, polynomial 0xEDB88320) of one word, least significant bit first.
  // (Local names carry a `crcw_` prefix: Verilator warns when they hide a port of the design
  // spliced into the same file.)
  function [31:0] crc32_word(input [31:0] crcw_crc, input [31:0] crcw_d);
    integer crcw_i;
    reg [31:0] crcw_c;
    begin
      crcw_c = crcw_crc;
      for (crcw_i = 0; crcw_i < 32; crcw_i = crcw_i + 1)
        crcw_c = (crcw_c >> 1) ^ ((crcw_c[0] ^ crcw_d[crcw_i]) ? 32'hEDB88320 : 32'd0);
      crc32_word = crcw_c;
    end
  endfunction

  reg [3:0]  st;
  reg        warn_q;
  reg [15:0] widx;        // word counter within the current phase
  reg [1:0]  ph;          // scan phase: 0 header words 0..2, 1 payload, 2 CRC word
  reg        slot;        // slot being scanned / written
  reg [31:0] crc;
  reg [31:0] cur_magic, cur_seq, cur_idlen;
  reg        v0, v1;
  reg [31:0] seq0, seq1, idlen0, idlen1;
  reg        have_valid, newest_slot;
  reg [31:0] newest_seq;
  reg [15:0] sid, slen;   // checkpoint being saved / restored
  reg [31:0] new_seq;
  reg [EW-1:0] ev_q;      // JIT: `ev` one cycle ago; periodic/hybrid: `ev` as the host saw it
  reg        run_q;       // st was S_RUN one cycle ago: ev_q is comparable
  reg [31:0] cnt;         // running cycles since the last commit (saturating)
  reg        hit_q;       // previous running cycle: in a checkpoint state, and which
  reg [15:0] hit_id_q;
  reg        ev_save;     // the save in progress commits an `ev` change (then reveal)
  reg        to_sleep;    // the save in progress was asked for by pwr_warn

  wire [15:0] cur_len = cur_idlen[15:0];
  wire [AW-1:0] base = slot ? SLOT1 : {AW{1'b0}};
  // AW may be narrower or wider than the 16-bit word counter.
  /* verilator lint_off WIDTH */
  wire [AW-1:0] widx_a = widx;
  localparam [AW-1:0] A3 = 3, A4 = 4;
  /* verilator lint_on WIDTH */

  assign mem_req = (st == S_ERASE) || (st == S_INVAL) || (st == S_SCAN && ph != 2'd3) || (st == S_REST) ||
                   (st == S_SAVE) || (st == S_COMMIT);
  assign mem_we = (st == S_ERASE) || (st == S_INVAL) || (st == S_SAVE) || (st == S_COMMIT);
  // One CRC-32 step shared by scan (NVM data), header (the three header words) and save.
  wire [31:0] hdr_word = widx == 16'd0 ? MAGIC : widx == 16'd1 ? new_seq :
                         widx == 16'd2 ? {sid, slen} : crc;
  wire [31:0] crc_d = st == S_SAVE ? save_word : st == S_SHDR ? hdr_word : mem_rdata;
  wire [31:0] crc_next = crc32_word(crc, crc_d);

  always @(*) begin
    case (st)
      // Erasing zeroes the CRC words: a save writes its slot's CRC word last, so an erased
      // checkpoint cannot come back when a later save into its slot is torn (the old header and
      // payload words may still match the old CRC). Boot refuses a zero CRC word.
      S_ERASE, S_INVAL: mem_addr = widx[0] ? SLOT1 + A3 : A3;
      S_SCAN:  mem_addr = ph == 2'd0 ? base + widx_a :
                          ph == 2'd1 ? base + A4 + widx_a : base + A3;
      S_REST, S_SAVE: mem_addr = base + A4 + widx_a;
      S_COMMIT: mem_addr = base + widx_a;
      default: mem_addr = {AW{1'b0}};
    endcase
    case (st)
      S_SAVE: mem_wdata = save_word;
      S_COMMIT: mem_wdata = hdr_word;
      default: mem_wdata = 32'd0;
    endcase
  end

  // Boot choice: the valid slot with the newer sequence number (slot 0 when only it is valid).
  wire win = !(v0 && (!v1 || seq0 > seq1));
  wire [31:0] win_seq = win ? seq1 : seq0;
  wire [31:0] win_idlen = win ? idlen1 : idlen0;

  localparam SUDDEN = MODE != 0;      // periodic or hybrid: commit before reveal
  localparam WARNED = MODE != 1;      // JIT or hybrid: saves on pwr_warn
  // Periodic/hybrid: a host-visible output changed and is not committed yet.
  wire ev_pend = SUDDEN && (st == S_RUN) && run_q && (ev != ev_q);
  // Periodic/hybrid: entry to a checkpoint state with the period elapsed.
  wire entered = hit && (!hit_q || hit_id != hit_id_q);
  wire periodic_due = SUDDEN && (st == S_RUN) && entered && (cnt >= PERIOD || hit_force);

  assign sleep = st == S_SLEEP;
  assign busy = ((st != S_RUN) && (st != S_SLEEP)) || ev_pend;
  assign booting = (st == S_BOOT) || (st == S_ERASE) || (st == S_SCAN) || (st == S_PICK) ||
                   (st == S_REST);
  assign freeze_req = (st != S_RUN) || (WARNED && warn_q && hit) || ev_pend || periodic_due;
  assign save_id = sid;
  assign save_idx = widx;
  assign ld_valid = (st == S_REST) && mem_ack;
  assign ld_last = st == S_RFIN;
  assign ld_id = sid;
  assign ld_idx = widx;
  assign ld_word = mem_rdata;

  // Restores (at the S_RFIN edge) change `ev` without the host having seen anything: only
  // compare `ev` across two consecutive running cycles.
  wire ev_changed = (st == S_RUN) && run_q && (ev != ev_q);

  always @(posedge clk) begin
    if (!SUDDEN || (st == S_RUN && !ev_pend) || (st == S_COMMIT && mem_ack && widx == 16'd3 && ev_save))
      ev_q <= ev;
    run_q <= st == S_RUN;
    if (st == S_RUN) begin
      hit_q <= hit;
      hit_id_q <= hit_id;
      if (cnt != 32'hFFFFFFFF) cnt <= cnt + 32'd1;
    end
    if (rst) begin
      st <= S_BOOT;
      warn_q <= 1'b0;
      widx <= 16'd0;
      ph <= 2'd0;
      slot <= 1'b0;
      crc <= CRC_INIT;
      v0 <= 1'b0;
      v1 <= 1'b0;
      have_valid <= 1'b0;
      newest_slot <= 1'b0;
      newest_seq <= 32'd0;
      sid <= 16'd0;
      slen <= 16'd0;
      cnt <= 32'd0;
      hit_q <= 1'b0;
      hit_id_q <= 16'd0;
      ev_save <= 1'b0;
      to_sleep <= 1'b0;
    end else begin
      if (st == S_SLEEP && !pwr_warn)
        warn_q <= 1'b0;
      else if (pwr_warn)
        warn_q <= 1'b1;
      case (st)
        S_BOOT: begin
          widx <= 16'd0;
          ph <= 2'd0;
          slot <= 1'b0;
          crc <= CRC_INIT;
          st <= clear ? S_ERASE : S_SCAN;
        end
        // Boot with `clear`, or an output commit: zero both slots' CRC words, then run.
        S_ERASE, S_INVAL: if (mem_ack) begin
          widx <= widx + 16'd1;
          if (widx[0]) begin
            have_valid <= 1'b0;
            st <= S_RUN;
          end
        end
        S_SCAN: if (mem_ack) begin
          if (ph == 2'd0) begin
            crc <= crc_next;
            if (widx == 16'd0) cur_magic <= mem_rdata;
            if (widx == 16'd1) cur_seq <= mem_rdata;
            widx <= widx + 16'd1;
            if (widx == 16'd2) begin
              cur_idlen <= mem_rdata;
              widx <= 16'd0;
              if (cur_magic != MAGIC || {16'd0, mem_rdata[15:0]} > SLOT_WORDS - 4)
                ph <= 2'd3;                       // not a checkpoint: next slot
              else
                ph <= mem_rdata[15:0] == 16'd0 ? 2'd2 : 2'd1;
            end
          end else if (ph == 2'd1) begin
            crc <= crc_next;
            widx <= widx + 16'd1;
            if (widx + 16'd1 == cur_len) ph <= 2'd2;
          end else begin
            ph <= 2'd3;
            if (slot) begin
              v1 <= mem_rdata == crc && mem_rdata != 32'd0;
              seq1 <= cur_seq;
              idlen1 <= cur_idlen;
            end else begin
              v0 <= mem_rdata == crc && mem_rdata != 32'd0;
              seq0 <= cur_seq;
              idlen0 <= cur_idlen;
            end
          end
        end else if (ph == 2'd3) begin
          // End of a slot: on to slot 1, or choose.
          widx <= 16'd0;
          ph <= 2'd0;
          crc <= CRC_INIT;
          if (slot) st <= S_PICK;
          slot <= 1'b1;
        end
        S_PICK: begin
          widx <= 16'd0;
          if (v0 || v1) begin
            slot <= win;
            newest_slot <= win;
            newest_seq <= win_seq;
            have_valid <= 1'b1;
            sid <= win_idlen[31:16];
            slen <= win_idlen[15:0];
            st <= win_idlen[15:0] == 16'd0 ? S_RFIN : S_REST;
          end else begin
            have_valid <= 1'b0;
            st <= S_RUN;
          end
        end
        S_REST: if (mem_ack) begin
          widx <= widx + 16'd1;
          if (widx + 16'd1 == slen) st <= S_RFIN;
        end
        S_RFIN: begin
          st <= S_RUN;
          hit_q <= 1'b1;                       // the restored state is no new entry
          hit_id_q <= sid;
        end
        // An output commit comes first: a checkpoint older than what the host saw must not survive.
        S_RUN: if (!SUDDEN && have_valid && ev_changed) begin
          widx <= 16'd0;
          st <= S_INVAL;
        end else if (ev_pend && !hit) begin
          // Cannot happen when insert made every state where `ev` can change a checkpoint state;
          // if it does, fall back to the JIT rule (erase) rather than reveal an uncommitted change.
          widx <= 16'd0;
          st <= S_INVAL;
        end else if (ev_pend || (WARNED && warn_q && hit) || periodic_due) begin
          crc <= CRC_INIT;
          widx <= 16'd0;
          sid <= hit_id;
          slen <= hit_len;
          slot <= have_valid ? !newest_slot : 1'b0;
          new_seq <= newest_seq + 32'd1;
          ev_save <= ev_pend;
          to_sleep <= !ev_pend && WARNED && warn_q;
          st <= S_SHDR;
        end
        S_SHDR: begin                          // CRC of header words 0..2, one per cycle
          crc <= crc_next;
          widx <= widx + 16'd1;
          if (widx == 16'd2) begin
            widx <= 16'd0;
            st <= slen == 16'd0 ? S_COMMIT : S_SAVE;
          end
        end
        S_SAVE: if (mem_ack) begin
          crc <= crc_next;
          widx <= widx + 16'd1;
          if (widx + 16'd1 == slen) begin
            widx <= 16'd0;
            st <= S_COMMIT;
          end
        end
        S_COMMIT: if (mem_ack) begin
          widx <= widx + 16'd1;
          if (widx == 16'd3) begin
            have_valid <= 1'b1;
            newest_slot <= slot;
            newest_seq <= new_seq;
            cnt <= 32'd0;
            ev_save <= 1'b0;
            st <= to_sleep ? S_SLEEP : S_RUN;
          end
        end
        S_SLEEP: if (!pwr_warn) st <= S_RUN;
        default: st <= S_BOOT;
      endcase
    end
  end
endmodule
