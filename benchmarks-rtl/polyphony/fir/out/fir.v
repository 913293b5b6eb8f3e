module fir
  (
    input wire clk,
    input wire rst,
    input wire fir_ready,
    input wire fir_accept,
    output reg fir_valid,
    input wire signed [31:0] fir_in_seed,
    input wire signed [31:0] fir_in_n,
    output reg signed [31:0] fir_out_0
  );

  //localparams
  localparam fir_b1_INIT = 0;
  localparam fir_b1_S0 = 1;
  localparam fir_b1_S1 = 2;
  localparam fir_b1_S2 = 3;
  localparam fir_forelse15_FINISH = 4;
  localparam fir_L1_fortest2_S0 = 5;
  localparam fir_L1_forbody3_S0 = 6;
  localparam fir_L1_forbody3_S1 = 7;
  localparam fir_L1_forelse7_S0 = 8;
  localparam fir_L1_forelse7_S1 = 9;
  localparam fir_L1_forelse12_S0 = 10;
  localparam fir_L1_forelse12_S1 = 11;
  localparam fir_L2_fortest4_S0 = 12;
  localparam fir_L2_forbody5_S0 = 13;
  localparam fir_L2_forbody5_S1 = 14;
  localparam fir_L2_forbody5_S2 = 15;
  localparam fir_L3_fortest9_S0 = 16;
  localparam fir_L3_forbody10_S0 = 17;
  localparam fir_L3_forbody10_S1 = 18;
  localparam fir_L3_forbody10_S2 = 19;
  
  //signals: 
  reg        [31:0] array102 [0:7];
  wire c104;
  wire c105;
  wire c135;
  wire c136;
  wire c87;
  wire c91;
  wire c94;
  reg        [4:0] fir_state;
  wire signed [31:0] chk3;
  wire signed [31:0] j;
  wire signed [31:0] k4;
  wire signed [31:0] k7;
  wire signed [31:0] sample;
  wire signed [31:0] t100;
  wire signed [31:0] t3;
  wire signed [31:0] t88;
  wire signed [31:0] t89;
  wire signed [31:0] t90;
  wire signed [31:0] t92;
  wire signed [31:0] t95;
  wire signed [31:0] t97;
  wire signed [31:0] t98;
  wire signed [31:0] t99;
  wire signed [31:0] x3;
  wire signed [31:0] y4;
  reg signed [31:0] chk2;
  reg signed [31:0] k3;
  reg signed [31:0] k6;
  reg signed [31:0] n;
  reg signed [31:0] seed;
  reg signed [31:0] t2;
  reg signed [31:0] t93;
  reg signed [31:0] t96;
  reg signed [31:0] x2;
  reg signed [31:0] y3;
  //combinations: 
  assign c104 = (c87 && c91);
  assign c105 = (c87 && c94);
  assign c135 = (c87 && c91);
  assign c136 = (c87 && c94);
  assign c87 = (t2 < n);
  assign c91 = (k3 < 7);
  assign c94 = (k6 < 8);
  assign chk3 = (t100 & 1048575);
  function [31:0] coef (
    input [3:0] coef_in
  );
  begin
    case (coef_in)
      0: begin
        coef = 3;
      end
      1: begin
        coef = -5;
      end
      2: begin
        coef = 12;
      end
      3: begin
        coef = 27;
      end
      4: begin
        coef = 27;
      end
      5: begin
        coef = 12;
      end
      6: begin
        coef = -5;
      end
      7: begin
        coef = 3;
      end
    endcase
  end
  endfunction
  assign j = (7 - k3);
  assign k4 = (k3 + 1);
  assign k7 = (k6 + 1);
  assign sample = (t90 - 128);
  assign t100 = (t98 + t99);
  assign t3 = (t2 + 1);
  assign t88 = (x2 * 1103);
  assign t89 = (t88 + 12345);
  assign t90 = (x3 & 255);
  assign t92 = (j - 1);
  assign t95 = coef(k6);
  assign t97 = (t95 * t96);
  assign t98 = (chk2 * 31);
  assign t99 = (y3 & 65535);
  assign x3 = (t89 & 65535);
  assign y4 = (y3 + t97);
  
  always @(posedge clk) begin
    if (rst) begin
      chk2 <= 0;
      fir_out_0 <= 0;
      k3 <= 0;
      k6 <= 0;
      n <= 0;
      seed <= 0;
      t2 <= 0;
      t93 <= 0;
      t96 <= 0;
      x2 <= 0;
      y3 <= 0;
      fir_state <= fir_b1_INIT;
    end else begin //if (rst)
      case(fir_state)
      fir_b1_INIT: begin
        fir_valid <= 0;
        if (fir_ready == 1) begin
          seed <= fir_in_seed;
          n <= fir_in_n;
          array102[0] <= 0;
          array102[1] <= 0;
          array102[2] <= 0;
          array102[3] <= 0;
          array102[4] <= 0;
          array102[5] <= 0;
          array102[6] <= 0;
          array102[7] <= 0;
          chk2 <= 0;
          t2 <= 0;
          fir_state <= fir_b1_S1;
        end
      end
      fir_b1_S1: begin
        x2 <= seed;
        fir_state <= fir_L1_fortest2_S0;
      end
      fir_L1_fortest2_S0: begin
        /* c87 <= (t2 < n); */
        if (c87) begin
          /* t88 <= (x2 * 1103); */
          k3 <= 0;
          /* t89 <= (t88 + 12345); */
          /* x3 <= (t89 & 65535); */
          /* t90 <= (x3 & 255); */
          /* sample <= (t90 - 128); */
          fir_state <= fir_L2_fortest4_S0;
        end else begin
          fir_valid <= 1;
          if (fir_accept == 1) begin
            fir_state <= fir_b1_INIT;
          end
          fir_out_0 <= chk2;
        end
      end
      fir_L2_fortest4_S0: begin
        /* c91 <= (k3 < 7); */
        if (c91) begin
          /* j <= (7 - k3); */
          /* k4 <= (k3 + 1); */
          /* c135 <= (c87 && c91); */
          /* c104 <= (c87 && c91); */
          /* t92 <= (j - 1); */
          t93 <= array102[t92];
          fir_state <= fir_L2_forbody5_S1;
        end else begin
          k6 <= 0;
          y3 <= 0;
          array102[0] <= sample;
          fir_state <= fir_L3_fortest9_S0;
        end
      end
      fir_L2_forbody5_S1: begin
        array102[j] <= t93;
        k3 <= k4;
        fir_state <= fir_L2_fortest4_S0;
      end
      fir_L3_fortest9_S0: begin
        /* c94 <= (k6 < 8); */
        if (c94) begin
          /* t95 <= coef(k6); */
          t96 <= array102[k6];
          /* k7 <= (k6 + 1); */
          /* c136 <= (c87 && c94); */
          /* c105 <= (c87 && c94); */
          fir_state <= fir_L3_forbody10_S1;
        end else begin
          /* t98 <= (chk2 * 31); */
          /* t3 <= (t2 + 1); */
          /* t99 <= (y3 & 65535); */
          t2 <= t3;
          /* t100 <= (t98 + t99); */
          /* chk3 <= (t100 & 1048575); */
          x2 <= x3;
          chk2 <= chk3;
          fir_state <= fir_L1_fortest2_S0;
        end
      end
      fir_L3_forbody10_S1: begin
        /* t97 <= (t95 * t96); */
        /* y4 <= (y3 + t97); */
        k6 <= k7;
        y3 <= y4;
        fir_state <= fir_L3_fortest9_S0;
      end
      endcase
    end
  end
  

endmodule

