module sbox_rom
  (
    input wire clk,
    input wire rst,
    input wire sbox_rom_ready,
    input wire sbox_rom_accept,
    output reg sbox_rom_valid,
    input wire signed [31:0] sbox_rom_in_x,
    input wire signed [31:0] sbox_rom_in_rounds,
    output reg signed [31:0] sbox_rom_out_0
  );

  //localparams
  localparam sbox_rom_b1_INIT = 0;
  localparam sbox_rom_b1_S0 = 1;
  localparam sbox_rom_b1_S1 = 2;
  localparam sbox_rom_b1_S2 = 3;
  localparam sbox_rom_forelse10_FINISH = 4;
  localparam sbox_rom_L1_fortest2_S0 = 5;
  localparam sbox_rom_L1_fortest2_S1 = 6;
  localparam sbox_rom_L1_forelse7_S0 = 7;
  localparam sbox_rom_L1_forelse7_S1 = 8;
  localparam sbox_rom_L2_fortest4_S0 = 9;
  localparam sbox_rom_L2_forbody5_S0 = 10;
  localparam sbox_rom_L2_forbody5_S1 = 11;
  
  //signals: 
  wire c85;
  wire c86;
  wire c98;
  reg        [3:0] sbox_rom_state;
  wire signed [31:0] k4;
  wire signed [31:0] nib;
  wire signed [31:0] r3;
  wire signed [31:0] s1;
  wire signed [31:0] s3;
  wire signed [31:0] t87;
  wire signed [31:0] t88;
  wire signed [31:0] t89;
  wire signed [31:0] t90;
  wire signed [31:0] t91;
  wire signed [31:0] t92;
  wire signed [31:0] t93;
  wire signed [31:0] t94;
  wire signed [31:0] t95;
  wire signed [31:0] y4;
  reg signed [31:0] k3;
  reg signed [31:0] r2;
  reg signed [31:0] rounds;
  reg signed [31:0] s2;
  reg signed [31:0] x;
  reg signed [31:0] y3;
  //combinations: 
  assign c85 = (r2 < rounds);
  assign c86 = (k3 < 4);
  assign c98 = (c85 && c86);
  function [31:0] sbox (
    input [4:0] sbox_in
  );
  begin
    case (sbox_in)
      0: begin
        sbox = 12;
      end
      1: begin
        sbox = 5;
      end
      2: begin
        sbox = 6;
      end
      3: begin
        sbox = 11;
      end
      4: begin
        sbox = 9;
      end
      5: begin
        sbox = 0;
      end
      6: begin
        sbox = 10;
      end
      7: begin
        sbox = 13;
      end
      8: begin
        sbox = 3;
      end
      9: begin
        sbox = 14;
      end
      10: begin
        sbox = 15;
      end
      11: begin
        sbox = 8;
      end
      12: begin
        sbox = 4;
      end
      13: begin
        sbox = 7;
      end
      14: begin
        sbox = 1;
      end
      15: begin
        sbox = 2;
      end
    endcase
  end
  endfunction
  assign k4 = (k3 + 1);
  assign nib = (t88 & 15);
  assign r3 = (r2 + 1);
  assign s1 = (x & 65535);
  assign s3 = (t95 ^ r2);
  assign t87 = (4 * k3);
  assign t88 = (s2 >>> t87);
  assign t89 = sbox(nib);
  assign t90 = (4 * k3);
  assign t91 = (t89 << t90);
  assign t92 = (y3 << 3);
  assign t93 = (y3 >>> 13);
  assign t94 = (t92 | t93);
  assign t95 = (t94 & 65535);
  assign y4 = (y3 | t91);
  
  always @(posedge clk) begin
    if (rst) begin
      k3 <= 0;
      r2 <= 0;
      rounds <= 0;
      s2 <= 0;
      sbox_rom_out_0 <= 0;
      x <= 0;
      y3 <= 0;
      sbox_rom_state <= sbox_rom_b1_INIT;
    end else begin //if (rst)
      case(sbox_rom_state)
      sbox_rom_b1_INIT: begin
        sbox_rom_valid <= 0;
        if (sbox_rom_ready == 1) begin
          x <= sbox_rom_in_x;
          rounds <= sbox_rom_in_rounds;
          r2 <= 0;
          sbox_rom_state <= sbox_rom_b1_S1;
        end
      end
      sbox_rom_b1_S1: begin
        /* s1 <= (x & 65535); */
        s2 <= s1;
        sbox_rom_state <= sbox_rom_L1_fortest2_S0;
      end
      sbox_rom_L1_fortest2_S0: begin
        /* c85 <= (r2 < rounds); */
        k3 <= 0;
        y3 <= 0;
        sbox_rom_state <= sbox_rom_L1_fortest2_S1;
      end
      sbox_rom_L1_fortest2_S1: begin
        if (c85) begin
          /* c86 <= (k3 < 4); */
          if (c86) begin
            /* t87 <= (4 * k3); */
            /* t90 <= (4 * k3); */
            /* k4 <= (k3 + 1); */
            /* c98 <= (c85 && c86); */
            /* t88 <= (s2 >>> t87); */
            /* nib <= (t88 & 15); */
            /* t89 <= sbox(nib); */
            /* t91 <= (t89 << t90); */
            /* y4 <= (y3 | t91); */
            k3 <= k4;
            y3 <= y4;
            sbox_rom_state <= sbox_rom_L2_forbody5_S1;
          end else begin
            /* r3 <= (r2 + 1); */
            /* t92 <= (y3 << 3); */
            /* t93 <= (y3 >>> 13); */
            /* t94 <= (t92 | t93); */
            /* t95 <= (t94 & 65535); */
            /* s3 <= (t95 ^ r2); */
            r2 <= r3;
            s2 <= s3;
            sbox_rom_state <= sbox_rom_L1_forelse7_S1;
          end
        end else begin
          sbox_rom_valid <= 1;
          if (sbox_rom_accept == 1) begin
            sbox_rom_state <= sbox_rom_b1_INIT;
          end
          sbox_rom_out_0 <= s2;
        end
      end
      sbox_rom_L1_forelse7_S1: begin
        sbox_rom_state <= sbox_rom_L1_fortest2_S0;
      end
      sbox_rom_L2_fortest4_S0: begin
        /* c86 <= (k3 < 4); */
        if (c86) begin
          /* t87 <= (4 * k3); */
          /* t90 <= (4 * k3); */
          /* k4 <= (k3 + 1); */
          /* c98 <= (c85 && c86); */
          /* t88 <= (s2 >>> t87); */
          /* nib <= (t88 & 15); */
          /* t89 <= sbox(nib); */
          /* t91 <= (t89 << t90); */
          /* y4 <= (y3 | t91); */
          k3 <= k4;
          y3 <= y4;
          sbox_rom_state <= sbox_rom_L2_forbody5_S1;
        end else begin
          /* r3 <= (r2 + 1); */
          /* t92 <= (y3 << 3); */
          /* t93 <= (y3 >>> 13); */
          /* t94 <= (t92 | t93); */
          /* t95 <= (t94 & 65535); */
          /* s3 <= (t95 ^ r2); */
          r2 <= r3;
          s2 <= s3;
          sbox_rom_state <= sbox_rom_L1_forelse7_S1;
        end
      end
      sbox_rom_L2_forbody5_S1: begin
        sbox_rom_state <= sbox_rom_L2_fortest4_S0;
      end
      endcase
    end
  end
  

endmodule

