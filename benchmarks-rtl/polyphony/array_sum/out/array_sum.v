module array_sum
  (
    input wire clk,
    input wire rst,
    input wire array_sum_ready,
    input wire array_sum_accept,
    output reg array_sum_valid,
    input wire signed [31:0] array_sum_in_seed,
    input wire signed [31:0] array_sum_in_n,
    output reg signed [31:0] array_sum_out_0
  );

  //localparams
  localparam array_sum_b1_INIT = 0;
  localparam array_sum_b1_S0 = 1;
  localparam array_sum_b1_S1 = 2;
  localparam array_sum_b1_S2 = 3;
  localparam array_sum_b1_S3 = 4;
  localparam array_sum_b1_S4 = 5;
  localparam array_sum_b1_S5 = 6;
  localparam array_sum_b1_S6 = 7;
  localparam array_sum_b1_S7 = 8;
  localparam array_sum_b1_S8 = 9;
  localparam array_sum_b1_S9 = 10;
  localparam array_sum_b1_S10 = 11;
  localparam array_sum_b1_S11 = 12;
  localparam array_sum_b1_S12 = 13;
  localparam array_sum_b1_S13 = 14;
  localparam array_sum_b1_S14 = 15;
  localparam array_sum_b1_S15 = 16;
  localparam array_sum_b1_S16 = 17;
  localparam array_sum_b1_S17 = 18;
  localparam array_sum_b1_S18 = 19;
  localparam array_sum_b1_S19 = 20;
  localparam array_sum_b1_S20 = 21;
  localparam array_sum_b1_S21 = 22;
  localparam array_sum_b1_S22 = 23;
  localparam array_sum_b1_S23 = 24;
  localparam array_sum_b1_S24 = 25;
  localparam array_sum_b1_S25 = 26;
  localparam array_sum_b1_S26 = 27;
  localparam array_sum_b1_S27 = 28;
  localparam array_sum_b1_S28 = 29;
  localparam array_sum_b1_S29 = 30;
  localparam array_sum_b1_S30 = 31;
  localparam array_sum_b1_S31 = 32;
  localparam array_sum_b1_S32 = 33;
  localparam array_sum_b1_S33 = 34;
  localparam array_sum_b1_S34 = 35;
  localparam array_sum_b1_S35 = 36;
  localparam array_sum_b1_S36 = 37;
  localparam array_sum_b1_S37 = 38;
  localparam array_sum_b1_S38 = 39;
  localparam array_sum_b1_S39 = 40;
  localparam array_sum_b1_S40 = 41;
  localparam array_sum_b1_S41 = 42;
  localparam array_sum_b1_S42 = 43;
  localparam array_sum_b1_S43 = 44;
  localparam array_sum_b1_S44 = 45;
  localparam array_sum_b1_S45 = 46;
  localparam array_sum_b1_S46 = 47;
  localparam array_sum_b1_S47 = 48;
  localparam array_sum_b1_S48 = 49;
  localparam array_sum_b1_S49 = 50;
  localparam array_sum_b1_S50 = 51;
  localparam array_sum_b1_S51 = 52;
  localparam array_sum_b1_S52 = 53;
  localparam array_sum_b1_S53 = 54;
  localparam array_sum_b1_S54 = 55;
  localparam array_sum_b1_S55 = 56;
  localparam array_sum_b1_S56 = 57;
  localparam array_sum_b1_S57 = 58;
  localparam array_sum_b1_S58 = 59;
  localparam array_sum_b1_S59 = 60;
  localparam array_sum_b1_S60 = 61;
  localparam array_sum_b1_S61 = 62;
  localparam array_sum_b1_S62 = 63;
  localparam array_sum_b1_S63 = 64;
  localparam array_sum_b1_S64 = 65;
  localparam array_sum_forelse10_FINISH = 66;
  localparam array_sum_L1_fortest2_S0 = 67;
  localparam array_sum_L1_fortest2_S1 = 68;
  localparam array_sum_L1_forbody3_S0 = 69;
  localparam array_sum_L1_forbody3_S1 = 70;
  localparam array_sum_L1_forbody3_S2 = 71;
  localparam array_sum_L2_fortest7_S0 = 72;
  localparam array_sum_L2_forbody8_S0 = 73;
  localparam array_sum_L2_forbody8_S1 = 74;
  localparam array_sum_L2_forbody8_S2 = 75;
  localparam array_sum_L2_forbody8_S3 = 76;
  localparam array_sum_L2_forbody8_S4 = 77;
  
  //signals: 
  wire c81;
  wire c85;
  reg        [6:0] array_sum_state;
  wire signed [31:0] i3;
  wire signed [31:0] i6;
  wire signed [31:0] s3;
  wire signed [31:0] t82;
  wire signed [31:0] t83;
  wire signed [31:0] t84;
  wire signed [31:0] x3;
  reg signed [31:0] i2;
  reg signed [31:0] i5;
  reg signed [31:0] n;
  reg signed [31:0] s2;
  reg signed [31:0] seed;
  reg signed [31:0] t86;
  reg signed [31:0] x2;
  //signals: a
  wire        [6:0] a_len;
  wire        [31:0] a_q;
  reg        [6:0] a_addr;
  reg        [31:0] a_d;
  reg a_req;
  reg a_we;
  //signals: ram
  wire        [6:0] array87_ram_addr;
  wire        [31:0] array87_ram_d;
  wire        [6:0] array87_ram_len;
  wire        [31:0] array87_ram_q;
  wire array87_ram_we;
  //combinations: 
  assign c81 = (i2 < 64);
  assign c85 = (i5 < n);
  assign i3 = (i2 + 1);
  assign i6 = (i5 + 1);
  assign s3 = (s2 + t86);
  assign t82 = (x2 * 1103);
  assign t83 = (t82 + 12345);
  assign t84 = (x3 & 255);
  assign x3 = (t83 & 65535);
  //combinations: array87
  assign a_len = array87_ram_len;
  assign a_q = array87_ram_q;
  assign array87_ram_addr = a_addr;
  assign array87_ram_d = a_d;
  assign array87_ram_we = a_we;
  //sub modules
  //array87 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(7),
    .RAM_LENGTH(64)
    )
    array87(
      .clk(clk),
      .rst(rst),
      .ram_addr(array87_ram_addr),
      .ram_d(array87_ram_d),
      .ram_we(array87_ram_we),
      .ram_q(array87_ram_q),
      .ram_len(array87_ram_len)
    );
  
  
  always @(posedge clk) begin
    if (rst) begin
      a_addr <= 0;
      a_d <= 0;
      a_req <= 0;
      a_we <= 0;
      array_sum_out_0 <= 0;
      i2 <= 0;
      i5 <= 0;
      n <= 0;
      s2 <= 0;
      seed <= 0;
      t86 <= 0;
      x2 <= 0;
      array_sum_state <= array_sum_b1_INIT;
    end else begin //if (rst)
      case(array_sum_state)
      array_sum_b1_INIT: begin
        array_sum_valid <= 0;
        if (array_sum_ready == 1) begin
          a_addr <= 0;
          a_we <= 1;
          a_req <= 1;
          a_d <= 0;
          seed <= array_sum_in_seed;
          n <= array_sum_in_n;
          i2 <= 0;
          array_sum_state <= array_sum_b1_S1;
        end
      end
      array_sum_b1_S1: begin
        a_addr <= 1;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        x2 <= seed;
        array_sum_state <= array_sum_b1_S2;
      end
      array_sum_b1_S2: begin
        a_addr <= 2;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S3;
      end
      array_sum_b1_S3: begin
        a_addr <= 3;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S4;
      end
      array_sum_b1_S4: begin
        a_addr <= 4;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S5;
      end
      array_sum_b1_S5: begin
        a_addr <= 5;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S6;
      end
      array_sum_b1_S6: begin
        a_addr <= 6;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S7;
      end
      array_sum_b1_S7: begin
        a_addr <= 7;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S8;
      end
      array_sum_b1_S8: begin
        a_addr <= 8;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S9;
      end
      array_sum_b1_S9: begin
        a_addr <= 9;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S10;
      end
      array_sum_b1_S10: begin
        a_addr <= 10;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S11;
      end
      array_sum_b1_S11: begin
        a_addr <= 11;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S12;
      end
      array_sum_b1_S12: begin
        a_addr <= 12;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S13;
      end
      array_sum_b1_S13: begin
        a_addr <= 13;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S14;
      end
      array_sum_b1_S14: begin
        a_addr <= 14;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S15;
      end
      array_sum_b1_S15: begin
        a_addr <= 15;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S16;
      end
      array_sum_b1_S16: begin
        a_addr <= 16;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S17;
      end
      array_sum_b1_S17: begin
        a_addr <= 17;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S18;
      end
      array_sum_b1_S18: begin
        a_addr <= 18;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S19;
      end
      array_sum_b1_S19: begin
        a_addr <= 19;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S20;
      end
      array_sum_b1_S20: begin
        a_addr <= 20;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S21;
      end
      array_sum_b1_S21: begin
        a_addr <= 21;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S22;
      end
      array_sum_b1_S22: begin
        a_addr <= 22;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S23;
      end
      array_sum_b1_S23: begin
        a_addr <= 23;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S24;
      end
      array_sum_b1_S24: begin
        a_addr <= 24;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S25;
      end
      array_sum_b1_S25: begin
        a_addr <= 25;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S26;
      end
      array_sum_b1_S26: begin
        a_addr <= 26;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S27;
      end
      array_sum_b1_S27: begin
        a_addr <= 27;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S28;
      end
      array_sum_b1_S28: begin
        a_addr <= 28;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S29;
      end
      array_sum_b1_S29: begin
        a_addr <= 29;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S30;
      end
      array_sum_b1_S30: begin
        a_addr <= 30;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S31;
      end
      array_sum_b1_S31: begin
        a_addr <= 31;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S32;
      end
      array_sum_b1_S32: begin
        a_addr <= 32;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S33;
      end
      array_sum_b1_S33: begin
        a_addr <= 33;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S34;
      end
      array_sum_b1_S34: begin
        a_addr <= 34;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S35;
      end
      array_sum_b1_S35: begin
        a_addr <= 35;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S36;
      end
      array_sum_b1_S36: begin
        a_addr <= 36;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S37;
      end
      array_sum_b1_S37: begin
        a_addr <= 37;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S38;
      end
      array_sum_b1_S38: begin
        a_addr <= 38;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S39;
      end
      array_sum_b1_S39: begin
        a_addr <= 39;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S40;
      end
      array_sum_b1_S40: begin
        a_addr <= 40;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S41;
      end
      array_sum_b1_S41: begin
        a_addr <= 41;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S42;
      end
      array_sum_b1_S42: begin
        a_addr <= 42;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S43;
      end
      array_sum_b1_S43: begin
        a_addr <= 43;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S44;
      end
      array_sum_b1_S44: begin
        a_addr <= 44;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S45;
      end
      array_sum_b1_S45: begin
        a_addr <= 45;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S46;
      end
      array_sum_b1_S46: begin
        a_addr <= 46;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S47;
      end
      array_sum_b1_S47: begin
        a_addr <= 47;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S48;
      end
      array_sum_b1_S48: begin
        a_addr <= 48;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S49;
      end
      array_sum_b1_S49: begin
        a_addr <= 49;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S50;
      end
      array_sum_b1_S50: begin
        a_addr <= 50;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S51;
      end
      array_sum_b1_S51: begin
        a_addr <= 51;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S52;
      end
      array_sum_b1_S52: begin
        a_addr <= 52;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S53;
      end
      array_sum_b1_S53: begin
        a_addr <= 53;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S54;
      end
      array_sum_b1_S54: begin
        a_addr <= 54;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S55;
      end
      array_sum_b1_S55: begin
        a_addr <= 55;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S56;
      end
      array_sum_b1_S56: begin
        a_addr <= 56;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S57;
      end
      array_sum_b1_S57: begin
        a_addr <= 57;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S58;
      end
      array_sum_b1_S58: begin
        a_addr <= 58;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S59;
      end
      array_sum_b1_S59: begin
        a_addr <= 59;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S60;
      end
      array_sum_b1_S60: begin
        a_addr <= 60;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S61;
      end
      array_sum_b1_S61: begin
        a_addr <= 61;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S62;
      end
      array_sum_b1_S62: begin
        a_addr <= 62;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S63;
      end
      array_sum_b1_S63: begin
        a_addr <= 63;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        array_sum_state <= array_sum_b1_S64;
      end
      array_sum_b1_S64: begin
        a_req <= 0;
        array_sum_state <= array_sum_L1_fortest2_S0;
      end
      array_sum_L1_fortest2_S0: begin
        /* c81 <= (i2 < 64); */
        i5 <= 0;
        s2 <= 0;
        array_sum_state <= array_sum_L1_fortest2_S1;
      end
      array_sum_L1_fortest2_S1: begin
        if (c81) begin
          a_addr <= i2;
          a_we <= 1;
          a_req <= 1;
          a_d <= t84;
          /* t82 <= (x2 * 1103); */
          /* i3 <= (i2 + 1); */
          /* t83 <= (t82 + 12345); */
          /* x3 <= (t83 & 65535); */
          /* t84 <= (x3 & 255); */
          i2 <= i3;
          array_sum_state <= array_sum_L1_forbody3_S1;
        end else begin
          /* c85 <= (i5 < n); */
          if (c85) begin
            a_addr <= i5;
            a_we <= 0;
            a_req <= 1;
            /* i6 <= (i5 + 1); */
            i5 <= i6;
            array_sum_state <= array_sum_L2_forbody8_S1;
          end else begin
            array_sum_valid <= 1;
            if (array_sum_accept == 1) begin
              array_sum_state <= array_sum_b1_INIT;
            end
            array_sum_out_0 <= s2;
          end
        end
      end
      array_sum_L1_forbody3_S1: begin
        a_req <= 0;
        x2 <= x3;
        array_sum_state <= array_sum_L1_fortest2_S0;
      end
      array_sum_L2_fortest7_S0: begin
        /* c85 <= (i5 < n); */
        if (c85) begin
          a_addr <= i5;
          a_we <= 0;
          a_req <= 1;
          /* i6 <= (i5 + 1); */
          i5 <= i6;
          array_sum_state <= array_sum_L2_forbody8_S1;
        end else begin
          array_sum_valid <= 1;
          if (array_sum_accept == 1) begin
            array_sum_state <= array_sum_b1_INIT;
          end
          array_sum_out_0 <= s2;
        end
      end
      array_sum_L2_forbody8_S1: begin
        /*wait for output of a*/
        array_sum_state <= array_sum_L2_forbody8_S2;
      end
      array_sum_L2_forbody8_S2: begin
        t86 <= a_q;
        a_req <= 0;
        array_sum_state <= array_sum_L2_forbody8_S3;
      end
      array_sum_L2_forbody8_S3: begin
        /* s3 <= (s2 + t86); */
        s2 <= s3;
        array_sum_state <= array_sum_L2_fortest7_S0;
      end
      endcase
    end
  end
  

endmodule

