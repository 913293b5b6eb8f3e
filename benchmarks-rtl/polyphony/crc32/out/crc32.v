module crc32
  (
    input wire clk,
    input wire rst,
    input wire crc32_ready,
    input wire crc32_accept,
    output reg crc32_valid,
    input wire signed [31:0] crc32_in_seed,
    input wire signed [31:0] crc32_in_n,
    output reg [31:0] crc32_out_0
  );

  //localparams
  localparam crc32_b1_INIT = 0;
  localparam crc32_b1_S0 = 1;
  localparam crc32_b1_S1 = 2;
  localparam crc32_b1_S2 = 3;
  localparam crc32_forelse15_FINISH = 4;
  localparam crc32_L1_fortest2_S0 = 5;
  localparam crc32_L1_forbody3_S0 = 6;
  localparam crc32_L1_forbody3_S1 = 7;
  localparam crc32_L1_forelse12_S0 = 8;
  localparam crc32_L1_forelse12_S1 = 9;
  localparam crc32_L2_fortest4_S0 = 10;
  localparam crc32_L2_forbody5_S0 = 11;
  localparam crc32_L2_forbody5_S1 = 12;
  
  //signals: 
  wire        [31:0] b;
  wire        [31:0] c3;
  wire c473;
  wire c477;
  wire c479;
  wire c482;
  wire c483;
  wire c484;
  wire c507;
  wire        [31:0] c5;
  wire        [31:0] c6;
  wire        [31:0] c7;
  wire        [31:0] t474;
  wire        [31:0] t475;
  wire        [31:0] t476;
  wire        [31:0] t478;
  wire        [31:0] t480;
  wire        [31:0] x1;
  wire        [31:0] x3;
  reg        [31:0] c2;
  reg        [31:0] c4;
  reg        [3:0] crc32_state;
  reg        [31:0] x2;
  wire signed [31:0] i3;
  wire signed [31:0] k4;
  reg signed [31:0] i2;
  reg signed [31:0] k3;
  reg signed [31:0] n;
  reg signed [31:0] seed;
  //combinations: 
  assign b = (t476 & 255);
  assign c3 = (c2 ^ b);
  assign c473 = (i2 < n);
  assign c477 = (k3 < 8);
  assign c479 = (t478 != 0);
  assign c482 = (c473 && c477);
  assign c483 = (c482 && c479);
  assign c484 = (c482 && !c479);
  assign c507 = (c473 && c477);
  assign c5 = (t480 ^ 3988292384);
  assign c6 = (c4 >>> 1);
  assign c7 = c483 ? c5 : c484 ? c6 : 'bz;
  assign i3 = (i2 + 1);
  assign k4 = (k3 + 1);
  assign t474 = (x2 * 1103515245);
  assign t475 = (t474 + 12345);
  assign t476 = (x3 >>> 16);
  assign t478 = (c4 & 1);
  assign t480 = (c4 >>> 1);
  assign x1 = seed;
  assign x3 = (t475 & 4294967295);
  
  always @(posedge clk) begin
    if (rst) begin
      c2 <= 0;
      c4 <= 0;
      crc32_out_0 <= 0;
      i2 <= 0;
      k3 <= 0;
      n <= 0;
      seed <= 0;
      x2 <= 0;
      crc32_state <= crc32_b1_INIT;
    end else begin //if (rst)
      case(crc32_state)
      crc32_b1_INIT: begin
        crc32_valid <= 0;
        if (crc32_ready == 1) begin
          seed <= crc32_in_seed;
          n <= crc32_in_n;
          c2 <= 4294967295;
          i2 <= 0;
          crc32_state <= crc32_b1_S1;
        end
      end
      crc32_b1_S1: begin
        /* x1 <= seed; */
        x2 <= x1;
        crc32_state <= crc32_L1_fortest2_S0;
      end
      crc32_L1_fortest2_S0: begin
        /* c473 <= (i2 < n); */
        if (c473) begin
          /* t474 <= (x2 * 1103515245); */
          k3 <= 0;
          /* t475 <= (t474 + 12345); */
          /* x3 <= (t475 & 4294967295); */
          /* t476 <= (x3 >>> 16); */
          /* b <= (t476 & 255); */
          /* c3 <= (c2 ^ b); */
          c4 <= c3;
          crc32_state <= crc32_L2_fortest4_S0;
        end else begin
          crc32_valid <= 1;
          if (crc32_accept == 1) begin
            crc32_state <= crc32_b1_INIT;
          end
          crc32_out_0 <= (c2 ^ 4294967295);
        end
      end
      crc32_L2_fortest4_S0: begin
        /* c477 <= (k3 < 8); */
        if (c477) begin
          /* t478 <= (c4 & 1); */
          /* t480 <= (c4 >>> 1); */
          /* c6 <= (c4 >>> 1); */
          /* k4 <= (k3 + 1); */
          /* c507 <= (c473 && c477); */
          /* c482 <= (c473 && c477); */
          /* c479 <= (t478 != 0); */
          /* c5 <= (t480 ^ 3988292384); */
          k3 <= k4;
          /* c483 <= (c482 && c479); */
          /* c484 <= (c482 && !c479); */
          /* c7 <= c483 ? c5 : c484 ? c6 : 'bz; */
          c4 <= c7;
          crc32_state <= crc32_L2_fortest4_S0;
        end else begin
          /* i3 <= (i2 + 1); */
          i2 <= i3;
          x2 <= x3;
          c2 <= c4;
          crc32_state <= crc32_L1_fortest2_S0;
        end
      end
      endcase
    end
  end
  

endmodule

