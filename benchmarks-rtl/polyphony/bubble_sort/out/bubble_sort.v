module bubble_sort
  (
    input wire clk,
    input wire rst,
    input wire bubble_sort_ready,
    input wire bubble_sort_accept,
    output reg bubble_sort_valid,
    input wire signed [31:0] bubble_sort_in_seed,
    output reg signed [31:0] bubble_sort_out_0
  );

  //localparams
  localparam bubble_sort_b1_INIT = 0;
  localparam bubble_sort_b1_S0 = 1;
  localparam bubble_sort_b1_S1 = 2;
  localparam bubble_sort_b1_S2 = 3;
  localparam bubble_sort_b1_S3 = 4;
  localparam bubble_sort_b1_S4 = 5;
  localparam bubble_sort_b1_S5 = 6;
  localparam bubble_sort_b1_S6 = 7;
  localparam bubble_sort_b1_S7 = 8;
  localparam bubble_sort_b1_S8 = 9;
  localparam bubble_sort_b1_S9 = 10;
  localparam bubble_sort_b1_S10 = 11;
  localparam bubble_sort_b1_S11 = 12;
  localparam bubble_sort_b1_S12 = 13;
  localparam bubble_sort_b1_S13 = 14;
  localparam bubble_sort_b1_S14 = 15;
  localparam bubble_sort_b1_S15 = 16;
  localparam bubble_sort_b1_S16 = 17;
  localparam bubble_sort_forelse40_S0 = 18;
  localparam bubble_sort_ifthen34_S0 = 19;
  localparam bubble_sort_exit42_FINISH = 20;
  localparam bubble_sort_L1_fortest2_S0 = 21;
  localparam bubble_sort_L1_fortest2_S1 = 22;
  localparam bubble_sort_L1_forbody3_S0 = 23;
  localparam bubble_sort_L1_forbody3_S1 = 24;
  localparam bubble_sort_L1_forbody3_S2 = 25;
  localparam bubble_sort_L2_fortest7_S0 = 26;
  localparam bubble_sort_L2_forbody8_S0 = 27;
  localparam bubble_sort_L2_forbody8_S1 = 28;
  localparam bubble_sort_L2_forelse17_S0 = 29;
  localparam bubble_sort_L2_forelse17_S1 = 30;
  localparam bubble_sort_L2_ifelse22_S0 = 31;
  localparam bubble_sort_L2_ifelse22_S1 = 32;
  localparam bubble_sort_L3_fortest9_S0 = 33;
  localparam bubble_sort_L3_forbody10_S0 = 34;
  localparam bubble_sort_L3_forbody10_S1 = 35;
  localparam bubble_sort_L3_forbody10_S2 = 36;
  localparam bubble_sort_L3_forbody10_S3 = 37;
  localparam bubble_sort_L3_forbody10_S4 = 38;
  localparam bubble_sort_L3_ifthen11_S0 = 39;
  localparam bubble_sort_L3_ifthen11_S1 = 40;
  localparam bubble_sort_L3_ifthen11_S2 = 41;
  localparam bubble_sort_L3_b15_S0 = 42;
  localparam bubble_sort_L3_b15_S1 = 43;
  localparam bubble_sort_L4_fortest27_S0 = 44;
  localparam bubble_sort_L4_fortest27_S1 = 45;
  localparam bubble_sort_L4_forbody28_S0 = 46;
  localparam bubble_sort_L4_forbody28_S1 = 47;
  localparam bubble_sort_L4_forbody28_S2 = 48;
  localparam bubble_sort_L4_forbody28_S3 = 49;
  localparam bubble_sort_L4_forbody28_S4 = 50;
  localparam bubble_sort_L5_fortest32_S0 = 51;
  localparam bubble_sort_L5_forbody33_S0 = 52;
  localparam bubble_sort_L5_forbody33_S1 = 53;
  localparam bubble_sort_L5_forbody33_S2 = 54;
  localparam bubble_sort_L5_forbody33_S3 = 55;
  localparam bubble_sort_L5_forbody33_S4 = 56;
  localparam bubble_sort_L5_ifelse37_S0 = 57;
  localparam bubble_sort_L5_ifelse37_S1 = 58;
  
  //signals: 
  wire c102;
  wire c106;
  wire c107;
  wire c108;
  wire c109;
  wire c110;
  wire c150;
  wire c151;
  wire c152;
  wire c153;
  wire c154;
  wire c83;
  wire c88;
  wire c89;
  wire c91;
  wire c93;
  wire c94;
  wire c98;
  reg        [5:0] bubble_sort_state;
  wire signed [31:0] chk3;
  wire signed [31:0] i12;
  wire signed [31:0] i3;
  wire signed [31:0] i6;
  wire signed [31:0] i9;
  wire signed [31:0] j4;
  wire signed [31:0] ret1;
  wire signed [31:0] ret2;
  wire signed [31:0] swapped4;
  wire signed [31:0] swapped5;
  wire signed [31:0] t100;
  wire signed [31:0] t103;
  wire signed [31:0] t68;
  wire signed [31:0] t84;
  wire signed [31:0] t85;
  wire signed [31:0] t86;
  wire signed [31:0] t87;
  wire signed [31:0] t90;
  wire signed [31:0] t92;
  wire signed [31:0] t95;
  wire signed [31:0] t97;
  wire signed [31:0] x3;
  reg signed [31:0] chk2;
  reg signed [31:0] i11;
  reg signed [31:0] i2;
  reg signed [31:0] i5;
  reg signed [31:0] i8;
  reg signed [31:0] j3;
  reg signed [31:0] seed;
  reg signed [31:0] swapped3;
  reg signed [31:0] t101;
  reg signed [31:0] t96;
  reg signed [31:0] t99;
  reg signed [31:0] u;
  reg signed [31:0] v;
  reg signed [31:0] x2;
  //signals: a
  wire        [4:0] a_len;
  wire        [31:0] a_q;
  reg        [4:0] a_addr;
  reg        [31:0] a_d;
  reg a_req;
  reg a_we;
  //signals: ram
  wire        [4:0] array104_ram_addr;
  wire        [31:0] array104_ram_d;
  wire        [4:0] array104_ram_len;
  wire        [31:0] array104_ram_q;
  wire array104_ram_we;
  //combinations: 
  assign c102 = (t99 > t101);
  assign c106 = (c88 && c89);
  assign c107 = (c106 && c91);
  assign c108 = (c88 && !c93);
  assign c109 = (c98 && c102);
  assign c110 = (c98 && !c102);
  assign c150 = (c88 && c89);
  assign c151 = (c150 && c91);
  assign c152 = (c88 && !c93);
  assign c153 = (c98 && c102);
  assign c154 = (c98 && !c102);
  assign c83 = (i2 < 16);
  assign c88 = (i5 < 15);
  assign c89 = (j3 < t68);
  assign c91 = (u > v);
  assign c93 = (swapped3 == 0);
  assign c94 = (i8 < 16);
  assign c98 = (i11 < 15);
  assign chk3 = (t97 & 1048575);
  assign i12 = (i11 + 1);
  assign i3 = (i2 + 1);
  assign i6 = (i5 + 1);
  assign i9 = (i8 + 1);
  assign j4 = (j3 + 1);
  assign ret1 = (chk2 * 2);
  assign ret2 = (t103 + 1);
  assign swapped4 = (swapped3 + 1);
  assign swapped5 = c107 ? swapped4 : (c106 && !c91) ? swapped3 : 'bz;
  assign t100 = (i11 + 1);
  assign t103 = (chk2 * 2);
  assign t68 = (15 - i5);
  assign t84 = (x2 * 1103);
  assign t85 = (t84 + 12345);
  assign t86 = (x3 >>> 3);
  assign t87 = (t86 & 255);
  assign t90 = (j3 + 1);
  assign t92 = (j3 + 1);
  assign t95 = (chk2 * 7);
  assign t97 = (t95 + t96);
  assign x3 = (t85 & 65535);
  //combinations: array104
  assign a_len = array104_ram_len;
  assign a_q = array104_ram_q;
  assign array104_ram_addr = a_addr;
  assign array104_ram_d = a_d;
  assign array104_ram_we = a_we;
  //sub modules
  //array104 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array104(
      .clk(clk),
      .rst(rst),
      .ram_addr(array104_ram_addr),
      .ram_d(array104_ram_d),
      .ram_we(array104_ram_we),
      .ram_q(array104_ram_q),
      .ram_len(array104_ram_len)
    );
  
  
  always @(posedge clk) begin
    if (rst) begin
      a_addr <= 0;
      a_d <= 0;
      a_req <= 0;
      a_we <= 0;
      bubble_sort_out_0 <= 0;
      chk2 <= 0;
      i11 <= 0;
      i2 <= 0;
      i5 <= 0;
      i8 <= 0;
      j3 <= 0;
      seed <= 0;
      swapped3 <= 0;
      t101 <= 0;
      t96 <= 0;
      t99 <= 0;
      u <= 0;
      v <= 0;
      x2 <= 0;
      bubble_sort_state <= bubble_sort_b1_INIT;
    end else begin //if (rst)
      case(bubble_sort_state)
      bubble_sort_b1_INIT: begin
        bubble_sort_valid <= 0;
        if (bubble_sort_ready == 1) begin
          a_addr <= 0;
          a_we <= 1;
          a_req <= 1;
          a_d <= 0;
          seed <= bubble_sort_in_seed;
          i2 <= 0;
          bubble_sort_state <= bubble_sort_b1_S1;
        end
      end
      bubble_sort_b1_S1: begin
        a_addr <= 1;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        x2 <= seed;
        bubble_sort_state <= bubble_sort_b1_S2;
      end
      bubble_sort_b1_S2: begin
        a_addr <= 2;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S3;
      end
      bubble_sort_b1_S3: begin
        a_addr <= 3;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S4;
      end
      bubble_sort_b1_S4: begin
        a_addr <= 4;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S5;
      end
      bubble_sort_b1_S5: begin
        a_addr <= 5;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S6;
      end
      bubble_sort_b1_S6: begin
        a_addr <= 6;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S7;
      end
      bubble_sort_b1_S7: begin
        a_addr <= 7;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S8;
      end
      bubble_sort_b1_S8: begin
        a_addr <= 8;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S9;
      end
      bubble_sort_b1_S9: begin
        a_addr <= 9;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S10;
      end
      bubble_sort_b1_S10: begin
        a_addr <= 10;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S11;
      end
      bubble_sort_b1_S11: begin
        a_addr <= 11;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S12;
      end
      bubble_sort_b1_S12: begin
        a_addr <= 12;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S13;
      end
      bubble_sort_b1_S13: begin
        a_addr <= 13;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S14;
      end
      bubble_sort_b1_S14: begin
        a_addr <= 14;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S15;
      end
      bubble_sort_b1_S15: begin
        a_addr <= 15;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        bubble_sort_state <= bubble_sort_b1_S16;
      end
      bubble_sort_b1_S16: begin
        a_req <= 0;
        bubble_sort_state <= bubble_sort_L1_fortest2_S0;
      end
      bubble_sort_exit42_FINISH: begin
        bubble_sort_valid <= 1;
        if (bubble_sort_accept == 1) begin
          bubble_sort_state <= bubble_sort_b1_INIT;
        end
        bubble_sort_out_0 <= c109 ? ret1 : 1 ? ret2 : 'bz;
      end
      bubble_sort_L1_fortest2_S0: begin
        /* c83 <= (i2 < 16); */
        i5 <= 0;
        bubble_sort_state <= bubble_sort_L1_fortest2_S1;
      end
      bubble_sort_L1_fortest2_S1: begin
        if (c83) begin
          a_addr <= i2;
          a_we <= 1;
          a_req <= 1;
          a_d <= t87;
          /* t84 <= (x2 * 1103); */
          /* i3 <= (i2 + 1); */
          /* t85 <= (t84 + 12345); */
          /* x3 <= (t85 & 65535); */
          /* t86 <= (x3 >>> 3); */
          /* t87 <= (t86 & 255); */
          i2 <= i3;
          bubble_sort_state <= bubble_sort_L1_forbody3_S1;
        end else begin
          /* c88 <= (i5 < 15); */
          if (c88) begin
            /* t68 <= (15 - i5); */
            j3 <= 0;
            swapped3 <= 0;
            bubble_sort_state <= bubble_sort_L2_forbody8_S1;
          end else begin
            /* c94 <= (i8 < 16); */
            i11 <= 0;
            bubble_sort_state <= bubble_sort_L4_fortest27_S1;
          end
        end
      end
      bubble_sort_L1_forbody3_S1: begin
        a_req <= 0;
        x2 <= x3;
        bubble_sort_state <= bubble_sort_L1_fortest2_S0;
      end
      bubble_sort_L2_fortest7_S0: begin
        /* c88 <= (i5 < 15); */
        if (c88) begin
          /* t68 <= (15 - i5); */
          j3 <= 0;
          swapped3 <= 0;
          bubble_sort_state <= bubble_sort_L2_forbody8_S1;
        end else begin
          /* c94 <= (i8 < 16); */
          i11 <= 0;
          bubble_sort_state <= bubble_sort_L4_fortest27_S1;
        end
      end
      bubble_sort_L2_forbody8_S1: begin
        bubble_sort_state <= bubble_sort_L3_fortest9_S0;
      end
      bubble_sort_L2_forelse17_S1: begin
        if (c93) begin
          /* c94 <= (i8 < 16); */
          i11 <= 0;
          bubble_sort_state <= bubble_sort_L4_fortest27_S1;
        end else begin
          /* i6 <= (i5 + 1); */
          i5 <= i6;
          /* c152 <= (c88 && !c93); */
          /* c108 <= (c88 && !c93); */
          bubble_sort_state <= bubble_sort_L2_fortest7_S0;
        end
      end
      bubble_sort_L3_fortest9_S0: begin
        /* c89 <= (j3 < t68); */
        if (c89) begin
          a_addr <= j3;
          a_we <= 0;
          a_req <= 1;
          /* t90 <= (j3 + 1); */
          /* t92 <= (j3 + 1); */
          /* swapped4 <= (swapped3 + 1); */
          /* c150 <= (c88 && c89); */
          /* c106 <= (c88 && c89); */
          bubble_sort_state <= bubble_sort_L3_forbody10_S1;
        end else begin
          chk2 <= 0;
          i8 <= 0;
          /* c93 <= (swapped3 == 0); */
          bubble_sort_state <= bubble_sort_L2_forelse17_S1;
        end
      end
      bubble_sort_L3_forbody10_S1: begin
        a_addr <= t90;
        a_we <= 0;
        a_req <= 1;
        /*wait for output of a*/
        bubble_sort_state <= bubble_sort_L3_forbody10_S2;
      end
      bubble_sort_L3_forbody10_S2: begin
        /*wait for output of a*/
        u <= a_q;
        bubble_sort_state <= bubble_sort_L3_forbody10_S3;
      end
      bubble_sort_L3_forbody10_S3: begin
        v <= a_q;
        a_req <= 0;
        bubble_sort_state <= bubble_sort_L3_forbody10_S4;
      end
      bubble_sort_L3_forbody10_S4: begin
        /* c91 <= (u > v); */
        /* c107 <= (c106 && c91); */
        if (c91) begin
          a_addr <= j3;
          a_we <= 1;
          a_req <= 1;
          a_d <= v;
          /* c151 <= (c150 && c91); */
          bubble_sort_state <= bubble_sort_L3_ifthen11_S1;
        end else begin
          /* j4 <= (j3 + 1); */
          j3 <= j4;
          /* swapped5 <= c107 ? swapped4 : (c106 && !c91) ? swapped3 : 'bz; */
          swapped3 <= swapped5;
          bubble_sort_state <= bubble_sort_L3_b15_S1;
        end
      end
      bubble_sort_L3_ifthen11_S1: begin
        a_addr <= t92;
        a_we <= 1;
        a_req <= 1;
        a_d <= u;
        bubble_sort_state <= bubble_sort_L3_ifthen11_S2;
      end
      bubble_sort_L3_ifthen11_S2: begin
        a_req <= 0;
        bubble_sort_state <= bubble_sort_L3_b15_S0;
      end
      bubble_sort_L3_b15_S0: begin
        /* j4 <= (j3 + 1); */
        j3 <= j4;
        /* swapped5 <= c107 ? swapped4 : (c106 && !c91) ? swapped3 : 'bz; */
        swapped3 <= swapped5;
        bubble_sort_state <= bubble_sort_L3_b15_S1;
      end
      bubble_sort_L3_b15_S1: begin
        bubble_sort_state <= bubble_sort_L3_fortest9_S0;
      end
      bubble_sort_L4_fortest27_S0: begin
        /* c94 <= (i8 < 16); */
        i11 <= 0;
        bubble_sort_state <= bubble_sort_L4_fortest27_S1;
      end
      bubble_sort_L4_fortest27_S1: begin
        if (c94) begin
          a_addr <= i8;
          a_we <= 0;
          a_req <= 1;
          /* t95 <= (chk2 * 7); */
          /* i9 <= (i8 + 1); */
          i8 <= i9;
          bubble_sort_state <= bubble_sort_L4_forbody28_S1;
        end else begin
          /* c98 <= (i11 < 15); */
          if (c98) begin
            a_addr <= i11;
            a_we <= 0;
            a_req <= 1;
            /* t100 <= (i11 + 1); */
            bubble_sort_state <= bubble_sort_L5_forbody33_S1;
          end else begin
            /* t103 <= (chk2 * 2); */
            /* ret2 <= (t103 + 1); */
            bubble_sort_state <= bubble_sort_exit42_FINISH;
          end
        end
      end
      bubble_sort_L4_forbody28_S1: begin
        /*wait for output of a*/
        bubble_sort_state <= bubble_sort_L4_forbody28_S2;
      end
      bubble_sort_L4_forbody28_S2: begin
        t96 <= a_q;
        a_req <= 0;
        bubble_sort_state <= bubble_sort_L4_forbody28_S3;
      end
      bubble_sort_L4_forbody28_S3: begin
        /* t97 <= (t95 + t96); */
        /* chk3 <= (t97 & 1048575); */
        chk2 <= chk3;
        bubble_sort_state <= bubble_sort_L4_fortest27_S0;
      end
      bubble_sort_L5_fortest32_S0: begin
        /* c98 <= (i11 < 15); */
        if (c98) begin
          a_addr <= i11;
          a_we <= 0;
          a_req <= 1;
          /* t100 <= (i11 + 1); */
          bubble_sort_state <= bubble_sort_L5_forbody33_S1;
        end else begin
          /* t103 <= (chk2 * 2); */
          /* ret2 <= (t103 + 1); */
          bubble_sort_state <= bubble_sort_exit42_FINISH;
        end
      end
      bubble_sort_L5_forbody33_S1: begin
        a_addr <= t100;
        a_we <= 0;
        a_req <= 1;
        /*wait for output of a*/
        bubble_sort_state <= bubble_sort_L5_forbody33_S2;
      end
      bubble_sort_L5_forbody33_S2: begin
        /*wait for output of a*/
        t99 <= a_q;
        bubble_sort_state <= bubble_sort_L5_forbody33_S3;
      end
      bubble_sort_L5_forbody33_S3: begin
        t101 <= a_q;
        a_req <= 0;
        bubble_sort_state <= bubble_sort_L5_forbody33_S4;
      end
      bubble_sort_L5_forbody33_S4: begin
        /* c102 <= (t99 > t101); */
        if (c102) begin
          /* c153 <= (c98 && c102); */
          /* c109 <= (c98 && c102); */
          /* ret1 <= (chk2 * 2); */
          bubble_sort_state <= bubble_sort_exit42_FINISH;
        end else begin
          /* i12 <= (i11 + 1); */
          i11 <= i12;
          /* c154 <= (c98 && !c102); */
          /* c110 <= (c98 && !c102); */
          bubble_sort_state <= bubble_sort_L5_fortest32_S0;
        end
      end
      endcase
    end
  end
  

endmodule

