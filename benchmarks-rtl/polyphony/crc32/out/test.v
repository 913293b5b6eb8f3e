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
  
  //signals: 
  wire c468;
  wire crc32_0_valid;
  reg clk;
  reg crc32_0_accept;
  reg crc32_0_ready;
  reg        [31:0] r;
  reg rst;
  reg        [5:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] t469;
  reg signed [31:0] t470;
  reg signed [31:0] t471;
  //signals: exp
  wire        [6:0] exp_len;
  wire        [31:0] exp_q;
  reg        [6:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] crc32_0_in_n;
  //signals: in_seed
  reg        [31:0] crc32_0_in_seed;
  //signals: out_0
  wire        [31:0] crc32_0_out_0;
  //signals: ram
  wire        [6:0] array481_ram_addr;
  wire        [31:0] array481_ram_d;
  wire        [6:0] array481_ram_len;
  wire        [31:0] array481_ram_q;
  wire array481_ram_we;
  //combinations: 
  assign c468 = (i2 < 40);
  //combinations: array481
  assign array481_ram_addr = exp_addr;
  assign array481_ram_d = exp_d;
  assign array481_ram_we = exp_we;
  assign exp_len = array481_ram_len;
  assign exp_q = array481_ram_q;
  //sub modules
  //array481 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(40)
    )
    array481(
      .clk(clk),
      .rst(rst),
      .ram_addr(array481_ram_addr),
      .ram_d(array481_ram_d),
      .ram_we(array481_ram_we),
      .ram_q(array481_ram_q),
      .ram_len(array481_ram_len)
    );
  //crc32_0 instance
  crc32 crc32_0(
    .clk(clk),
    .rst(rst),
    .crc32_ready(crc32_0_ready),
    .crc32_accept(crc32_0_accept),
    .crc32_valid(crc32_0_valid),
    .crc32_in_n(crc32_0_in_n),
    .crc32_in_seed(crc32_0_in_seed),
    .crc32_out_0(crc32_0_out_0)
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
      crc32_0_accept <= 0;
      crc32_0_ready <= 0;
      exp_addr <= 0;
      exp_d <= 0;
      exp_req <= 0;
      exp_we <= 0;
      i2 <= 0;
      i3 <= 0;
      t469 <= 0;
      t470 <= 0;
      t471 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3572841030;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3616592777;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1071041032;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4242100841;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2344986314;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 929423779;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3175867568;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2672734600;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1113775731;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2785976052;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2966869430;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2158260282;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 675469381;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1289449706;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 913651433;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1263775957;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2828927744;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2810866495;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3726610267;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4192599673;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3815054087;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 873339258;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1933970574;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1589699450;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 874200684;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2309544703;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 109162595;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3373974797;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 103296765;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2361966493;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4183471881;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2971243044;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2228884999;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1462035581;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3995518139;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4192264419;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1969265533;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1341484988;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 207112028;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 48268425;
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
        /* c468 <= (i2 < 40); */
        if (c468) begin
          t469 <= (i2 + 1);
          t470 <= (4 + i2);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        crc32_0_ready <= 1;
        crc32_0_in_seed <= t469;
        crc32_0_in_n <= t470;
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        crc32_0_ready <= 0;
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        if (crc32_0_valid == 1) begin
          r <= crc32_0_out_0;
          crc32_0_accept <= 1;
          test_state <= test_L1_forbody3_S5;
        end
      end
      test_L1_forbody3_S5: begin
        crc32_0_accept <= 0;
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
        t471 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S9;
      end
      test_L1_forbody3_S9: begin
        /* c472 <= (r == t471); */
        if (!(r === t471)) begin
          $display("ASSERTION FAILED: crc32.py [33]: assert r == exp[i]"); $finish;
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

