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
  localparam test_forelse5_S0 = 22;
  localparam test_forelse5_FINISH = 23;
  localparam test_L1_fortest2_S0 = 24;
  localparam test_L1_forbody3_S0 = 25;
  localparam test_L1_forbody3_S1 = 26;
  localparam test_L1_forbody3_S2 = 27;
  localparam test_L1_forbody3_S3 = 28;
  localparam test_L1_forbody3_S4 = 29;
  localparam test_L1_forbody3_S5 = 30;
  localparam test_L1_forbody3_S6 = 31;
  localparam test_L1_forbody3_S7 = 32;
  localparam test_L1_forbody3_S8 = 33;
  localparam test_L1_forbody3_S9 = 34;
  localparam test_L1_forbody3_S10 = 35;
  localparam test_L1_forbody3_S11 = 36;
  localparam test_L1_forbody3_S12 = 37;
  localparam test_L1_forbody3_S13 = 38;
  
  //signals: 
  wire c78;
  wire matmul_0_valid;
  reg clk;
  reg matmul_0_accept;
  reg matmul_0_ready;
  reg rst;
  reg        [5:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t79;
  reg signed [31:0] t80;
  reg signed [31:0] t81;
  //signals: exp
  wire        [5:0] exp_len;
  wire        [31:0] exp_q;
  reg        [5:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_seed
  reg        [31:0] matmul_0_in_seed;
  //signals: out_0
  wire        [31:0] matmul_0_out_0;
  //signals: ram
  wire        [5:0] array110_ram_addr;
  wire        [31:0] array110_ram_d;
  wire        [5:0] array110_ram_len;
  wire        [31:0] array110_ram_q;
  wire array110_ram_we;
  //combinations: 
  assign c78 = (i2 < 20);
  //combinations: array110
  assign array110_ram_addr = exp_addr;
  assign array110_ram_d = exp_d;
  assign array110_ram_we = exp_we;
  assign exp_len = array110_ram_len;
  assign exp_q = array110_ram_q;
  //sub modules
  //array110 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(6),
    .RAM_LENGTH(20)
    )
    array110(
      .clk(clk),
      .rst(rst),
      .ram_addr(array110_ram_addr),
      .ram_d(array110_ram_d),
      .ram_we(array110_ram_we),
      .ram_q(array110_ram_q),
      .ram_len(array110_ram_len)
    );
  //matmul_0 instance
  matmul matmul_0(
    .clk(clk),
    .rst(rst),
    .matmul_ready(matmul_0_ready),
    .matmul_accept(matmul_0_accept),
    .matmul_valid(matmul_0_valid),
    .matmul_in_seed(matmul_0_in_seed),
    .matmul_out_0(matmul_0_out_0)
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
      matmul_0_accept <= 0;
      matmul_0_ready <= 0;
      t79 <= 0;
      t80 <= 0;
      t81 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 32000;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 20320;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8000;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 60960;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 48000;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 36288;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 24576;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12096;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 0;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 52416;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 40960;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 28448;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 16512;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4064;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 57792;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 44704;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 32768;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 20800;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8192;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 62400;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c78 <= (i2 < 20); */
        if (c78) begin
          t79 <= (i2 * 3);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        t80 <= (t79 + 1);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        matmul_0_ready <= 1;
        matmul_0_in_seed <= t80;
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        matmul_0_ready <= 0;
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        if (matmul_0_valid == 1) begin
          r <= matmul_0_out_0;
          matmul_0_accept <= 1;
          test_state <= test_L1_forbody3_S6;
        end
      end
      test_L1_forbody3_S6: begin
        matmul_0_accept <= 0;
        test_state <= test_L1_forbody3_S7;
      end
      test_L1_forbody3_S7: begin
        exp_addr <= i2;
        exp_we <= 0;
        exp_req <= 1;
        test_state <= test_L1_forbody3_S8;
      end
      test_L1_forbody3_S8: begin
        /*wait for output of exp*/
        test_state <= test_L1_forbody3_S9;
      end
      test_L1_forbody3_S9: begin
        t81 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S10;
      end
      test_L1_forbody3_S10: begin
        /* c82 <= (r == t81); */
        if (!(r === t81)) begin
          $display("ASSERTION FAILED: matmul.py [34]: assert r == exp[i]"); $finish;
        end
        test_state <= test_L1_forbody3_S11;
      end
      test_L1_forbody3_S11: begin
        i3 <= (i2 + 1);
        test_state <= test_L1_forbody3_S12;
      end
      test_L1_forbody3_S12: begin
        i2 <= i3;
        test_state <= test_L1_fortest2_S0;
      end
      endcase
    end
  end
  

endmodule

