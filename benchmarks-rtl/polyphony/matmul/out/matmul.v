module matmul
  (
    input wire clk,
    input wire rst,
    input wire matmul_ready,
    input wire matmul_accept,
    output reg matmul_valid,
    input wire signed [31:0] matmul_in_seed,
    output reg signed [31:0] matmul_out_0
  );

  //localparams
  localparam matmul_b1_INIT = 0;
  localparam matmul_b1_S0 = 1;
  localparam matmul_b1_S1 = 2;
  localparam matmul_b1_S2 = 3;
  localparam matmul_b1_S3 = 4;
  localparam matmul_b1_S4 = 5;
  localparam matmul_b1_S5 = 6;
  localparam matmul_b1_S6 = 7;
  localparam matmul_b1_S7 = 8;
  localparam matmul_b1_S8 = 9;
  localparam matmul_b1_S9 = 10;
  localparam matmul_b1_S10 = 11;
  localparam matmul_b1_S11 = 12;
  localparam matmul_b1_S12 = 13;
  localparam matmul_b1_S13 = 14;
  localparam matmul_b1_S14 = 15;
  localparam matmul_b1_S15 = 16;
  localparam matmul_b1_S16 = 17;
  localparam matmul_forelse25_FINISH = 18;
  localparam matmul_L1_fortest2_S0 = 19;
  localparam matmul_L1_fortest2_S1 = 20;
  localparam matmul_L1_forbody3_S0 = 21;
  localparam matmul_L1_forbody3_S1 = 22;
  localparam matmul_L1_forbody3_S2 = 23;
  localparam matmul_L2_fortest7_S0 = 24;
  localparam matmul_L2_fortest7_S1 = 25;
  localparam matmul_L2_forelse17_S0 = 26;
  localparam matmul_L2_forelse17_S1 = 27;
  localparam matmul_L3_fortest9_S0 = 28;
  localparam matmul_L3_forbody10_S0 = 29;
  localparam matmul_L3_forbody10_S1 = 30;
  localparam matmul_L3_forelse14_S0 = 31;
  localparam matmul_L3_forelse14_S1 = 32;
  localparam matmul_L3_forelse14_S2 = 33;
  localparam matmul_L4_fortest11_S0 = 34;
  localparam matmul_L4_forbody12_S0 = 35;
  localparam matmul_L4_forbody12_S1 = 36;
  localparam matmul_L4_forbody12_S2 = 37;
  localparam matmul_L4_forbody12_S3 = 38;
  localparam matmul_L4_forbody12_S4 = 39;
  localparam matmul_L5_fortest22_S0 = 40;
  localparam matmul_L5_forbody23_S0 = 41;
  localparam matmul_L5_forbody23_S1 = 42;
  localparam matmul_L5_forbody23_S2 = 43;
  localparam matmul_L5_forbody23_S3 = 44;
  localparam matmul_L5_forbody23_S4 = 45;
  
  //signals: 
  wire c103;
  wire c111;
  wire c112;
  wire c154;
  wire c83;
  wire c91;
  wire c92;
  wire c93;
  reg        [5:0] matmul_state;
  wire signed [31:0] chk3;
  wire signed [31:0] i3;
  wire signed [31:0] i6;
  wire signed [31:0] i9;
  wire signed [31:0] j4;
  wire signed [31:0] k5;
  wire signed [31:0] s5;
  wire signed [31:0] t100;
  wire signed [31:0] t101;
  wire signed [31:0] t102;
  wire signed [31:0] t105;
  wire signed [31:0] t106;
  wire signed [31:0] t84;
  wire signed [31:0] t85;
  wire signed [31:0] t86;
  wire signed [31:0] t87;
  wire signed [31:0] t88;
  wire signed [31:0] t89;
  wire signed [31:0] t90;
  wire signed [31:0] t94;
  wire signed [31:0] t95;
  wire signed [31:0] t97;
  wire signed [31:0] t98;
  wire signed [31:0] x3;
  wire signed [31:0] x4;
  reg signed [31:0] chk2;
  reg signed [31:0] i2;
  reg signed [31:0] i5;
  reg signed [31:0] i8;
  reg signed [31:0] j3;
  reg signed [31:0] k4;
  reg signed [31:0] s4;
  reg signed [31:0] seed;
  reg signed [31:0] t104;
  reg signed [31:0] t96;
  reg signed [31:0] t99;
  reg signed [31:0] x2;
  //signals: a
  wire        [4:0] a_len;
  wire        [31:0] a_q;
  reg        [4:0] a_addr;
  reg        [31:0] a_d;
  reg a_req;
  reg a_we;
  //signals: b
  wire        [4:0] b_len;
  wire        [31:0] b_q;
  reg        [4:0] b_addr;
  reg        [31:0] b_d;
  reg b_req;
  reg b_we;
  //signals: c
  wire        [4:0] c_len;
  wire        [31:0] c_q;
  reg        [4:0] c_addr;
  reg        [31:0] c_d;
  reg c_req;
  reg c_we;
  //signals: ram
  wire        [4:0] array107_ram_addr;
  wire        [31:0] array107_ram_d;
  wire        [4:0] array107_ram_len;
  wire        [31:0] array107_ram_q;
  wire array107_ram_we;
  wire        [4:0] array108_ram_addr;
  wire        [31:0] array108_ram_d;
  wire        [4:0] array108_ram_len;
  wire        [31:0] array108_ram_q;
  wire array108_ram_we;
  wire        [4:0] array109_ram_addr;
  wire        [31:0] array109_ram_d;
  wire        [4:0] array109_ram_len;
  wire        [31:0] array109_ram_q;
  wire array109_ram_we;
  //combinations: 
  assign c103 = (i8 < 16);
  assign c111 = (c91 && c92);
  assign c112 = (c111 && c93);
  assign c154 = (c92 && c93);
  assign c83 = (i2 < 16);
  assign c91 = (i5 < 4);
  assign c92 = (j3 < 4);
  assign c93 = (k4 < 4);
  assign chk3 = (chk2 + t106);
  assign i3 = (i2 + 1);
  assign i6 = (i5 + 1);
  assign i9 = (i8 + 1);
  assign j4 = (j3 + 1);
  assign k5 = (k4 + 1);
  assign s5 = (s4 + t100);
  assign t100 = (t96 * t99);
  assign t101 = (i5 * 4);
  assign t102 = (t101 + j3);
  assign t105 = (i8 + 1);
  assign t106 = (t104 * t105);
  assign t84 = (x2 * 1103);
  assign t85 = (t84 + 12345);
  assign t86 = (x3 & 15);
  assign t87 = (x3 * 1103);
  assign t88 = (t87 + 12345);
  assign t89 = (x4 >>> 4);
  assign t90 = (t89 & 15);
  assign t94 = (i5 * 4);
  assign t95 = (t94 + k4);
  assign t97 = (k4 * 4);
  assign t98 = (t97 + j3);
  assign x3 = (t85 & 65535);
  assign x4 = (t88 & 65535);
  //combinations: array107
  assign a_len = array107_ram_len;
  assign a_q = array107_ram_q;
  assign array107_ram_addr = a_addr;
  assign array107_ram_d = a_d;
  assign array107_ram_we = a_we;
  //combinations: array108
  assign array108_ram_addr = b_addr;
  assign array108_ram_d = b_d;
  assign array108_ram_we = b_we;
  assign b_len = array108_ram_len;
  assign b_q = array108_ram_q;
  //combinations: array109
  assign array109_ram_addr = c_addr;
  assign array109_ram_d = c_d;
  assign array109_ram_we = c_we;
  assign c_len = array109_ram_len;
  assign c_q = array109_ram_q;
  //sub modules
  //array107 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array107(
      .clk(clk),
      .rst(rst),
      .ram_addr(array107_ram_addr),
      .ram_d(array107_ram_d),
      .ram_we(array107_ram_we),
      .ram_q(array107_ram_q),
      .ram_len(array107_ram_len)
    );
  //array108 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array108(
      .clk(clk),
      .rst(rst),
      .ram_addr(array108_ram_addr),
      .ram_d(array108_ram_d),
      .ram_we(array108_ram_we),
      .ram_q(array108_ram_q),
      .ram_len(array108_ram_len)
    );
  //array109 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array109(
      .clk(clk),
      .rst(rst),
      .ram_addr(array109_ram_addr),
      .ram_d(array109_ram_d),
      .ram_we(array109_ram_we),
      .ram_q(array109_ram_q),
      .ram_len(array109_ram_len)
    );
  
  
  always @(posedge clk) begin
    if (rst) begin
      a_addr <= 0;
      a_d <= 0;
      a_req <= 0;
      a_we <= 0;
      b_addr <= 0;
      b_d <= 0;
      b_req <= 0;
      b_we <= 0;
      c_addr <= 0;
      c_d <= 0;
      c_req <= 0;
      c_we <= 0;
      chk2 <= 0;
      i2 <= 0;
      i5 <= 0;
      i8 <= 0;
      j3 <= 0;
      k4 <= 0;
      matmul_out_0 <= 0;
      s4 <= 0;
      seed <= 0;
      t104 <= 0;
      t96 <= 0;
      t99 <= 0;
      x2 <= 0;
      matmul_state <= matmul_b1_INIT;
    end else begin //if (rst)
      case(matmul_state)
      matmul_b1_INIT: begin
        matmul_valid <= 0;
        if (matmul_ready == 1) begin
          c_addr <= 0;
          c_we <= 1;
          c_req <= 1;
          c_d <= 0;
          b_addr <= 0;
          b_we <= 1;
          b_req <= 1;
          b_d <= 0;
          a_addr <= 0;
          a_we <= 1;
          a_req <= 1;
          a_d <= 0;
          seed <= matmul_in_seed;
          i2 <= 0;
          matmul_state <= matmul_b1_S1;
        end
      end
      matmul_b1_S1: begin
        c_addr <= 1;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 1;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 1;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        x2 <= seed;
        matmul_state <= matmul_b1_S2;
      end
      matmul_b1_S2: begin
        c_addr <= 2;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 2;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 2;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S3;
      end
      matmul_b1_S3: begin
        c_addr <= 3;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 3;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 3;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S4;
      end
      matmul_b1_S4: begin
        c_addr <= 4;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 4;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 4;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S5;
      end
      matmul_b1_S5: begin
        c_addr <= 5;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 5;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 5;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S6;
      end
      matmul_b1_S6: begin
        c_addr <= 6;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 6;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 6;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S7;
      end
      matmul_b1_S7: begin
        c_addr <= 7;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 7;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 7;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S8;
      end
      matmul_b1_S8: begin
        c_addr <= 8;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 8;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 8;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S9;
      end
      matmul_b1_S9: begin
        c_addr <= 9;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 9;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 9;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S10;
      end
      matmul_b1_S10: begin
        c_addr <= 10;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 10;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 10;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S11;
      end
      matmul_b1_S11: begin
        c_addr <= 11;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 11;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 11;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S12;
      end
      matmul_b1_S12: begin
        c_addr <= 12;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 12;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 12;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S13;
      end
      matmul_b1_S13: begin
        c_addr <= 13;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 13;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 13;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S14;
      end
      matmul_b1_S14: begin
        c_addr <= 14;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 14;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 14;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S15;
      end
      matmul_b1_S15: begin
        c_addr <= 15;
        c_we <= 1;
        c_req <= 1;
        c_d <= 0;
        b_addr <= 15;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 15;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        matmul_state <= matmul_b1_S16;
      end
      matmul_b1_S16: begin
        c_req <= 0;
        b_req <= 0;
        a_req <= 0;
        matmul_state <= matmul_L1_fortest2_S0;
      end
      matmul_L1_fortest2_S0: begin
        /* c83 <= (i2 < 16); */
        i5 <= 0;
        matmul_state <= matmul_L1_fortest2_S1;
      end
      matmul_L1_fortest2_S1: begin
        if (c83) begin
          b_addr <= i2;
          b_we <= 1;
          b_req <= 1;
          b_d <= t90;
          a_addr <= i2;
          a_we <= 1;
          a_req <= 1;
          a_d <= t86;
          /* t84 <= (x2 * 1103); */
          /* i3 <= (i2 + 1); */
          /* t85 <= (t84 + 12345); */
          /* x3 <= (t85 & 65535); */
          /* t86 <= (x3 & 15); */
          /* t87 <= (x3 * 1103); */
          /* t88 <= (t87 + 12345); */
          /* x4 <= (t88 & 65535); */
          /* t89 <= (x4 >>> 4); */
          /* t90 <= (t89 & 15); */
          i2 <= i3;
          matmul_state <= matmul_L1_forbody3_S1;
        end else begin
          /* c91 <= (i5 < 4); */
          j3 <= 0;
          chk2 <= 0;
          i8 <= 0;
          matmul_state <= matmul_L2_fortest7_S1;
        end
      end
      matmul_L1_forbody3_S1: begin
        b_req <= 0;
        a_req <= 0;
        x2 <= x4;
        matmul_state <= matmul_L1_fortest2_S0;
      end
      matmul_L2_fortest7_S0: begin
        /* c91 <= (i5 < 4); */
        j3 <= 0;
        chk2 <= 0;
        i8 <= 0;
        matmul_state <= matmul_L2_fortest7_S1;
      end
      matmul_L2_fortest7_S1: begin
        if (c91) begin
          /* c92 <= (j3 < 4); */
          if (c92) begin
            k4 <= 0;
            s4 <= 0;
            /* c111 <= (c91 && c92); */
            matmul_state <= matmul_L3_forbody10_S1;
          end else begin
            /* i6 <= (i5 + 1); */
            i5 <= i6;
            matmul_state <= matmul_L2_forelse17_S1;
          end
        end else begin
          /* c103 <= (i8 < 16); */
          if (c103) begin
            c_addr <= i8;
            c_we <= 0;
            c_req <= 1;
            /* t105 <= (i8 + 1); */
            /* i9 <= (i8 + 1); */
            matmul_state <= matmul_L5_forbody23_S1;
          end else begin
            matmul_valid <= 1;
            if (matmul_accept == 1) begin
              matmul_state <= matmul_b1_INIT;
            end
            matmul_out_0 <= chk2;
          end
        end
      end
      matmul_L2_forelse17_S1: begin
        matmul_state <= matmul_L2_fortest7_S0;
      end
      matmul_L3_fortest9_S0: begin
        /* c92 <= (j3 < 4); */
        if (c92) begin
          k4 <= 0;
          s4 <= 0;
          /* c111 <= (c91 && c92); */
          matmul_state <= matmul_L3_forbody10_S1;
        end else begin
          /* i6 <= (i5 + 1); */
          i5 <= i6;
          matmul_state <= matmul_L2_forelse17_S1;
        end
      end
      matmul_L3_forbody10_S1: begin
        matmul_state <= matmul_L4_fortest11_S0;
      end
      matmul_L3_forelse14_S1: begin
        c_req <= 0;
        j3 <= j4;
        matmul_state <= matmul_L3_fortest9_S0;
      end
      matmul_L4_fortest11_S0: begin
        /* c93 <= (k4 < 4); */
        if (c93) begin
          b_addr <= t98;
          b_we <= 0;
          b_req <= 1;
          a_addr <= t95;
          a_we <= 0;
          a_req <= 1;
          /* t94 <= (i5 * 4); */
          /* t97 <= (k4 * 4); */
          /* k5 <= (k4 + 1); */
          /* c154 <= (c92 && c93); */
          /* c112 <= (c111 && c93); */
          /* t95 <= (t94 + k4); */
          /* t98 <= (t97 + j3); */
          matmul_state <= matmul_L4_forbody12_S1;
        end else begin
          c_addr <= t102;
          c_we <= 1;
          c_req <= 1;
          c_d <= s4;
          /* t101 <= (i5 * 4); */
          /* j4 <= (j3 + 1); */
          /* t102 <= (t101 + j3); */
          matmul_state <= matmul_L3_forelse14_S1;
        end
      end
      matmul_L4_forbody12_S1: begin
        /*wait for output of b*/
        /*wait for output of a*/
        k4 <= k5;
        matmul_state <= matmul_L4_forbody12_S2;
      end
      matmul_L4_forbody12_S2: begin
        t99 <= b_q;
        b_req <= 0;
        t96 <= a_q;
        a_req <= 0;
        matmul_state <= matmul_L4_forbody12_S3;
      end
      matmul_L4_forbody12_S3: begin
        /* t100 <= (t96 * t99); */
        /* s5 <= (s4 + t100); */
        s4 <= s5;
        matmul_state <= matmul_L4_fortest11_S0;
      end
      matmul_L5_fortest22_S0: begin
        /* c103 <= (i8 < 16); */
        if (c103) begin
          c_addr <= i8;
          c_we <= 0;
          c_req <= 1;
          /* t105 <= (i8 + 1); */
          /* i9 <= (i8 + 1); */
          matmul_state <= matmul_L5_forbody23_S1;
        end else begin
          matmul_valid <= 1;
          if (matmul_accept == 1) begin
            matmul_state <= matmul_b1_INIT;
          end
          matmul_out_0 <= chk2;
        end
      end
      matmul_L5_forbody23_S1: begin
        /*wait for output of c*/
        matmul_state <= matmul_L5_forbody23_S2;
      end
      matmul_L5_forbody23_S2: begin
        t104 <= c_q;
        c_req <= 0;
        matmul_state <= matmul_L5_forbody23_S3;
      end
      matmul_L5_forbody23_S3: begin
        /* t106 <= (t104 * t105); */
        /* chk3 <= (chk2 + t106); */
        chk2 <= chk3;
        i8 <= i9;
        matmul_state <= matmul_L5_fortest22_S0;
      end
      endcase
    end
  end
  

endmodule

