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
  localparam test_forelse5_S0 = 42;
  localparam test_forelse5_FINISH = 43;
  localparam test_L1_fortest2_S0 = 44;
  localparam test_L1_forbody3_S0 = 45;
  localparam test_L1_forbody3_S1 = 46;
  localparam test_L1_forbody3_S2 = 47;
  localparam test_L1_forbody3_S3 = 48;
  localparam test_L1_forbody3_S4 = 49;
  localparam test_L1_forbody3_S5 = 50;
  localparam test_L1_forbody3_S6 = 51;
  localparam test_L1_forbody3_S7 = 52;
  localparam test_L1_forbody3_S8 = 53;
  localparam test_L1_forbody3_S9 = 54;
  localparam test_L1_forbody3_S10 = 55;
  localparam test_L1_forbody3_S11 = 56;
  localparam test_L1_forbody3_S12 = 57;
  localparam test_L1_forbody3_S13 = 58;
  localparam test_L1_forbody3_S14 = 59;
  
  //signals: 
  wire c78;
  wire histogram_0_valid;
  reg clk;
  reg histogram_0_accept;
  reg histogram_0_ready;
  reg rst;
  reg        [5:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t79;
  reg signed [31:0] t80;
  reg signed [31:0] t81;
  reg signed [31:0] t82;
  reg signed [31:0] t83;
  //signals: exp
  wire        [6:0] exp_len;
  wire        [31:0] exp_q;
  reg        [6:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] histogram_0_in_n;
  //signals: in_seed
  reg        [31:0] histogram_0_in_seed;
  //signals: out_0
  wire        [31:0] histogram_0_out_0;
  //signals: ram
  wire        [6:0] array96_ram_addr;
  wire        [31:0] array96_ram_d;
  wire        [6:0] array96_ram_len;
  wire        [31:0] array96_ram_q;
  wire array96_ram_we;
  //combinations: 
  assign c78 = (i2 < 40);
  //combinations: array96
  assign array96_ram_addr = exp_addr;
  assign array96_ram_d = exp_d;
  assign array96_ram_we = exp_we;
  assign exp_len = array96_ram_len;
  assign exp_q = array96_ram_q;
  //sub modules
  //array96 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(40)
    )
    array96(
      .clk(clk),
      .rst(rst),
      .ram_addr(array96_ram_addr),
      .ram_d(array96_ram_d),
      .ram_we(array96_ram_we),
      .ram_q(array96_ram_q),
      .ram_len(array96_ram_len)
    );
  //histogram_0 instance
  histogram histogram_0(
    .clk(clk),
    .rst(rst),
    .histogram_ready(histogram_0_ready),
    .histogram_accept(histogram_0_accept),
    .histogram_valid(histogram_0_valid),
    .histogram_in_n(histogram_0_in_n),
    .histogram_in_seed(histogram_0_in_seed),
    .histogram_out_0(histogram_0_out_0)
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
      histogram_0_accept <= 0;
      histogram_0_ready <= 0;
      i2 <= 0;
      i3 <= 0;
      t79 <= 0;
      t80 <= 0;
      t81 <= 0;
      t82 <= 0;
      t83 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 14549200;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7236290;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8272188;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9515486;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 16020960;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7185566;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10590660;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8256034;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7553536;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 15697750;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2609292;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10977014;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7970088;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 16286842;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13739504;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11261982;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9216624;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 14867974;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13858012;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13505246;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10474112;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 14795034;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 16046724;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2486478;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 15888320;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8876854;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5869708;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7374106;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1641096;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5780814;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 15058336;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2684830;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4460176;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7980626;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5732668;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8579566;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3326720;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13698910;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 16532516;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12504994;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c78 <= (i2 < 40); */
        if (c78) begin
          t79 <= (i2 * 13);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        t80 <= (t79 + 7);
        t81 <= (i2 * 2);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        t82 <= (16 + t81);
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        histogram_0_ready <= 1;
        histogram_0_in_seed <= t80;
        histogram_0_in_n <= t82;
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        histogram_0_ready <= 0;
        test_state <= test_L1_forbody3_S5;
      end
      test_L1_forbody3_S5: begin
        if (histogram_0_valid == 1) begin
          r <= histogram_0_out_0;
          histogram_0_accept <= 1;
          test_state <= test_L1_forbody3_S7;
        end
      end
      test_L1_forbody3_S7: begin
        histogram_0_accept <= 0;
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
        t83 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S11;
      end
      test_L1_forbody3_S11: begin
        /* c84 <= (r == t83); */
        if (!(r === t83)) begin
          $display("ASSERTION FAILED: histogram.py [28]: assert r == exp[i]"); $finish;
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

