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
  
  //signals: 
  wire c77;
  wire dot_product_0_valid;
  reg clk;
  reg dot_product_0_accept;
  reg dot_product_0_ready;
  reg rst;
  reg        [6:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t78;
  reg signed [31:0] t79;
  reg signed [31:0] t80;
  reg signed [31:0] t81;
  //signals: exp
  wire        [6:0] exp_len;
  wire        [31:0] exp_q;
  reg        [6:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] dot_product_0_in_n;
  //signals: in_seed
  reg        [31:0] dot_product_0_in_seed;
  //signals: out_0
  wire        [31:0] dot_product_0_out_0;
  //signals: ram
  wire        [6:0] array94_ram_addr;
  wire        [31:0] array94_ram_d;
  wire        [6:0] array94_ram_len;
  wire        [31:0] array94_ram_q;
  wire array94_ram_we;
  //combinations: 
  assign c77 = (i2 < 60);
  //combinations: array94
  assign array94_ram_addr = exp_addr;
  assign array94_ram_d = exp_d;
  assign array94_ram_we = exp_we;
  assign exp_len = array94_ram_len;
  assign exp_q = array94_ram_q;
  //sub modules
  //array94 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(60)
    )
    array94(
      .clk(clk),
      .rst(rst),
      .ram_addr(array94_ram_addr),
      .ram_d(array94_ram_d),
      .ram_we(array94_ram_we),
      .ram_q(array94_ram_q),
      .ram_len(array94_ram_len)
    );
  //dot_product_0 instance
  dot_product dot_product_0(
    .clk(clk),
    .rst(rst),
    .dot_product_ready(dot_product_0_ready),
    .dot_product_accept(dot_product_0_accept),
    .dot_product_valid(dot_product_0_valid),
    .dot_product_in_n(dot_product_0_in_n),
    .dot_product_in_seed(dot_product_0_in_seed),
    .dot_product_out_0(dot_product_0_out_0)
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
      dot_product_0_accept <= 0;
      dot_product_0_ready <= 0;
      exp_addr <= 0;
      exp_d <= 0;
      exp_req <= 0;
      exp_we <= 0;
      i2 <= 0;
      i3 <= 0;
      t78 <= 0;
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
        exp_d <= 22201;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 536994;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 469260;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 323143;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1293089;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1660775;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2053678;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2025985;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2156961;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1940954;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3007775;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2480108;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2648249;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1642155;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2596453;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3760058;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 199628;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 326900;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1138689;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 521336;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 658837;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1187260;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1216028;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1523812;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1370170;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2007395;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1489305;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1353935;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2778593;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2406586;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3006740;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2336406;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 119682;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 252001;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 781600;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1166586;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 955849;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 999036;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2037722;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 493879;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_addr <= 40;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1317215;
        test_state <= test_b1_S41;
      end
      test_b1_S41: begin
        exp_addr <= 41;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1215319;
        test_state <= test_b1_S42;
      end
      test_b1_S42: begin
        exp_addr <= 42;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2100995;
        test_state <= test_b1_S43;
      end
      test_b1_S43: begin
        exp_addr <= 43;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1408221;
        test_state <= test_b1_S44;
      end
      test_b1_S44: begin
        exp_addr <= 44;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1527850;
        test_state <= test_b1_S45;
      end
      test_b1_S45: begin
        exp_addr <= 45;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2998284;
        test_state <= test_b1_S46;
      end
      test_b1_S46: begin
        exp_addr <= 46;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2408051;
        test_state <= test_b1_S47;
      end
      test_b1_S47: begin
        exp_addr <= 47;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3043160;
        test_state <= test_b1_S48;
      end
      test_b1_S48: begin
        exp_addr <= 48;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 480109;
        test_state <= test_b1_S49;
      end
      test_b1_S49: begin
        exp_addr <= 49;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1053898;
        test_state <= test_b1_S50;
      end
      test_b1_S50: begin
        exp_addr <= 50;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 134338;
        test_state <= test_b1_S51;
      end
      test_b1_S51: begin
        exp_addr <= 51;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 780808;
        test_state <= test_b1_S52;
      end
      test_b1_S52: begin
        exp_addr <= 52;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 648275;
        test_state <= test_b1_S53;
      end
      test_b1_S53: begin
        exp_addr <= 53;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 945323;
        test_state <= test_b1_S54;
      end
      test_b1_S54: begin
        exp_addr <= 54;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1415713;
        test_state <= test_b1_S55;
      end
      test_b1_S55: begin
        exp_addr <= 55;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2067197;
        test_state <= test_b1_S56;
      end
      test_b1_S56: begin
        exp_addr <= 56;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2282028;
        test_state <= test_b1_S57;
      end
      test_b1_S57: begin
        exp_addr <= 57;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2353360;
        test_state <= test_b1_S58;
      end
      test_b1_S58: begin
        exp_addr <= 58;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3075805;
        test_state <= test_b1_S59;
      end
      test_b1_S59: begin
        exp_addr <= 59;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2744776;
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
          t78 <= (i2 + 1);
          t79 <= (i2 % 16);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        t80 <= (1 + t79);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        dot_product_0_ready <= 1;
        dot_product_0_in_seed <= t78;
        dot_product_0_in_n <= t80;
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        dot_product_0_ready <= 0;
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        if (dot_product_0_valid == 1) begin
          r <= dot_product_0_out_0;
          dot_product_0_accept <= 1;
          test_state <= test_L1_forbody3_S6;
        end
      end
      test_L1_forbody3_S6: begin
        dot_product_0_accept <= 0;
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
          $display("ASSERTION FAILED: dot_product.py [31]: assert r == exp[i]"); $finish;
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

