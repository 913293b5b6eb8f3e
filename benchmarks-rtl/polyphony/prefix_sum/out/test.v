module test
  (
    
  );

  //localparams
  localparam CLK_PERIOD = 10;
  localparam CLK_HALF_PERIOD = 5;
  localparam INITIAL_RESET_SPAN = 100;
  localparam test_b1_INIT = 0;
  localparam test_b1_S1 = 1;
  localparam test_b1_S2 = 2;
  localparam test_b1_S3 = 3;
  localparam test_b1_S4 = 4;
  localparam test_b1_S5 = 5;
  localparam test_b1_S6 = 6;
  localparam test_b1_S7 = 7;
  localparam test_b1_S8 = 8;
  localparam test_b1_S9 = 9;
  localparam test_b1_S10 = 10;
  localparam test_b1_S11 = 11;
  localparam test_b1_S12 = 12;
  localparam test_b1_S13 = 13;
  localparam test_b1_S14 = 14;
  localparam test_b1_S15 = 15;
  localparam test_b1_S16 = 16;
  localparam test_b1_S17 = 17;
  localparam test_b1_S18 = 18;
  localparam test_b1_S19 = 19;
  localparam test_b1_S20 = 20;
  localparam test_b1_S21 = 21;
  localparam test_b1_S22 = 22;
  localparam test_b1_S23 = 23;
  localparam test_b1_S24 = 24;
  localparam test_b1_S25 = 25;
  localparam test_b1_S26 = 26;
  localparam test_b1_S27 = 27;
  localparam test_b1_S28 = 28;
  localparam test_b1_S29 = 29;
  localparam test_b1_S30 = 30;
  localparam test_b1_S31 = 31;
  localparam test_b1_S32 = 32;
  localparam test_b1_S33 = 33;
  localparam test_b1_S34 = 34;
  localparam test_b1_S35 = 35;
  localparam test_b1_S36 = 36;
  localparam test_b1_S37 = 37;
  localparam test_b1_S38 = 38;
  localparam test_b1_S39 = 39;
  localparam test_b1_S40 = 40;
  localparam test_b1_S41 = 41;
  localparam test_b1_S42 = 42;
  localparam test_b1_S43 = 43;
  localparam test_b1_S44 = 44;
  localparam test_b1_S45 = 45;
  localparam test_b1_S46 = 46;
  localparam test_b1_S47 = 47;
  localparam test_b1_S48 = 48;
  localparam test_b1_S49 = 49;
  localparam test_b1_S50 = 50;
  localparam test_b1_S51 = 51;
  localparam test_b1_S52 = 52;
  localparam test_b1_S53 = 53;
  localparam test_b1_S54 = 54;
  localparam test_b1_S55 = 55;
  localparam test_b1_S56 = 56;
  localparam test_b1_S57 = 57;
  localparam test_b1_S58 = 58;
  localparam test_b1_S59 = 59;
  localparam test_b1_S60 = 60;
  localparam test_b1_S61 = 61;
  localparam test_forelse5_S0 = 62;
  localparam test_forelse5_FINISH = 63;
  localparam test_L1_fortest2_S0 = 64;
  localparam test_L1_forbody3_S0 = 65;
  localparam test_L1_forbody3_S1 = 66;
  localparam test_L1_forbody3_S2 = 67;
  localparam test_L1_forbody3_S3 = 68;
  localparam test_L1_forbody3_S4 = 69;
  localparam test_L1_forbody3_S5 = 70;
  localparam test_L1_forbody3_S6 = 71;
  localparam test_L1_forbody3_S7 = 72;
  localparam test_L1_forbody3_S8 = 73;
  localparam test_L1_forbody3_S9 = 74;
  localparam test_L1_forbody3_S10 = 75;
  localparam test_L1_forbody3_S11 = 76;
  localparam test_L1_forbody3_S12 = 77;
  localparam test_L1_forbody3_S13 = 78;
  localparam test_L1_forbody3_S14 = 79;
  
  //signals: 
  wire c77;
  wire prefix_sum_0_valid;
  reg clk;
  reg prefix_sum_0_accept;
  reg prefix_sum_0_ready;
  reg rst;
  reg        [6:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t78;
  reg signed [31:0] t79;
  reg signed [31:0] t80;
  reg signed [31:0] t81;
  reg signed [31:0] t82;
  //signals: exp
  wire        [6:0] exp_len;
  wire        [31:0] exp_q;
  reg        [6:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] prefix_sum_0_in_n;
  //signals: in_seed
  reg        [31:0] prefix_sum_0_in_seed;
  //signals: out_0
  wire        [31:0] prefix_sum_0_out_0;
  //signals: ram
  wire        [6:0] array100_ram_addr;
  wire        [31:0] array100_ram_d;
  wire        [6:0] array100_ram_len;
  wire        [31:0] array100_ram_q;
  wire array100_ram_we;
  //combinations: 
  assign c77 = (i2 < 60);
  //combinations: array100
  assign array100_ram_addr = exp_addr;
  assign array100_ram_d = exp_d;
  assign array100_ram_we = exp_we;
  assign exp_len = array100_ram_len;
  assign exp_q = array100_ram_q;
  //sub modules
  //array100 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(60)
    )
    array100(
      .clk(clk),
      .rst(rst),
      .ram_addr(array100_ram_addr),
      .ram_d(array100_ram_d),
      .ram_we(array100_ram_we),
      .ram_q(array100_ram_q),
      .ram_len(array100_ram_len)
    );
  //prefix_sum_0 instance
  prefix_sum prefix_sum_0(
    .clk(clk),
    .rst(rst),
    .prefix_sum_ready(prefix_sum_0_ready),
    .prefix_sum_accept(prefix_sum_0_accept),
    .prefix_sum_valid(prefix_sum_0_valid),
    .prefix_sum_in_n(prefix_sum_0_in_n),
    .prefix_sum_in_seed(prefix_sum_0_in_seed),
    .prefix_sum_out_0(prefix_sum_0_out_0)
  );
  
  
  initial begin
    clk = 0;
    #CLK_HALF_PERIOD
    forever #CLK_HALF_PERIOD clk = ~clk;
  end
  initial begin
    rst <= 1;
    #INITIAL_RESET_SPAN
    rst <= 0;
  end
  

  always @(posedge clk) begin
    if (rst) begin
      exp_addr <= 0;
      exp_d <= 0;
      exp_req <= 0;
      exp_we <= 0;
      i2 <= 0;
      i3 <= 0;
      prefix_sum_0_accept <= 0;
      prefix_sum_0_ready <= 0;
      t78 <= 0;
      t79 <= 0;
      t80 <= 0;
      t81 <= 0;
      t82 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 813;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 985;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4371;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4301;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8674;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3046;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5232;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2166;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8457;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 32649;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 28523;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4817;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5782;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12494;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7280;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 18730;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13717;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 53353;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 17571;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 62421;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6298;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 77430;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 81568;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 130318;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 88449;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 42105;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 112059;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 47945;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 75598;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 113054;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 158592;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 508;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2344;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1999;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1389;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6175;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2553;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6976;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8012;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13752;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_addr <= 40;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7328;
        test_state <= test_b1_S41;
      end
      test_b1_S41: begin
        exp_addr <= 41;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5639;
        test_state <= test_b1_S42;
      end
      test_b1_S42: begin
        exp_addr <= 42;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11121;
        test_state <= test_b1_S43;
      end
      test_b1_S43: begin
        exp_addr <= 43;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 31787;
        test_state <= test_b1_S44;
      end
      test_b1_S44: begin
        exp_addr <= 44;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 21321;
        test_state <= test_b1_S45;
      end
      test_b1_S45: begin
        exp_addr <= 45;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 45984;
        test_state <= test_b1_S46;
      end
      test_b1_S46: begin
        exp_addr <= 46;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 62352;
        test_state <= test_b1_S47;
      end
      test_b1_S47: begin
        exp_addr <= 47;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 40788;
        test_state <= test_b1_S48;
      end
      test_b1_S48: begin
        exp_addr <= 48;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 57880;
        test_state <= test_b1_S49;
      end
      test_b1_S49: begin
        exp_addr <= 49;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 28223;
        test_state <= test_b1_S50;
      end
      test_b1_S50: begin
        exp_addr <= 50;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6437;
        test_state <= test_b1_S51;
      end
      test_b1_S51: begin
        exp_addr <= 51;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 18167;
        test_state <= test_b1_S52;
      end
      test_b1_S52: begin
        exp_addr <= 52;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 116569;
        test_state <= test_b1_S53;
      end
      test_b1_S53: begin
        exp_addr <= 53;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 90304;
        test_state <= test_b1_S54;
      end
      test_b1_S54: begin
        exp_addr <= 54;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 55668;
        test_state <= test_b1_S55;
      end
      test_b1_S55: begin
        exp_addr <= 55;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 30304;
        test_state <= test_b1_S56;
      end
      test_b1_S56: begin
        exp_addr <= 56;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 107824;
        test_state <= test_b1_S57;
      end
      test_b1_S57: begin
        exp_addr <= 57;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 87607;
        test_state <= test_b1_S58;
      end
      test_b1_S58: begin
        exp_addr <= 58;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 41017;
        test_state <= test_b1_S59;
      end
      test_b1_S59: begin
        exp_addr <= 59;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 41779;
        test_state <= test_b1_S60;
      end
      test_b1_S60: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c77 <= (i2 < 60); */
        if (c77) begin
          t78 <= (i2 * 11);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        t79 <= (t78 + 3);
        t80 <= (i2 % 31);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        t81 <= (t80 + 2);
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        prefix_sum_0_ready <= 1;
        prefix_sum_0_in_seed <= t79;
        prefix_sum_0_in_n <= t81;
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        prefix_sum_0_ready <= 0;
        test_state <= test_L1_forbody3_S5;
      end
      test_L1_forbody3_S5: begin
        if (prefix_sum_0_valid == 1) begin
          r <= prefix_sum_0_out_0;
          prefix_sum_0_accept <= 1;
          test_state <= test_L1_forbody3_S7;
        end
      end
      test_L1_forbody3_S7: begin
        prefix_sum_0_accept <= 0;
        test_state <= test_L1_forbody3_S8;
      end
      test_L1_forbody3_S8: begin
        exp_addr <= i2;
        exp_we <= 0;
        exp_req <= 1;
        test_state <= test_L1_forbody3_S9;
      end
      test_L1_forbody3_S9: begin
        /*wait for output of exp*/
        test_state <= test_L1_forbody3_S10;
      end
      test_L1_forbody3_S10: begin
        t82 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S11;
      end
      test_L1_forbody3_S11: begin
        /* c83 <= (r == t82); */
        if (!(r === t82)) begin
          $display("ASSERTION FAILED: prefix_sum.py [30]: assert r == exp[i]"); $finish;
        end
        test_state <= test_L1_forbody3_S12;
      end
      test_L1_forbody3_S12: begin
        i3 <= (i2 + 1);
        test_state <= test_L1_forbody3_S13;
      end
      test_L1_forbody3_S13: begin
        i2 <= i3;
        test_state <= test_L1_fortest2_S0;
      end
      endcase
    end
  end
  

endmodule

