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
  localparam test_forelse5_S0 = 52;
  localparam test_forelse5_FINISH = 53;
  localparam test_L1_fortest2_S0 = 54;
  localparam test_L1_forbody3_S0 = 55;
  localparam test_L1_forbody3_S1 = 56;
  localparam test_L1_forbody3_S2 = 57;
  localparam test_L1_forbody3_S3 = 58;
  localparam test_L1_forbody3_S4 = 59;
  localparam test_L1_forbody3_S5 = 60;
  localparam test_L1_forbody3_S6 = 61;
  localparam test_L1_forbody3_S7 = 62;
  localparam test_L1_forbody3_S8 = 63;
  localparam test_L1_forbody3_S9 = 64;
  localparam test_L1_forbody3_S10 = 65;
  localparam test_L1_forbody3_S11 = 66;
  localparam test_L1_forbody3_S12 = 67;
  
  //signals: 
  wire array_sum_0_valid;
  wire c76;
  reg array_sum_0_accept;
  reg array_sum_0_ready;
  reg clk;
  reg rst;
  reg        [6:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t77;
  reg signed [31:0] t78;
  reg signed [31:0] t79;
  //signals: exp
  wire        [6:0] exp_len;
  wire        [31:0] exp_q;
  reg        [6:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] array_sum_0_in_n;
  //signals: in_seed
  reg        [31:0] array_sum_0_in_seed;
  //signals: out_0
  wire        [31:0] array_sum_0_out_0;
  //signals: ram
  wire        [6:0] array88_ram_addr;
  wire        [31:0] array88_ram_d;
  wire        [6:0] array88_ram_len;
  wire        [31:0] array88_ram_q;
  wire array88_ram_we;
  //combinations: 
  assign c76 = (i2 < 50);
  //combinations: array88
  assign array88_ram_addr = exp_addr;
  assign array88_ram_d = exp_d;
  assign array88_ram_we = exp_we;
  assign exp_len = array88_ram_len;
  assign exp_q = array88_ram_q;
  //sub modules
  //array88 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(50)
    )
    array88(
      .clk(clk),
      .rst(rst),
      .ram_addr(array88_ram_addr),
      .ram_d(array88_ram_d),
      .ram_we(array88_ram_we),
      .ram_q(array88_ram_q),
      .ram_len(array88_ram_len)
    );
  //array_sum_0 instance
  array_sum array_sum_0(
    .clk(clk),
    .rst(rst),
    .array_sum_ready(array_sum_0_ready),
    .array_sum_accept(array_sum_0_accept),
    .array_sum_valid(array_sum_0_valid),
    .array_sum_in_n(array_sum_0_in_n),
    .array_sum_in_seed(array_sum_0_in_seed),
    .array_sum_out_0(array_sum_0_out_0)
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
      array_sum_0_accept <= 0;
      array_sum_0_ready <= 0;
      exp_addr <= 0;
      exp_d <= 0;
      exp_req <= 0;
      exp_we <= 0;
      i2 <= 0;
      i3 <= 0;
      t77 <= 0;
      t78 <= 0;
      t79 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 996;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1083;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1405;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1490;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1238;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1449;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1775;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1984;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1992;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2327;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3169;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2734;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2490;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2181;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3283;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2716;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2988;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3059;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3397;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3466;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3742;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3937;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3767;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3960;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3984;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4303;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4393;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4710;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4738;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4669;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5275;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4948;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4980;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5035;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4877;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5186;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5734;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5913;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5759;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6192;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_addr <= 40;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6232;
        test_state <= test_b1_S41;
      end
      test_b1_S41: begin
        exp_addr <= 41;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6535;
        test_state <= test_b1_S42;
      end
      test_b1_S42: begin
        exp_addr <= 42;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7409;
        test_state <= test_b1_S43;
      end
      test_b1_S43: begin
        exp_addr <= 43;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6942;
        test_state <= test_b1_S44;
      end
      test_b1_S44: begin
        exp_addr <= 44;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6986;
        test_state <= test_b1_S45;
      end
      test_b1_S45: begin
        exp_addr <= 45;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6901;
        test_state <= test_b1_S46;
      end
      test_b1_S46: begin
        exp_addr <= 46;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7267;
        test_state <= test_b1_S47;
      end
      test_b1_S47: begin
        exp_addr <= 47;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6668;
        test_state <= test_b1_S48;
      end
      test_b1_S48: begin
        exp_addr <= 48;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6972;
        test_state <= test_b1_S49;
      end
      test_b1_S49: begin
        exp_addr <= 49;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7267;
        test_state <= test_b1_S50;
      end
      test_b1_S50: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c76 <= (i2 < 50); */
        if (c76) begin
          t77 <= (i2 + 1);
          t78 <= (8 + i2);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        array_sum_0_ready <= 1;
        array_sum_0_in_seed <= t77;
        array_sum_0_in_n <= t78;
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        array_sum_0_ready <= 0;
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        if (array_sum_0_valid == 1) begin
          r <= array_sum_0_out_0;
          array_sum_0_accept <= 1;
          test_state <= test_L1_forbody3_S5;
        end
      end
      test_L1_forbody3_S5: begin
        array_sum_0_accept <= 0;
        test_state <= test_L1_forbody3_S6;
      end
      test_L1_forbody3_S6: begin
        exp_addr <= i2;
        exp_we <= 0;
        exp_req <= 1;
        test_state <= test_L1_forbody3_S7;
      end
      test_L1_forbody3_S7: begin
        /*wait for output of exp*/
        test_state <= test_L1_forbody3_S8;
      end
      test_L1_forbody3_S8: begin
        t79 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S9;
      end
      test_L1_forbody3_S9: begin
        /* c80 <= (r == t79); */
        if (!(r === t79)) begin
          $display("ASSERTION FAILED: array_sum.py [26]: assert r == exp[i]"); $finish;
        end
        test_state <= test_L1_forbody3_S10;
      end
      test_L1_forbody3_S10: begin
        i3 <= (i2 + 1);
        test_state <= test_L1_forbody3_S11;
      end
      test_L1_forbody3_S11: begin
        i2 <= i3;
        test_state <= test_L1_fortest2_S0;
      end
      endcase
    end
  end
  

endmodule

