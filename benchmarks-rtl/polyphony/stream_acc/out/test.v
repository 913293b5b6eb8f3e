module test
  (
    
  );

  //localparams
  localparam CLK_PERIOD = 10;
  localparam CLK_HALF_PERIOD = 5;
  localparam INITIAL_RESET_SPAN = 100;
  localparam test_b1_INIT = 0;
  localparam test_b1_S2 = 1;
  localparam test_b1_S3 = 2;
  localparam test_b1_S4 = 3;
  localparam test_b1_S5 = 4;
  localparam test_b1_S6 = 5;
  localparam test_b1_S7 = 6;
  localparam test_b1_S8 = 7;
  localparam test_b1_S9 = 8;
  localparam test_b1_S10 = 9;
  localparam test_b1_S11 = 10;
  localparam test_b1_S12 = 11;
  localparam test_b1_S13 = 12;
  localparam test_b1_S14 = 13;
  localparam test_b1_S15 = 14;
  localparam test_b1_S16 = 15;
  localparam test_b1_S17 = 16;
  localparam test_b1_S18 = 17;
  localparam test_b1_S19 = 18;
  localparam test_b1_S20 = 19;
  localparam test_b1_S21 = 20;
  localparam test_b1_S22 = 21;
  localparam test_b1_S23 = 22;
  localparam test_b1_S24 = 23;
  localparam test_b1_S25 = 24;
  localparam test_b1_S26 = 25;
  localparam test_b1_S27 = 26;
  localparam test_b1_S28 = 27;
  localparam test_b1_S29 = 28;
  localparam test_b1_S30 = 29;
  localparam test_b1_S31 = 30;
  localparam test_b1_S32 = 31;
  localparam test_b1_S33 = 32;
  localparam test_b1_S34 = 33;
  localparam test_b1_S35 = 34;
  localparam test_b1_S36 = 35;
  localparam test_b1_S37 = 36;
  localparam test_b1_S38 = 37;
  localparam test_b1_S39 = 38;
  localparam test_b1_S40 = 39;
  localparam test_b1_S41 = 40;
  localparam test_b1_S42 = 41;
  localparam test_b1_S43 = 42;
  localparam test_forelse10_S0 = 43;
  localparam test_forelse10_FINISH = 44;
  localparam test_L1_fortest2_S0 = 45;
  localparam test_L1_forbody3_S0 = 46;
  localparam test_L1_forbody3_S1 = 47;
  localparam test_L1_forbody3_S2 = 48;
  localparam test_L1_forbody3_S3 = 49;
  localparam test_L1_forbody3_S4 = 50;
  localparam test_L1_forbody3_S5 = 51;
  localparam test_L1_forbody3_S6 = 52;
  localparam test_L1_forbody3_S7 = 53;
  localparam test_L1_forbody3_S8 = 54;
  localparam test_L1_forelse7_S0 = 55;
  localparam test_L1_forelse7_S1 = 56;
  localparam test_L1_forelse7_S2 = 57;
  localparam test_L1_forelse7_S3 = 58;
  localparam test_L1_forelse7_S4 = 59;
  localparam test_L1_forelse7_S5 = 60;
  localparam test_L1_forelse7_S6 = 61;
  localparam test_L1_forelse7_S7 = 62;
  localparam test_L1_forelse7_S8 = 63;
  localparam test_L1_forelse7_S9 = 64;
  localparam test_L1_forelse7_S10 = 65;
  localparam test_L2_fortest4_S0 = 66;
  localparam test_L2_forbody5_S0 = 67;
  localparam test_L2_forbody5_S1 = 68;
  localparam test_L2_forbody5_S2 = 69;
  localparam test_L2_forbody5_S3 = 70;
  localparam test_L2_forbody5_S4 = 71;
  localparam test_L2_forbody5_S5 = 72;
  localparam test_L2_forbody5_S6 = 73;
  localparam test_L2_forbody5_S7 = 74;
  localparam test_L2_forbody5_S8 = 75;
  localparam test_L2_forbody5_S9 = 76;
  
  //signals: 
  wire c164;
  wire c167;
  wire c201;
  wire c271;
  reg clk;
  reg rst;
  reg        [6:0] test_state;
  reg signed [31:0] i3;
  reg signed [31:0] i4;
  reg signed [31:0] k2;
  reg signed [31:0] k3;
  reg signed [31:0] n;
  reg signed [31:0] r;
  reg signed [31:0] t165;
  reg signed [31:0] t166;
  reg signed [31:0] t168;
  reg signed [31:0] t169;
  reg signed [31:0] t170;
  reg signed [31:0] x2;
  reg signed [31:0] x3;
  reg signed [31:0] x4;
  //signals: exp
  wire        [6:0] exp_len;
  wire        [31:0] exp_q;
  reg        [6:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: i_data
  wire m_i_data_ready;
  reg m_i_data_valid;
  reg signed [31:0] m_i_data;
  //signals: i_n
  wire m_i_n_ready;
  reg m_i_n_valid;
  reg signed [31:0] m_i_n;
  //signals: o_sum
  wire m_o_sum_valid;
  reg m_o_sum_ready;
  wire signed [31:0] m_o_sum;
  //signals: ram
  wire        [6:0] array172_ram_addr;
  wire        [31:0] array172_ram_d;
  wire        [6:0] array172_ram_len;
  wire        [31:0] array172_ram_q;
  wire array172_ram_we;
  //combinations: 
  assign c164 = (k2 < 40);
  assign c167 = (i3 < n);
  assign c201 = (c164 && c167);
  assign c271 = (c164 && c167);
  //combinations: array172
  assign array172_ram_addr = exp_addr;
  assign array172_ram_d = exp_d;
  assign array172_ram_we = exp_we;
  assign exp_len = array172_ram_len;
  assign exp_q = array172_ram_q;
  //sub modules
  //array172 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(40)
    )
    array172(
      .clk(clk),
      .rst(rst),
      .ram_addr(array172_ram_addr),
      .ram_d(array172_ram_d),
      .ram_we(array172_ram_we),
      .ram_q(array172_ram_q),
      .ram_len(array172_ram_len)
    );
  //m instance
  stream_acc m(
    .clk(clk),
    .rst(rst),
    .i_data(m_i_data),
    .i_data_valid(m_i_data_valid),
    .i_data_ready(m_i_data_ready),
    .i_n(m_i_n),
    .i_n_valid(m_i_n_valid),
    .i_n_ready(m_i_n_ready),
    .o_sum(m_o_sum),
    .o_sum_valid(m_o_sum_valid),
    .o_sum_ready(m_o_sum_ready)
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
      i3 <= 0;
      i4 <= 0;
      k2 <= 0;
      k3 <= 0;
      m_i_data <= 0;
      m_i_data_valid <= 0;
      m_i_n <= 0;
      m_i_n_valid <= 0;
      m_o_sum_ready <= 0;
      n <= 0;
      r <= 0;
      t165 <= 0;
      t166 <= 0;
      t168 <= 0;
      t169 <= 0;
      t170 <= 0;
      x2 <= 0;
      x3 <= 0;
      x4 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 57238018;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 29488901;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 182382089;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 52854021;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 84084744;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 107573507;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 167214087;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 176027395;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 241329670;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 41616137;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 127789573;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 204597513;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 200737796;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 228031751;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 151533571;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 119874311;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 80404994;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 200652549;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 177049097;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 22985989;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 55642120;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 233615619;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 260742151;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 202815235;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 139126278;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 98288393;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 70355461;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 60631305;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 130417668;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 148880647;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 198727683;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 22602503;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 74211842;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9008901;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 223096329;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 204930309;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 236914696;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 101708035;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 57523207;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 193951491;
        test_state <= test_b1_S41;
      end
      test_b1_S41: begin
        exp_req <= 0;
        k2 <= 0;
        test_state <= test_b1_S42;
      end
      test_b1_S42: begin
        x2 <= 1;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse10_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c164 <= (k2 < 40); */
        if (c164) begin
          t165 <= (k2 * 7);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse10_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        t166 <= (t165 & 15);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        n <= (4 + t166);
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        m_i_n <= n;
        m_i_n_valid <= 1;
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        if (m_i_n_ready == 1) begin
          m_i_n_valid <= 0;
          test_state <= test_L1_forbody3_S6;
        end
      end
      test_L1_forbody3_S6: begin
        i3 <= 0;
        test_state <= test_L1_forbody3_S7;
      end
      test_L1_forbody3_S7: begin
        x3 <= x2;
        test_state <= test_L2_fortest4_S0;
      end
      test_L1_forelse7_S1: begin
        if (m_o_sum_valid == 1) begin
          r <= m_o_sum;
          m_o_sum_ready <= 0;
          test_state <= test_L1_forelse7_S3;
        end
      end
      test_L1_forelse7_S3: begin
        exp_addr <= k2;
        exp_we <= 0;
        exp_req <= 1;
        test_state <= test_L1_forelse7_S4;
      end
      test_L1_forelse7_S4: begin
        /*wait for output of exp*/
        test_state <= test_L1_forelse7_S5;
      end
      test_L1_forelse7_S5: begin
        t170 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forelse7_S6;
      end
      test_L1_forelse7_S6: begin
        /* c171 <= (r == t170); */
        if (!(r === t170)) begin
          $display("ASSERTION FAILED: stream_acc.py [49]: assert r == exp[k]"); $finish;
        end
        test_state <= test_L1_forelse7_S7;
      end
      test_L1_forelse7_S7: begin
        k3 <= (k2 + 1);
        test_state <= test_L1_forelse7_S8;
      end
      test_L1_forelse7_S8: begin
        k2 <= k3;
        test_state <= test_L1_forelse7_S9;
      end
      test_L1_forelse7_S9: begin
        x2 <= x3;
        test_state <= test_L1_fortest2_S0;
      end
      test_L2_fortest4_S0: begin
        /* c167 <= (i3 < n); */
        if (c167) begin
          /* c271 <= (c164 && c167); */
          /* c201 <= (c164 && c167); */
          t168 <= (x3 * 1103);
          test_state <= test_L2_forbody5_S1;
        end else begin
          m_o_sum_ready <= 1;
          test_state <= test_L1_forelse7_S1;
        end
      end
      test_L2_forbody5_S1: begin
        t169 <= (t168 + 12345);
        test_state <= test_L2_forbody5_S2;
      end
      test_L2_forbody5_S2: begin
        x4 <= (t169 & 65535);
        test_state <= test_L2_forbody5_S3;
      end
      test_L2_forbody5_S3: begin
        m_i_data <= x4;
        m_i_data_valid <= 1;
        test_state <= test_L2_forbody5_S4;
      end
      test_L2_forbody5_S4: begin
        if (m_i_data_ready == 1) begin
          m_i_data_valid <= 0;
          test_state <= test_L2_forbody5_S6;
        end
      end
      test_L2_forbody5_S6: begin
        i4 <= (i3 + 1);
        test_state <= test_L2_forbody5_S7;
      end
      test_L2_forbody5_S7: begin
        i3 <= i4;
        test_state <= test_L2_forbody5_S8;
      end
      test_L2_forbody5_S8: begin
        x3 <= x4;
        test_state <= test_L2_fortest4_S0;
      end
      endcase
    end
  end
  

endmodule

