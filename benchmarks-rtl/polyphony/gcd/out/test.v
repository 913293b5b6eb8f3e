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
  localparam test_b1_S62 = 62;
  localparam test_b1_S63 = 63;
  localparam test_b1_S64 = 64;
  localparam test_b1_S65 = 65;
  localparam test_b1_S66 = 66;
  localparam test_b1_S67 = 67;
  localparam test_b1_S68 = 68;
  localparam test_b1_S69 = 69;
  localparam test_b1_S70 = 70;
  localparam test_b1_S71 = 71;
  localparam test_b1_S72 = 72;
  localparam test_b1_S73 = 73;
  localparam test_b1_S74 = 74;
  localparam test_b1_S75 = 75;
  localparam test_b1_S76 = 76;
  localparam test_b1_S77 = 77;
  localparam test_b1_S78 = 78;
  localparam test_b1_S79 = 79;
  localparam test_b1_S80 = 80;
  localparam test_b1_S81 = 81;
  localparam test_b1_S82 = 82;
  localparam test_b1_S83 = 83;
  localparam test_b1_S84 = 84;
  localparam test_b1_S85 = 85;
  localparam test_b1_S86 = 86;
  localparam test_b1_S87 = 87;
  localparam test_b1_S88 = 88;
  localparam test_b1_S89 = 89;
  localparam test_b1_S90 = 90;
  localparam test_b1_S91 = 91;
  localparam test_b1_S92 = 92;
  localparam test_b1_S93 = 93;
  localparam test_b1_S94 = 94;
  localparam test_b1_S95 = 95;
  localparam test_b1_S96 = 96;
  localparam test_b1_S97 = 97;
  localparam test_b1_S98 = 98;
  localparam test_b1_S99 = 99;
  localparam test_b1_S100 = 100;
  localparam test_b1_S101 = 101;
  localparam test_b1_S102 = 102;
  localparam test_b1_S103 = 103;
  localparam test_b1_S104 = 104;
  localparam test_b1_S105 = 105;
  localparam test_b1_S106 = 106;
  localparam test_b1_S107 = 107;
  localparam test_b1_S108 = 108;
  localparam test_b1_S109 = 109;
  localparam test_b1_S110 = 110;
  localparam test_b1_S111 = 111;
  localparam test_b1_S112 = 112;
  localparam test_b1_S113 = 113;
  localparam test_b1_S114 = 114;
  localparam test_b1_S115 = 115;
  localparam test_b1_S116 = 116;
  localparam test_b1_S117 = 117;
  localparam test_b1_S118 = 118;
  localparam test_b1_S119 = 119;
  localparam test_b1_S120 = 120;
  localparam test_b1_S121 = 121;
  localparam test_b1_S122 = 122;
  localparam test_b1_S123 = 123;
  localparam test_b1_S124 = 124;
  localparam test_b1_S125 = 125;
  localparam test_b1_S126 = 126;
  localparam test_b1_S127 = 127;
  localparam test_b1_S128 = 128;
  localparam test_b1_S129 = 129;
  localparam test_b1_S130 = 130;
  localparam test_b1_S131 = 131;
  localparam test_b1_S132 = 132;
  localparam test_b1_S133 = 133;
  localparam test_b1_S134 = 134;
  localparam test_b1_S135 = 135;
  localparam test_b1_S136 = 136;
  localparam test_b1_S137 = 137;
  localparam test_b1_S138 = 138;
  localparam test_b1_S139 = 139;
  localparam test_b1_S140 = 140;
  localparam test_b1_S141 = 141;
  localparam test_b1_S142 = 142;
  localparam test_b1_S143 = 143;
  localparam test_b1_S144 = 144;
  localparam test_b1_S145 = 145;
  localparam test_b1_S146 = 146;
  localparam test_b1_S147 = 147;
  localparam test_b1_S148 = 148;
  localparam test_b1_S149 = 149;
  localparam test_b1_S150 = 150;
  localparam test_b1_S151 = 151;
  localparam test_forelse5_S0 = 152;
  localparam test_forelse5_S1 = 153;
  localparam test_forelse5_S2 = 154;
  localparam test_forelse5_S3 = 155;
  localparam test_forelse5_S4 = 156;
  localparam test_forelse5_S5 = 157;
  localparam test_forelse5_S6 = 158;
  localparam test_forelse5_S7 = 159;
  localparam test_forelse5_S8 = 160;
  localparam test_forelse5_S9 = 161;
  localparam test_forelse5_S10 = 162;
  localparam test_forelse5_S11 = 163;
  localparam test_forelse5_S12 = 164;
  localparam test_forelse5_FINISH = 165;
  localparam test_L1_fortest2_S0 = 166;
  localparam test_L1_forbody3_S0 = 167;
  localparam test_L1_forbody3_S1 = 168;
  localparam test_L1_forbody3_S2 = 169;
  localparam test_L1_forbody3_S3 = 170;
  localparam test_L1_forbody3_S4 = 171;
  localparam test_L1_forbody3_S5 = 172;
  localparam test_L1_forbody3_S6 = 173;
  localparam test_L1_forbody3_S7 = 174;
  localparam test_L1_forbody3_S8 = 175;
  localparam test_L1_forbody3_S9 = 176;
  localparam test_L1_forbody3_S10 = 177;
  localparam test_L1_forbody3_S11 = 178;
  localparam test_L1_forbody3_S12 = 179;
  localparam test_L1_forbody3_S13 = 180;
  localparam test_L1_forbody3_S14 = 181;
  localparam test_L1_forbody3_S15 = 182;
  localparam test_L1_forbody3_S16 = 183;
  
  //signals: 
  wire c71;
  wire gcd_0_valid;
  reg clk;
  reg gcd_0_accept;
  reg gcd_0_ready;
  reg rst;
  reg        [7:0] test_state;
  reg signed [31:0] i2;
  reg signed [31:0] i3;
  reg signed [31:0] r;
  reg signed [31:0] t72;
  reg signed [31:0] t73;
  reg signed [31:0] t74;
  reg signed [31:0] t75;
  reg signed [31:0] t76;
  reg signed [31:0] t77;
  reg signed [31:0] t78;
  reg signed [31:0] t80;
  reg signed [31:0] t82;
  //signals: exp
  wire        [8:0] exp_len;
  wire        [31:0] exp_q;
  reg        [8:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_a
  reg        [31:0] gcd_0_in_a;
  //signals: in_b
  reg        [31:0] gcd_0_in_b;
  //signals: out_0
  wire        [31:0] gcd_0_out_0;
  //signals: ram
  wire        [8:0] array86_ram_addr;
  wire        [31:0] array86_ram_d;
  wire        [8:0] array86_ram_len;
  wire        [31:0] array86_ram_q;
  wire array86_ram_we;
  //combinations: 
  assign c71 = (i2 < 150);
  //combinations: array86
  assign array86_ram_addr = exp_addr;
  assign array86_ram_d = exp_d;
  assign array86_ram_we = exp_we;
  assign exp_len = array86_ram_len;
  assign exp_q = array86_ram_q;
  //sub modules
  //array86 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(9),
    .RAM_LENGTH(150)
    )
    array86(
      .clk(clk),
      .rst(rst),
      .ram_addr(array86_ram_addr),
      .ram_d(array86_ram_d),
      .ram_we(array86_ram_we),
      .ram_q(array86_ram_q),
      .ram_len(array86_ram_len)
    );
  //gcd_0 instance
  gcd gcd_0(
    .clk(clk),
    .rst(rst),
    .gcd_ready(gcd_0_ready),
    .gcd_accept(gcd_0_accept),
    .gcd_valid(gcd_0_valid),
    .gcd_in_a(gcd_0_in_a),
    .gcd_in_b(gcd_0_in_b),
    .gcd_out_0(gcd_0_out_0)
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
      gcd_0_accept <= 0;
      gcd_0_ready <= 0;
      i2 <= 0;
      i3 <= 0;
      t72 <= 0;
      t73 <= 0;
      t74 <= 0;
      t75 <= 0;
      t76 <= 0;
      t77 <= 0;
      t78 <= 0;
      test_state <= test_b1_INIT;
    end else begin //if (rst)
      case(test_state)
      test_b1_INIT: begin
        exp_addr <= 0;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 70;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_addr <= 40;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S41;
      end
      test_b1_S41: begin
        exp_addr <= 41;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S42;
      end
      test_b1_S42: begin
        exp_addr <= 42;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S43;
      end
      test_b1_S43: begin
        exp_addr <= 43;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S44;
      end
      test_b1_S44: begin
        exp_addr <= 44;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S45;
      end
      test_b1_S45: begin
        exp_addr <= 45;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S46;
      end
      test_b1_S46: begin
        exp_addr <= 46;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S47;
      end
      test_b1_S47: begin
        exp_addr <= 47;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S48;
      end
      test_b1_S48: begin
        exp_addr <= 48;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S49;
      end
      test_b1_S49: begin
        exp_addr <= 49;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S50;
      end
      test_b1_S50: begin
        exp_addr <= 50;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S51;
      end
      test_b1_S51: begin
        exp_addr <= 51;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 30;
        test_state <= test_b1_S52;
      end
      test_b1_S52: begin
        exp_addr <= 52;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3;
        test_state <= test_b1_S53;
      end
      test_b1_S53: begin
        exp_addr <= 53;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S54;
      end
      test_b1_S54: begin
        exp_addr <= 54;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S55;
      end
      test_b1_S55: begin
        exp_addr <= 55;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S56;
      end
      test_b1_S56: begin
        exp_addr <= 56;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 15;
        test_state <= test_b1_S57;
      end
      test_b1_S57: begin
        exp_addr <= 57;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S58;
      end
      test_b1_S58: begin
        exp_addr <= 58;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S59;
      end
      test_b1_S59: begin
        exp_addr <= 59;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S60;
      end
      test_b1_S60: begin
        exp_addr <= 60;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S61;
      end
      test_b1_S61: begin
        exp_addr <= 61;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 30;
        test_state <= test_b1_S62;
      end
      test_b1_S62: begin
        exp_addr <= 62;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S63;
      end
      test_b1_S63: begin
        exp_addr <= 63;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S64;
      end
      test_b1_S64: begin
        exp_addr <= 64;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S65;
      end
      test_b1_S65: begin
        exp_addr <= 65;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S66;
      end
      test_b1_S66: begin
        exp_addr <= 66;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S67;
      end
      test_b1_S67: begin
        exp_addr <= 67;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S68;
      end
      test_b1_S68: begin
        exp_addr <= 68;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S69;
      end
      test_b1_S69: begin
        exp_addr <= 69;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S70;
      end
      test_b1_S70: begin
        exp_addr <= 70;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S71;
      end
      test_b1_S71: begin
        exp_addr <= 71;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S72;
      end
      test_b1_S72: begin
        exp_addr <= 72;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S73;
      end
      test_b1_S73: begin
        exp_addr <= 73;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S74;
      end
      test_b1_S74: begin
        exp_addr <= 74;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S75;
      end
      test_b1_S75: begin
        exp_addr <= 75;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S76;
      end
      test_b1_S76: begin
        exp_addr <= 76;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S77;
      end
      test_b1_S77: begin
        exp_addr <= 77;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S78;
      end
      test_b1_S78: begin
        exp_addr <= 78;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S79;
      end
      test_b1_S79: begin
        exp_addr <= 79;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S80;
      end
      test_b1_S80: begin
        exp_addr <= 80;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S81;
      end
      test_b1_S81: begin
        exp_addr <= 81;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S82;
      end
      test_b1_S82: begin
        exp_addr <= 82;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S83;
      end
      test_b1_S83: begin
        exp_addr <= 83;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S84;
      end
      test_b1_S84: begin
        exp_addr <= 84;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S85;
      end
      test_b1_S85: begin
        exp_addr <= 85;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S86;
      end
      test_b1_S86: begin
        exp_addr <= 86;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S87;
      end
      test_b1_S87: begin
        exp_addr <= 87;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S88;
      end
      test_b1_S88: begin
        exp_addr <= 88;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S89;
      end
      test_b1_S89: begin
        exp_addr <= 89;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S90;
      end
      test_b1_S90: begin
        exp_addr <= 90;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3;
        test_state <= test_b1_S91;
      end
      test_b1_S91: begin
        exp_addr <= 91;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 90;
        test_state <= test_b1_S92;
      end
      test_b1_S92: begin
        exp_addr <= 92;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S93;
      end
      test_b1_S93: begin
        exp_addr <= 93;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S94;
      end
      test_b1_S94: begin
        exp_addr <= 94;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S95;
      end
      test_b1_S95: begin
        exp_addr <= 95;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S96;
      end
      test_b1_S96: begin
        exp_addr <= 96;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 45;
        test_state <= test_b1_S97;
      end
      test_b1_S97: begin
        exp_addr <= 97;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S98;
      end
      test_b1_S98: begin
        exp_addr <= 98;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S99;
      end
      test_b1_S99: begin
        exp_addr <= 99;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S100;
      end
      test_b1_S100: begin
        exp_addr <= 100;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S101;
      end
      test_b1_S101: begin
        exp_addr <= 101;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S102;
      end
      test_b1_S102: begin
        exp_addr <= 102;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S103;
      end
      test_b1_S103: begin
        exp_addr <= 103;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S104;
      end
      test_b1_S104: begin
        exp_addr <= 104;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S105;
      end
      test_b1_S105: begin
        exp_addr <= 105;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S106;
      end
      test_b1_S106: begin
        exp_addr <= 106;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S107;
      end
      test_b1_S107: begin
        exp_addr <= 107;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S108;
      end
      test_b1_S108: begin
        exp_addr <= 108;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S109;
      end
      test_b1_S109: begin
        exp_addr <= 109;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S110;
      end
      test_b1_S110: begin
        exp_addr <= 110;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S111;
      end
      test_b1_S111: begin
        exp_addr <= 111;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S112;
      end
      test_b1_S112: begin
        exp_addr <= 112;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S113;
      end
      test_b1_S113: begin
        exp_addr <= 113;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S114;
      end
      test_b1_S114: begin
        exp_addr <= 114;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S115;
      end
      test_b1_S115: begin
        exp_addr <= 115;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 14;
        test_state <= test_b1_S116;
      end
      test_b1_S116: begin
        exp_addr <= 116;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S117;
      end
      test_b1_S117: begin
        exp_addr <= 117;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S118;
      end
      test_b1_S118: begin
        exp_addr <= 118;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S119;
      end
      test_b1_S119: begin
        exp_addr <= 119;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S120;
      end
      test_b1_S120: begin
        exp_addr <= 120;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S121;
      end
      test_b1_S121: begin
        exp_addr <= 121;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S122;
      end
      test_b1_S122: begin
        exp_addr <= 122;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7;
        test_state <= test_b1_S123;
      end
      test_b1_S123: begin
        exp_addr <= 123;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S124;
      end
      test_b1_S124: begin
        exp_addr <= 124;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S125;
      end
      test_b1_S125: begin
        exp_addr <= 125;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S126;
      end
      test_b1_S126: begin
        exp_addr <= 126;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S127;
      end
      test_b1_S127: begin
        exp_addr <= 127;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S128;
      end
      test_b1_S128: begin
        exp_addr <= 128;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S129;
      end
      test_b1_S129: begin
        exp_addr <= 129;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S130;
      end
      test_b1_S130: begin
        exp_addr <= 130;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 471;
        test_state <= test_b1_S131;
      end
      test_b1_S131: begin
        exp_addr <= 131;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10;
        test_state <= test_b1_S132;
      end
      test_b1_S132: begin
        exp_addr <= 132;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S133;
      end
      test_b1_S133: begin
        exp_addr <= 133;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S134;
      end
      test_b1_S134: begin
        exp_addr <= 134;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3;
        test_state <= test_b1_S135;
      end
      test_b1_S135: begin
        exp_addr <= 135;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6;
        test_state <= test_b1_S136;
      end
      test_b1_S136: begin
        exp_addr <= 136;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S137;
      end
      test_b1_S137: begin
        exp_addr <= 137;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S138;
      end
      test_b1_S138: begin
        exp_addr <= 138;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S139;
      end
      test_b1_S139: begin
        exp_addr <= 139;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S140;
      end
      test_b1_S140: begin
        exp_addr <= 140;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S141;
      end
      test_b1_S141: begin
        exp_addr <= 141;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 290;
        test_state <= test_b1_S142;
      end
      test_b1_S142: begin
        exp_addr <= 142;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S143;
      end
      test_b1_S143: begin
        exp_addr <= 143;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S144;
      end
      test_b1_S144: begin
        exp_addr <= 144;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S145;
      end
      test_b1_S145: begin
        exp_addr <= 145;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S146;
      end
      test_b1_S146: begin
        exp_addr <= 146;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5;
        test_state <= test_b1_S147;
      end
      test_b1_S147: begin
        exp_addr <= 147;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S148;
      end
      test_b1_S148: begin
        exp_addr <= 148;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1;
        test_state <= test_b1_S149;
      end
      test_b1_S149: begin
        exp_addr <= 149;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2;
        test_state <= test_b1_S150;
      end
      test_b1_S150: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_S1: begin
        gcd_0_ready <= 0;
        test_state <= test_forelse5_S2;
      end
      test_forelse5_S2: begin
        if (gcd_0_valid == 1) begin
          t80 <= gcd_0_out_0;
          gcd_0_accept <= 1;
          test_state <= test_forelse5_S4;
        end
      end
      test_forelse5_S4: begin
        gcd_0_accept <= 0;
        test_state <= test_forelse5_S5;
      end
      test_forelse5_S5: begin
        /* c81 <= (t80 == 6); */
        if (!(t80 === 6)) begin
          $display("ASSERTION FAILED: gcd.py [27]: assert gcd(48, 18) == 6"); $finish;
        end
        test_state <= test_forelse5_S6;
      end
      test_forelse5_S6: begin
        gcd_0_ready <= 1;
        gcd_0_in_a <= 17;
        gcd_0_in_b <= 5;
        test_state <= test_forelse5_S7;
      end
      test_forelse5_S7: begin
        gcd_0_ready <= 0;
        test_state <= test_forelse5_S8;
      end
      test_forelse5_S8: begin
        if (gcd_0_valid == 1) begin
          t82 <= gcd_0_out_0;
          gcd_0_accept <= 1;
          test_state <= test_forelse5_S10;
        end
      end
      test_forelse5_S10: begin
        gcd_0_accept <= 0;
        test_state <= test_forelse5_S11;
      end
      test_forelse5_S11: begin
        /* c83 <= (t82 == 1); */
        if (!(t82 === 1)) begin
          $display("ASSERTION FAILED: gcd.py [28]: assert gcd(17, 5) == 1"); $finish;
        end
        test_state <= test_forelse5_S12;
      end
      test_forelse5_S12: begin
        $display("%s", "PASS");
        test_state <= test_forelse5_FINISH;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c71 <= (i2 < 150); */
        if (c71) begin
          t72 <= (i2 * 7919);
          test_state <= test_L1_forbody3_S1;
        end else begin
          gcd_0_ready <= 1;
          gcd_0_in_a <= 48;
          gcd_0_in_b <= 18;
          test_state <= test_forelse5_S1;
        end
      end
      test_L1_forbody3_S1: begin
        t73 <= (t72 % 1000);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        t74 <= (t73 + 1);
        t75 <= (i2 * 104729);
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        t76 <= (t75 % 700);
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        t77 <= (t76 + 1);
        test_state <= test_L1_forbody3_S5;
      end
      test_L1_forbody3_S5: begin
        gcd_0_ready <= 1;
        gcd_0_in_a <= t74;
        gcd_0_in_b <= t77;
        test_state <= test_L1_forbody3_S6;
      end
      test_L1_forbody3_S6: begin
        gcd_0_ready <= 0;
        test_state <= test_L1_forbody3_S7;
      end
      test_L1_forbody3_S7: begin
        if (gcd_0_valid == 1) begin
          r <= gcd_0_out_0;
          gcd_0_accept <= 1;
          test_state <= test_L1_forbody3_S9;
        end
      end
      test_L1_forbody3_S9: begin
        gcd_0_accept <= 0;
        test_state <= test_L1_forbody3_S10;
      end
      test_L1_forbody3_S10: begin
        exp_addr <= i2;
        exp_we <= 0;
        exp_req <= 1;
        test_state <= test_L1_forbody3_S11;
      end
      test_L1_forbody3_S11: begin
        /*wait for output of exp*/
        test_state <= test_L1_forbody3_S12;
      end
      test_L1_forbody3_S12: begin
        t78 <= exp_q;
        exp_req <= 0;
        test_state <= test_L1_forbody3_S13;
      end
      test_L1_forbody3_S13: begin
        /* c79 <= (r == t78); */
        if (!(r === t78)) begin
          $display("ASSERTION FAILED: gcd.py [26]: assert r == exp[i]"); $finish;
        end
        test_state <= test_L1_forbody3_S14;
      end
      test_L1_forbody3_S14: begin
        i3 <= (i2 + 1);
        test_state <= test_L1_forbody3_S15;
      end
      test_L1_forbody3_S15: begin
        i2 <= i3;
        test_state <= test_L1_fortest2_S0;
      end
      endcase
    end
  end
  

endmodule

