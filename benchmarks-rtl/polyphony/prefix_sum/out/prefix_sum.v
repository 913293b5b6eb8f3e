module prefix_sum
  (
    input wire clk,
    input wire rst,
    input wire prefix_sum_ready,
    input wire prefix_sum_accept,
    output reg prefix_sum_valid,
    input wire signed [31:0] prefix_sum_in_seed,
    input wire signed [31:0] prefix_sum_in_n,
    output reg signed [31:0] prefix_sum_out_0
  );

  //localparams
  localparam prefix_sum_b1_INIT = 0;
  localparam prefix_sum_b1_S0 = 1;
  localparam prefix_sum_b1_S1 = 2;
  localparam prefix_sum_b1_S2 = 3;
  localparam prefix_sum_b1_S3 = 4;
  localparam prefix_sum_b1_S4 = 5;
  localparam prefix_sum_b1_S5 = 6;
  localparam prefix_sum_b1_S6 = 7;
  localparam prefix_sum_b1_S7 = 8;
  localparam prefix_sum_b1_S8 = 9;
  localparam prefix_sum_b1_S9 = 10;
  localparam prefix_sum_b1_S10 = 11;
  localparam prefix_sum_b1_S11 = 12;
  localparam prefix_sum_b1_S12 = 13;
  localparam prefix_sum_b1_S13 = 14;
  localparam prefix_sum_b1_S14 = 15;
  localparam prefix_sum_b1_S15 = 16;
  localparam prefix_sum_b1_S16 = 17;
  localparam prefix_sum_b1_S17 = 18;
  localparam prefix_sum_b1_S18 = 19;
  localparam prefix_sum_b1_S19 = 20;
  localparam prefix_sum_b1_S20 = 21;
  localparam prefix_sum_b1_S21 = 22;
  localparam prefix_sum_b1_S22 = 23;
  localparam prefix_sum_b1_S23 = 24;
  localparam prefix_sum_b1_S24 = 25;
  localparam prefix_sum_b1_S25 = 26;
  localparam prefix_sum_b1_S26 = 27;
  localparam prefix_sum_b1_S27 = 28;
  localparam prefix_sum_b1_S28 = 29;
  localparam prefix_sum_b1_S29 = 30;
  localparam prefix_sum_b1_S30 = 31;
  localparam prefix_sum_b1_S31 = 32;
  localparam prefix_sum_b1_S32 = 33;
  localparam prefix_sum_forelse15_S0 = 34;
  localparam prefix_sum_forelse15_S1 = 35;
  localparam prefix_sum_forelse15_S2 = 36;
  localparam prefix_sum_forelse15_FINISH = 37;
  localparam prefix_sum_L1_fortest2_S0 = 38;
  localparam prefix_sum_L1_fortest2_S1 = 39;
  localparam prefix_sum_L1_forbody3_S0 = 40;
  localparam prefix_sum_L1_forbody3_S1 = 41;
  localparam prefix_sum_L1_forbody3_S2 = 42;
  localparam prefix_sum_L2_fortest7_S0 = 43;
  localparam prefix_sum_L2_fortest7_S1 = 44;
  localparam prefix_sum_L2_forbody8_S0 = 45;
  localparam prefix_sum_L2_forbody8_S1 = 46;
  localparam prefix_sum_L2_forbody8_S2 = 47;
  localparam prefix_sum_L2_forbody8_S3 = 48;
  localparam prefix_sum_L2_forbody8_S4 = 49;
  localparam prefix_sum_L2_forbody8_S5 = 50;
  localparam prefix_sum_L3_fortest12_S0 = 51;
  localparam prefix_sum_L3_forbody13_S0 = 52;
  localparam prefix_sum_L3_forbody13_S1 = 53;
  localparam prefix_sum_L3_forbody13_S2 = 54;
  localparam prefix_sum_L3_forbody13_S3 = 55;
  localparam prefix_sum_L3_forbody13_S4 = 56;
  
  //signals: 
  wire c84;
  wire c88;
  wire c93;
  reg        [5:0] prefix_sum_state;
  wire signed [31:0] chk3;
  wire signed [31:0] i3;
  wire signed [31:0] i6;
  wire signed [31:0] i9;
  wire signed [31:0] t85;
  wire signed [31:0] t86;
  wire signed [31:0] t87;
  wire signed [31:0] t90;
  wire signed [31:0] t92;
  wire signed [31:0] t95;
  wire signed [31:0] t96;
  wire signed [31:0] t97;
  wire signed [31:0] x3;
  reg signed [31:0] chk2;
  reg signed [31:0] i2;
  reg signed [31:0] i5;
  reg signed [31:0] i8;
  reg signed [31:0] n;
  reg signed [31:0] seed;
  reg signed [31:0] t89;
  reg signed [31:0] t91;
  reg signed [31:0] t94;
  reg signed [31:0] t98;
  reg signed [31:0] x2;
  //signals: a
  wire        [5:0] a_len;
  wire        [31:0] a_q;
  reg        [5:0] a_addr;
  reg        [31:0] a_d;
  reg a_req;
  reg a_we;
  //signals: ram
  wire        [5:0] array99_ram_addr;
  wire        [31:0] array99_ram_d;
  wire        [5:0] array99_ram_len;
  wire        [31:0] array99_ram_q;
  wire array99_ram_we;
  //combinations: 
  assign c84 = (i2 < 32);
  assign c88 = (i5 < n);
  assign c93 = (i8 < n);
  assign chk3 = (chk2 ^ t96);
  assign i3 = (i2 + 1);
  assign i6 = (i5 + 1);
  assign i9 = (i8 + 1);
  assign t85 = (x2 * 1103);
  assign t86 = (t85 + 12345);
  assign t87 = (x3 & 255);
  assign t90 = (i5 - 1);
  assign t92 = (t89 + t91);
  assign t95 = (i8 + 1);
  assign t96 = (t94 * t95);
  assign t97 = (n - 1);
  assign x3 = (t86 & 65535);
  //combinations: array99
  assign a_len = array99_ram_len;
  assign a_q = array99_ram_q;
  assign array99_ram_addr = a_addr;
  assign array99_ram_d = a_d;
  assign array99_ram_we = a_we;
  //sub modules
  //array99 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(6),
    .RAM_LENGTH(32)
    )
    array99(
      .clk(clk),
      .rst(rst),
      .ram_addr(array99_ram_addr),
      .ram_d(array99_ram_d),
      .ram_we(array99_ram_we),
      .ram_q(array99_ram_q),
      .ram_len(array99_ram_len)
    );
  
  
  always @(posedge clk) begin
    if (rst) begin
      a_addr <= 0;
      a_d <= 0;
      a_req <= 0;
      a_we <= 0;
      chk2 <= 0;
      i2 <= 0;
      i5 <= 0;
      i8 <= 0;
      n <= 0;
      prefix_sum_out_0 <= 0;
      seed <= 0;
      t89 <= 0;
      t91 <= 0;
      t94 <= 0;
      t98 <= 0;
      x2 <= 0;
      prefix_sum_state <= prefix_sum_b1_INIT;
    end else begin //if (rst)
      case(prefix_sum_state)
      prefix_sum_b1_INIT: begin
        prefix_sum_valid <= 0;
        if (prefix_sum_ready == 1) begin
          a_addr <= 0;
          a_we <= 1;
          a_req <= 1;
          a_d <= 0;
          seed <= prefix_sum_in_seed;
          n <= prefix_sum_in_n;
          i2 <= 0;
          prefix_sum_state <= prefix_sum_b1_S1;
        end
      end
      prefix_sum_b1_S1: begin
        a_addr <= 1;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        x2 <= seed;
        prefix_sum_state <= prefix_sum_b1_S2;
      end
      prefix_sum_b1_S2: begin
        a_addr <= 2;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S3;
      end
      prefix_sum_b1_S3: begin
        a_addr <= 3;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S4;
      end
      prefix_sum_b1_S4: begin
        a_addr <= 4;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S5;
      end
      prefix_sum_b1_S5: begin
        a_addr <= 5;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S6;
      end
      prefix_sum_b1_S6: begin
        a_addr <= 6;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S7;
      end
      prefix_sum_b1_S7: begin
        a_addr <= 7;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S8;
      end
      prefix_sum_b1_S8: begin
        a_addr <= 8;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S9;
      end
      prefix_sum_b1_S9: begin
        a_addr <= 9;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S10;
      end
      prefix_sum_b1_S10: begin
        a_addr <= 10;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S11;
      end
      prefix_sum_b1_S11: begin
        a_addr <= 11;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S12;
      end
      prefix_sum_b1_S12: begin
        a_addr <= 12;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S13;
      end
      prefix_sum_b1_S13: begin
        a_addr <= 13;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S14;
      end
      prefix_sum_b1_S14: begin
        a_addr <= 14;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S15;
      end
      prefix_sum_b1_S15: begin
        a_addr <= 15;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S16;
      end
      prefix_sum_b1_S16: begin
        a_addr <= 16;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S17;
      end
      prefix_sum_b1_S17: begin
        a_addr <= 17;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S18;
      end
      prefix_sum_b1_S18: begin
        a_addr <= 18;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S19;
      end
      prefix_sum_b1_S19: begin
        a_addr <= 19;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S20;
      end
      prefix_sum_b1_S20: begin
        a_addr <= 20;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S21;
      end
      prefix_sum_b1_S21: begin
        a_addr <= 21;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S22;
      end
      prefix_sum_b1_S22: begin
        a_addr <= 22;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S23;
      end
      prefix_sum_b1_S23: begin
        a_addr <= 23;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S24;
      end
      prefix_sum_b1_S24: begin
        a_addr <= 24;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S25;
      end
      prefix_sum_b1_S25: begin
        a_addr <= 25;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S26;
      end
      prefix_sum_b1_S26: begin
        a_addr <= 26;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S27;
      end
      prefix_sum_b1_S27: begin
        a_addr <= 27;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S28;
      end
      prefix_sum_b1_S28: begin
        a_addr <= 28;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S29;
      end
      prefix_sum_b1_S29: begin
        a_addr <= 29;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S30;
      end
      prefix_sum_b1_S30: begin
        a_addr <= 30;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S31;
      end
      prefix_sum_b1_S31: begin
        a_addr <= 31;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        prefix_sum_state <= prefix_sum_b1_S32;
      end
      prefix_sum_b1_S32: begin
        a_req <= 0;
        prefix_sum_state <= prefix_sum_L1_fortest2_S0;
      end
      prefix_sum_forelse15_S1: begin
        /*wait for output of a*/
        prefix_sum_state <= prefix_sum_forelse15_S2;
      end
      prefix_sum_forelse15_S2: begin
        t98 <= a_q;
        a_req <= 0;
        prefix_sum_state <= prefix_sum_forelse15_FINISH;
      end
      prefix_sum_forelse15_FINISH: begin
        prefix_sum_valid <= 1;
        if (prefix_sum_accept == 1) begin
          prefix_sum_state <= prefix_sum_b1_INIT;
        end
        prefix_sum_out_0 <= (chk2 + t98);
      end
      prefix_sum_L1_fortest2_S0: begin
        /* c84 <= (i2 < 32); */
        i5 <= 1;
        prefix_sum_state <= prefix_sum_L1_fortest2_S1;
      end
      prefix_sum_L1_fortest2_S1: begin
        if (c84) begin
          a_addr <= i2;
          a_we <= 1;
          a_req <= 1;
          a_d <= t87;
          /* t85 <= (x2 * 1103); */
          /* i3 <= (i2 + 1); */
          /* t86 <= (t85 + 12345); */
          /* x3 <= (t86 & 65535); */
          /* t87 <= (x3 & 255); */
          i2 <= i3;
          prefix_sum_state <= prefix_sum_L1_forbody3_S1;
        end else begin
          /* c88 <= (i5 < n); */
          chk2 <= 0;
          i8 <= 0;
          prefix_sum_state <= prefix_sum_L2_fortest7_S1;
        end
      end
      prefix_sum_L1_forbody3_S1: begin
        a_req <= 0;
        x2 <= x3;
        prefix_sum_state <= prefix_sum_L1_fortest2_S0;
      end
      prefix_sum_L2_fortest7_S0: begin
        /* c88 <= (i5 < n); */
        chk2 <= 0;
        i8 <= 0;
        prefix_sum_state <= prefix_sum_L2_fortest7_S1;
      end
      prefix_sum_L2_fortest7_S1: begin
        if (c88) begin
          a_addr <= i5;
          a_we <= 0;
          a_req <= 1;
          /* t90 <= (i5 - 1); */
          /* i6 <= (i5 + 1); */
          prefix_sum_state <= prefix_sum_L2_forbody8_S1;
        end else begin
          /* c93 <= (i8 < n); */
          if (c93) begin
            a_addr <= i8;
            a_we <= 0;
            a_req <= 1;
            /* t95 <= (i8 + 1); */
            /* i9 <= (i8 + 1); */
            prefix_sum_state <= prefix_sum_L3_forbody13_S1;
          end else begin
            a_addr <= t97;
            a_we <= 0;
            a_req <= 1;
            /* t97 <= (n - 1); */
            prefix_sum_state <= prefix_sum_forelse15_S1;
          end
        end
      end
      prefix_sum_L2_forbody8_S1: begin
        a_addr <= t90;
        a_we <= 0;
        a_req <= 1;
        /*wait for output of a*/
        prefix_sum_state <= prefix_sum_L2_forbody8_S2;
      end
      prefix_sum_L2_forbody8_S2: begin
        /*wait for output of a*/
        t89 <= a_q;
        prefix_sum_state <= prefix_sum_L2_forbody8_S3;
      end
      prefix_sum_L2_forbody8_S3: begin
        t91 <= a_q;
        a_req <= 0;
        prefix_sum_state <= prefix_sum_L2_forbody8_S4;
      end
      prefix_sum_L2_forbody8_S4: begin
        a_addr <= i5;
        a_we <= 1;
        a_req <= 1;
        a_d <= t92;
        /* t92 <= (t89 + t91); */
        i5 <= i6;
        prefix_sum_state <= prefix_sum_L2_forbody8_S5;
      end
      prefix_sum_L2_forbody8_S5: begin
        a_req <= 0;
        prefix_sum_state <= prefix_sum_L2_fortest7_S0;
      end
      prefix_sum_L3_fortest12_S0: begin
        /* c93 <= (i8 < n); */
        if (c93) begin
          a_addr <= i8;
          a_we <= 0;
          a_req <= 1;
          /* t95 <= (i8 + 1); */
          /* i9 <= (i8 + 1); */
          prefix_sum_state <= prefix_sum_L3_forbody13_S1;
        end else begin
          a_addr <= t97;
          a_we <= 0;
          a_req <= 1;
          /* t97 <= (n - 1); */
          prefix_sum_state <= prefix_sum_forelse15_S1;
        end
      end
      prefix_sum_L3_forbody13_S1: begin
        /*wait for output of a*/
        prefix_sum_state <= prefix_sum_L3_forbody13_S2;
      end
      prefix_sum_L3_forbody13_S2: begin
        t94 <= a_q;
        a_req <= 0;
        prefix_sum_state <= prefix_sum_L3_forbody13_S3;
      end
      prefix_sum_L3_forbody13_S3: begin
        /* t96 <= (t94 * t95); */
        /* chk3 <= (chk2 ^ t96); */
        chk2 <= chk3;
        i8 <= i9;
        prefix_sum_state <= prefix_sum_L3_fortest12_S0;
      end
      endcase
    end
  end
  

endmodule

