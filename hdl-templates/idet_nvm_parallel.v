// idet_nvm_parallel: SRAM-like request/acknowledge NVM port for `idet_ctrl` (used by `idet insert
// --nvm-port parallel`).
//
// Controller side: 32-bit words, a transfer at the edge where req and ack are both high.
// NVM side: NW-bit words (8, 16 or 32); one controller word is 32/NW NVM accesses at consecutive
// NVM addresses, least significant part first. An NVM access is held (nvm_req, nvm_we, nvm_addr,
// nvm_wdata stable) until the memory answers:
//   LATENCY = 0: the memory raises nvm_ack for one cycle when done (nvm_rdata valid then);
//   LATENCY = N: the memory has no acknowledge; an access completes after N cycles.
module idet_nvm_parallel #(
  parameter AW = 16,        // controller address width (32-bit words)
  parameter NW = 32,        // NVM word width: 8, 16 or 32
  parameter LATENCY = 0,
  parameter PW = NW == 32 ? 0 : NW == 16 ? 1 : 2   // log2 of NVM accesses per word: derived
) (
  input  wire          clk,
  input  wire          rst,
  input  wire          req,
  input  wire          we,
  input  wire [AW-1:0] addr,
  input  wire [31:0]   wdata,
  output wire          ack,
  output reg  [31:0]   rdata,
  output wire          nvm_req,
  output wire          nvm_we,
  output wire [AW+PW-1:0] nvm_addr,
  output reg  [NW-1:0] nvm_wdata,
  input  wire          nvm_ack,
  input  wire [NW-1:0] nvm_rdata
);
  localparam [1:0] LAST = NW == 32 ? 2'd0 : NW == 16 ? 2'd1 : 2'd3;

  reg [1:0]  part;
  reg [31:0] rbuf;
  reg [15:0] wait_q;
  /* verilator lint_off WIDTH */
  wire       done = LATENCY == 0 ? nvm_ack : (wait_q == LATENCY - 1);
  /* verilator lint_on WIDTH */

  assign nvm_req = req;
  assign nvm_we = we;
  assign ack = req && done && part == LAST;
  /* verilator lint_off WIDTH */
  assign nvm_addr = ({addr, 2'b00} >> (2 - PW)) | part;
  /* verilator lint_on WIDTH */

  // Parts arrive least significant first and are shifted in from the top.
  /* verilator lint_off UNUSEDSIGNAL */
  wire [31+NW:0] cat = {nvm_rdata, rbuf};
  /* verilator lint_off WIDTH */
  wire [31:0] wsh = wdata >> (part * NW);
  /* verilator lint_on WIDTH */
  /* verilator lint_on UNUSEDSIGNAL */
  always @(*) begin
    nvm_wdata = wsh[NW-1:0];
    rdata = cat[31+NW:NW];
  end

  always @(posedge clk) begin
    if (rst) begin
      part <= 2'd0;
      rbuf <= 32'd0;
      wait_q <= 16'd0;
    end else if (req) begin
      if (done) begin
        wait_q <= 16'd0;
        rbuf <= cat[31+NW:NW];
        part <= part == LAST ? 2'd0 : part + 2'd1;
      end else begin
        wait_q <= wait_q + 16'd1;
      end
    end
  end
endmodule
