// idet_nvm_spi_fram: SPI master for `idet_ctrl` speaking the common serial FRAM command set
// (used by `idet insert --nvm-port spi-fram`). SPI mode 0, SCK = clk / 2.
//
// Controller side: 32-bit words, a transfer at the edge where req and ack are both high.
// Write of word A: CS low, WREN (0x06), CS high; CS low, WRITE (0x02), byte address 4*A
// (ADDR_BYTES = 2 or 3, most significant byte first), the four data bytes least significant
// byte first (each byte MSB first), CS high. Read: CS low, READ (0x03), address, four bytes in,
// CS high. CS stays high for at least one clock cycle between commands.
module idet_nvm_spi_fram #(
  parameter AW = 14,          // controller address width (32-bit words)
  parameter ADDR_BYTES = 2    // 2 or 3
) (
  input  wire          clk,
  input  wire          rst,
  input  wire          req,
  input  wire          we,
  input  wire [AW-1:0] addr,
  input  wire [31:0]   wdata,
  output wire          ack,
  output wire [31:0]   rdata,
  output wire          spi_sck,
  output wire          spi_cs_n,
  output wire          spi_mosi,
  input  wire          spi_miso
);
  localparam [2:0] P_IDLE = 3'd0, P_WREN = 3'd1, P_GAP = 3'd2, P_CMD = 3'd3, P_END = 3'd4;
  localparam [6:0] NB = ADDR_BYTES == 3 ? 7'd64 : 7'd56;   // opcode + address + 4 data bytes

  reg [2:0]  p;
  reg [63:0] sh;
  reg [6:0]  nb;
  reg        sck_q, cs_q;
  reg [31:0] rx;

  /* verilator lint_off WIDTH */
  wire [23:0] baddr = {addr, 2'b00};
  /* verilator lint_on WIDTH */
  wire [31:0] bytes = {wdata[7:0], wdata[15:8], wdata[23:16], wdata[31:24]};
  wire [63:0] wr_frame = ADDR_BYTES == 3 ? {8'h02, baddr, bytes} : {8'h02, baddr[15:0], bytes, 8'h00};
  wire [63:0] rd_frame = ADDR_BYTES == 3 ? {8'h03, baddr, 32'd0} : {8'h03, baddr[15:0], 40'd0};

  assign spi_sck = sck_q;
  assign spi_cs_n = cs_q;
  assign spi_mosi = sh[63];
  assign ack = p == P_END;
  assign rdata = {rx[7:0], rx[15:8], rx[23:16], rx[31:24]};

  always @(posedge clk) begin
    if (rst) begin
      p <= P_IDLE;
      sh <= 64'd0;
      nb <= 7'd0;
      sck_q <= 1'b0;
      cs_q <= 1'b1;
      rx <= 32'd0;
    end else begin
      case (p)
        P_IDLE: if (req) begin
          cs_q <= 1'b0;
          if (we) begin
            sh <= {8'h06, 56'd0};
            nb <= 7'd8;
            p <= P_WREN;
          end else begin
            sh <= rd_frame;
            nb <= NB;
            p <= P_CMD;
          end
        end
        P_WREN, P_CMD: begin
          if (nb != 7'd0) begin
            if (!sck_q) begin
              sck_q <= 1'b1;                 // rising edge: both sides sample
              rx <= {rx[30:0], spi_miso};
            end else begin
              sck_q <= 1'b0;                 // falling edge: next bit out
              sh <= {sh[62:0], 1'b0};
              nb <= nb - 7'd1;
            end
          end else begin
            cs_q <= 1'b1;
            p <= p == P_WREN ? P_GAP : P_END;
          end
        end
        P_GAP: begin
          cs_q <= 1'b0;
          sh <= wr_frame;
          nb <= NB;
          p <= P_CMD;
        end
        default: p <= P_IDLE;                // P_END: ack for one cycle
      endcase
    end
  end
endmodule
