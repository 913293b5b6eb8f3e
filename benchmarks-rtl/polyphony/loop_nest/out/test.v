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
  localparam test_forelse5_S0 = 32;
  localparam test_forelse5_FINISH = 33;
  localparam test_L1_fortest2_S0 = 34;
  localparam test_L1_forbody3_S0 = 35;
  localparam test_L1_forbody3_S1 = 36;
  localparam test_L1_forbody3_S2 = 37;
  localparam test_L1_forbody3_S3 = 38;
  localparam test_L1_forbody3_S4 = 39;
  localparam test_L1_forbody3_S5 = 40;
  localparam test_L1_forbody3_S6 = 41;
  localparam test_L1_forbody3_S7 = 42;
  localparam test_L1_forbody3_S8 = 43;
  localparam test_L1_forbody3_S9 = 44;
  localparam test_L1_forbody3_S10 = 45;
  localparam test_L1_forbody3_S11 = 46;
  localparam test_L1_forbody3_S12 = 47;
  
  //signals: 
  wire c74;
  wire loop_nest_0_valid;
  reg clk;
  reg loop_nest_0_accept;
  reg loop_nest_0_ready;
  reg rst;
  reg        [5:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t75;
  reg signed [31:0] t76;
  //signals: exp
  wire        [5:0] exp_len;
  wire        [31:0] exp_q;
  reg        [5:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] loop_nest_0_in_n;
  //signals: out_0
  wire        [31:0] loop_nest_0_out_0;
  //signals: ram
  wire        [5:0] array83_ram_addr;
  wire        [31:0] array83_ram_d;
  wire        [5:0] array83_ram_len;
  wire        [31:0] array83_ram_q;
  wire array83_ram_we;
  //combinations: 
  assign c74 = (i2 < 30);
  //combinations: array83
  assign array83_ram_addr = exp_addr;
  assign array83_ram_d = exp_d;
  assign array83_ram_we = exp_we;
  assign exp_len = array83_ram_len;
  assign exp_q = array83_ram_q;
  //sub modules
  //array83 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(6),
    .RAM_LENGTH(30)
    )
    array83(
      .clk(clk),
      .rst(rst),
      .ram_addr(array83_ram_addr),
      .ram_d(array83_ram_d),
      .ram_we(array83_ram_we),
      .ram_q(array83_ram_q),
      .ram_len(array83_ram_len)
    );
  //loop_nest_0 instance
  loop_nest loop_nest_0(
    .clk(clk),
    .rst(rst),
    .loop_nest_ready(loop_nest_0_ready),
    .loop_nest_accept(loop_nest_0_accept),
    .loop_nest_valid(loop_nest_0_valid),
    .loop_nest_in_n(loop_nest_0_in_n),
    .loop_nest_out_0(loop_nest_0_out_0)
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
      loop_nest_0_accept <= 0;
      loop_nest_0_ready <= 0;
      t75 <= 0;
      t76 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 0;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 35;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 89;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 165;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 282;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 514;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 846;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1242;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1777;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2549;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3495;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4715;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6164;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8100;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10428;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12960;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 16011;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 19671;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 23941;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 28593;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 34158;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 40646;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 47978;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 56022;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 65141;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 75401;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 86739;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 99319;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c74 <= (i2 < 30); */
        if (c74) begin
          t75 <= (i2 + 1);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        loop_nest_0_ready <= 1;
        loop_nest_0_in_n <= t75;
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        loop_nest_0_ready <= 0;
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        if (loop_nest_0_valid == 1) begin
          r <= loop_nest_0_out_0;
          loop_nest_0_accept <= 1;
          test_state <= test_L1_forbody3_S5;
        end
      end
      test_L1_forbody3_S5: begin
        loop_nest_0_accept <= 0;
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
        t76 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S9;
      end
      test_L1_forbody3_S9: begin
        /* c77 <= (r == t76); */
        if (!(r === t76)) begin
          $display("ASSERTION FAILED: loop_nest.py [21]: assert r == exp[i]"); $finish;
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

