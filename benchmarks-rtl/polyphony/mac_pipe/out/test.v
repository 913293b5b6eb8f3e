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
  localparam test_forelse5_S0 = 102;
  localparam test_forelse5_FINISH = 103;
  localparam test_L1_fortest2_S0 = 104;
  localparam test_L1_forbody3_S0 = 105;
  localparam test_L1_forbody3_S1 = 106;
  localparam test_L1_forbody3_S2 = 107;
  localparam test_L1_forbody3_S3 = 108;
  localparam test_L1_forbody3_S4 = 109;
  localparam test_L1_forbody3_S5 = 110;
  localparam test_L1_forbody3_S6 = 111;
  localparam test_L1_forbody3_S7 = 112;
  localparam test_L1_forbody3_S8 = 113;
  localparam test_L1_forbody3_S9 = 114;
  localparam test_L1_forbody3_S10 = 115;
  localparam test_L1_forbody3_S11 = 116;
  localparam test_L1_forbody3_S12 = 117;
  localparam test_L1_forbody3_S13 = 118;
  
  //signals: 
  wire c77;
  wire mac_pipe_0_valid;
  reg clk;
  reg mac_pipe_0_accept;
  reg mac_pipe_0_ready;
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
  wire        [7:0] exp_len;
  wire        [31:0] exp_q;
  reg        [7:0] exp_addr;
  reg        [31:0] exp_d;
  reg exp_req;
  reg exp_we;
  //signals: in_n
  reg        [31:0] mac_pipe_0_in_n;
  //signals: in_seed
  reg        [31:0] mac_pipe_0_in_seed;
  //signals: out_0
  wire        [31:0] mac_pipe_0_out_0;
  //signals: ram
  wire        [7:0] array89_ram_addr;
  wire        [31:0] array89_ram_d;
  wire        [7:0] array89_ram_len;
  wire        [31:0] array89_ram_q;
  wire array89_ram_we;
  //combinations: 
  assign c77 = (i2 < 100);
  //combinations: array89
  assign array89_ram_addr = exp_addr;
  assign array89_ram_d = exp_d;
  assign array89_ram_we = exp_we;
  assign exp_len = array89_ram_len;
  assign exp_q = array89_ram_q;
  //sub modules
  //array89 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(8),
    .RAM_LENGTH(100)
    )
    array89(
      .clk(clk),
      .rst(rst),
      .ram_addr(array89_ram_addr),
      .ram_d(array89_ram_d),
      .ram_we(array89_ram_we),
      .ram_q(array89_ram_q),
      .ram_len(array89_ram_len)
    );
  //mac_pipe_0 instance
  mac_pipe mac_pipe_0(
    .clk(clk),
    .rst(rst),
    .mac_pipe_ready(mac_pipe_0_ready),
    .mac_pipe_accept(mac_pipe_0_accept),
    .mac_pipe_valid(mac_pipe_0_valid),
    .mac_pipe_in_n(mac_pipe_0_in_n),
    .mac_pipe_in_seed(mac_pipe_0_in_seed),
    .mac_pipe_out_0(mac_pipe_0_out_0)
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
      mac_pipe_0_accept <= 0;
      mac_pipe_0_ready <= 0;
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
        exp_d <= 328476;
        test_state <= test_b1_S1;
      end
      test_b1_S1: begin
        exp_addr <= 1;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 505404;
        test_state <= test_b1_S2;
      end
      test_b1_S2: begin
        exp_addr <= 2;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 736425;
        test_state <= test_b1_S3;
      end
      test_b1_S3: begin
        exp_addr <= 3;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1028709;
        test_state <= test_b1_S4;
      end
      test_b1_S4: begin
        exp_addr <= 4;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1389426;
        test_state <= test_b1_S5;
      end
      test_b1_S5: begin
        exp_addr <= 5;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1825746;
        test_state <= test_b1_S6;
      end
      test_b1_S6: begin
        exp_addr <= 6;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2344839;
        test_state <= test_b1_S7;
      end
      test_b1_S7: begin
        exp_addr <= 7;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 1994387;
        test_state <= test_b1_S8;
      end
      test_b1_S8: begin
        exp_addr <= 8;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2070776;
        test_state <= test_b1_S9;
      end
      test_b1_S9: begin
        exp_addr <= 9;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2159800;
        test_state <= test_b1_S10;
      end
      test_b1_S10: begin
        exp_addr <= 10;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2268629;
        test_state <= test_b1_S11;
      end
      test_b1_S11: begin
        exp_addr <= 11;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2351185;
        test_state <= test_b1_S12;
      end
      test_b1_S12: begin
        exp_addr <= 12;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2517550;
        test_state <= test_b1_S13;
      end
      test_b1_S13: begin
        exp_addr <= 13;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2725230;
        test_state <= test_b1_S14;
      end
      test_b1_S14: begin
        exp_addr <= 14;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 2981395;
        test_state <= test_b1_S15;
      end
      test_b1_S15: begin
        exp_addr <= 15;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3293215;
        test_state <= test_b1_S16;
      end
      test_b1_S16: begin
        exp_addr <= 16;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 3635092;
        test_state <= test_b1_S17;
      end
      test_b1_S17: begin
        exp_addr <= 17;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4076148;
        test_state <= test_b1_S18;
      end
      test_b1_S18: begin
        exp_addr <= 18;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4083393;
        test_state <= test_b1_S19;
      end
      test_b1_S19: begin
        exp_addr <= 19;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4240509;
        test_state <= test_b1_S20;
      end
      test_b1_S20: begin
        exp_addr <= 20;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4434346;
        test_state <= test_b1_S21;
      end
      test_b1_S21: begin
        exp_addr <= 21;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4685898;
        test_state <= test_b1_S22;
      end
      test_b1_S22: begin
        exp_addr <= 22;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4852831;
        test_state <= test_b1_S23;
      end
      test_b1_S23: begin
        exp_addr <= 23;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4931563;
        test_state <= test_b1_S24;
      end
      test_b1_S24: begin
        exp_addr <= 24;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5144816;
        test_state <= test_b1_S25;
      end
      test_b1_S25: begin
        exp_addr <= 25;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4431728;
        test_state <= test_b1_S26;
      end
      test_b1_S26: begin
        exp_addr <= 26;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4712813;
        test_state <= test_b1_S27;
      end
      test_b1_S27: begin
        exp_addr <= 27;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 4958441;
        test_state <= test_b1_S28;
      end
      test_b1_S28: begin
        exp_addr <= 28;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5343206;
        test_state <= test_b1_S29;
      end
      test_b1_S29: begin
        exp_addr <= 29;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5270118;
        test_state <= test_b1_S30;
      end
      test_b1_S30: begin
        exp_addr <= 30;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 5780075;
        test_state <= test_b1_S31;
      end
      test_b1_S31: begin
        exp_addr <= 31;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6307319;
        test_state <= test_b1_S32;
      end
      test_b1_S32: begin
        exp_addr <= 32;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6170380;
        test_state <= test_b1_S33;
      end
      test_b1_S33: begin
        exp_addr <= 33;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6461356;
        test_state <= test_b1_S34;
      end
      test_b1_S34: begin
        exp_addr <= 34;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6338521;
        test_state <= test_b1_S35;
      end
      test_b1_S35: begin
        exp_addr <= 35;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6575509;
        test_state <= test_b1_S36;
      end
      test_b1_S36: begin
        exp_addr <= 36;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6297826;
        test_state <= test_b1_S37;
      end
      test_b1_S37: begin
        exp_addr <= 37;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6577090;
        test_state <= test_b1_S38;
      end
      test_b1_S38: begin
        exp_addr <= 38;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6311479;
        test_state <= test_b1_S39;
      end
      test_b1_S39: begin
        exp_addr <= 39;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6591555;
        test_state <= test_b1_S40;
      end
      test_b1_S40: begin
        exp_addr <= 40;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 6972904;
        test_state <= test_b1_S41;
      end
      test_b1_S41: begin
        exp_addr <= 41;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7426344;
        test_state <= test_b1_S42;
      end
      test_b1_S42: begin
        exp_addr <= 42;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7525893;
        test_state <= test_b1_S43;
      end
      test_b1_S43: begin
        exp_addr <= 43;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7561857;
        test_state <= test_b1_S44;
      end
      test_b1_S44: begin
        exp_addr <= 44;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7857822;
        test_state <= test_b1_S45;
      end
      test_b1_S45: begin
        exp_addr <= 45;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7674462;
        test_state <= test_b1_S46;
      end
      test_b1_S46: begin
        exp_addr <= 46;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8044483;
        test_state <= test_b1_S47;
      end
      test_b1_S47: begin
        exp_addr <= 47;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7982287;
        test_state <= test_b1_S48;
      end
      test_b1_S48: begin
        exp_addr <= 48;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8468868;
        test_state <= test_b1_S49;
      end
      test_b1_S49: begin
        exp_addr <= 49;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8108516;
        test_state <= test_b1_S50;
      end
      test_b1_S50: begin
        exp_addr <= 50;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7965681;
        test_state <= test_b1_S51;
      end
      test_b1_S51: begin
        exp_addr <= 51;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 7897005;
        test_state <= test_b1_S52;
      end
      test_b1_S52: begin
        exp_addr <= 52;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8312090;
        test_state <= test_b1_S53;
      end
      test_b1_S53: begin
        exp_addr <= 53;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8305210;
        test_state <= test_b1_S54;
      end
      test_b1_S54: begin
        exp_addr <= 54;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8179983;
        test_state <= test_b1_S55;
      end
      test_b1_S55: begin
        exp_addr <= 55;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8761755;
        test_state <= test_b1_S56;
      end
      test_b1_S56: begin
        exp_addr <= 56;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9014240;
        test_state <= test_b1_S57;
      end
      test_b1_S57: begin
        exp_addr <= 57;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9029600;
        test_state <= test_b1_S58;
      end
      test_b1_S58: begin
        exp_addr <= 58;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 8846749;
        test_state <= test_b1_S59;
      end
      test_b1_S59: begin
        exp_addr <= 59;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9305369;
        test_state <= test_b1_S60;
      end
      test_b1_S60: begin
        exp_addr <= 60;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9051734;
        test_state <= test_b1_S61;
      end
      test_b1_S61: begin
        exp_addr <= 61;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9449814;
        test_state <= test_b1_S62;
      end
      test_b1_S62: begin
        exp_addr <= 62;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9401371;
        test_state <= test_b1_S63;
      end
      test_b1_S63: begin
        exp_addr <= 63;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9684647;
        test_state <= test_b1_S64;
      end
      test_b1_S64: begin
        exp_addr <= 64;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9608444;
        test_state <= test_b1_S65;
      end
      test_b1_S65: begin
        exp_addr <= 65;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9556764;
        test_state <= test_b1_S66;
      end
      test_b1_S66: begin
        exp_addr <= 66;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10087177;
        test_state <= test_b1_S67;
      end
      test_b1_S67: begin
        exp_addr <= 67;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9817797;
        test_state <= test_b1_S68;
      end
      test_b1_S68: begin
        exp_addr <= 68;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10358354;
        test_state <= test_b1_S69;
      end
      test_b1_S69: begin
        exp_addr <= 69;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9797554;
        test_state <= test_b1_S70;
      end
      test_b1_S70: begin
        exp_addr <= 70;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10253543;
        test_state <= test_b1_S71;
      end
      test_b1_S71: begin
        exp_addr <= 71;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 9831923;
        test_state <= test_b1_S72;
      end
      test_b1_S72: begin
        exp_addr <= 72;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10154712;
        test_state <= test_b1_S73;
      end
      test_b1_S73: begin
        exp_addr <= 73;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10482072;
        test_state <= test_b1_S74;
      end
      test_b1_S74: begin
        exp_addr <= 74;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10180149;
        test_state <= test_b1_S75;
      end
      test_b1_S75: begin
        exp_addr <= 75;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10845873;
        test_state <= test_b1_S76;
      end
      test_b1_S76: begin
        exp_addr <= 76;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10619150;
        test_state <= test_b1_S77;
      end
      test_b1_S77: begin
        exp_addr <= 77;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11119950;
        test_state <= test_b1_S78;
      end
      test_b1_S78: begin
        exp_addr <= 78;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10655603;
        test_state <= test_b1_S79;
      end
      test_b1_S79: begin
        exp_addr <= 79;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11093887;
        test_state <= test_b1_S80;
      end
      test_b1_S80: begin
        exp_addr <= 80;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11117940;
        test_state <= test_b1_S81;
      end
      test_b1_S81: begin
        exp_addr <= 81;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11596628;
        test_state <= test_b1_S82;
      end
      test_b1_S82: begin
        exp_addr <= 82;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 10907937;
        test_state <= test_b1_S83;
      end
      test_b1_S83: begin
        exp_addr <= 83;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11305181;
        test_state <= test_b1_S84;
      end
      test_b1_S84: begin
        exp_addr <= 84;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11879050;
        test_state <= test_b1_S85;
      end
      test_b1_S85: begin
        exp_addr <= 85;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 11605546;
        test_state <= test_b1_S86;
      end
      test_b1_S86: begin
        exp_addr <= 86;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12182975;
        test_state <= test_b1_S87;
      end
      test_b1_S87: begin
        exp_addr <= 87;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12387147;
        test_state <= test_b1_S88;
      end
      test_b1_S88: begin
        exp_addr <= 88;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13184720;
        test_state <= test_b1_S89;
      end
      test_b1_S89: begin
        exp_addr <= 89;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12073552;
        test_state <= test_b1_S90;
      end
      test_b1_S90: begin
        exp_addr <= 90;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12635597;
        test_state <= test_b1_S91;
      end
      test_b1_S91: begin
        exp_addr <= 91;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12770633;
        test_state <= test_b1_S92;
      end
      test_b1_S92: begin
        exp_addr <= 92;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12849350;
        test_state <= test_b1_S93;
      end
      test_b1_S93: begin
        exp_addr <= 93;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12963910;
        test_state <= test_b1_S94;
      end
      test_b1_S94: begin
        exp_addr <= 94;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12845515;
        test_state <= test_b1_S95;
      end
      test_b1_S95: begin
        exp_addr <= 95;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13432663;
        test_state <= test_b1_S96;
      end
      test_b1_S96: begin
        exp_addr <= 96;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 12822252;
        test_state <= test_b1_S97;
      end
      test_b1_S97: begin
        exp_addr <= 97;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13472396;
        test_state <= test_b1_S98;
      end
      test_b1_S98: begin
        exp_addr <= 98;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13296185;
        test_state <= test_b1_S99;
      end
      test_b1_S99: begin
        exp_addr <= 99;
        exp_we <= 1;
        exp_req <= 1;
        exp_d <= 13837301;
        test_state <= test_b1_S100;
      end
      test_b1_S100: begin
        exp_req <= 0;
        i2 <= 0;
        test_state <= test_L1_fortest2_S0;
      end
      test_forelse5_FINISH: begin
        $display("%5t:finish", $time);
        $finish();
      end
      test_L1_fortest2_S0: begin
        /* c77 <= (i2 < 100); */
        if (c77) begin
          t78 <= (i2 * 7);
          test_state <= test_L1_forbody3_S1;
        end else begin
          $display("%s", "PASS");
          test_state <= test_forelse5_FINISH;
        end
      end
      test_L1_forbody3_S1: begin
        t79 <= (t78 + 1);
        t80 <= (8 + i2);
        test_state <= test_L1_forbody3_S2;
      end
      test_L1_forbody3_S2: begin
        mac_pipe_0_ready <= 1;
        mac_pipe_0_in_seed <= t79;
        mac_pipe_0_in_n <= t80;
        test_state <= test_L1_forbody3_S3;
      end
      test_L1_forbody3_S3: begin
        mac_pipe_0_ready <= 0;
        test_state <= test_L1_forbody3_S4;
      end
      test_L1_forbody3_S4: begin
        if (mac_pipe_0_valid == 1) begin
          r <= mac_pipe_0_out_0;
          mac_pipe_0_accept <= 1;
          test_state <= test_L1_forbody3_S6;
        end
      end
      test_L1_forbody3_S6: begin
        mac_pipe_0_accept <= 0;
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
          $display("ASSERTION FAILED: mac_pipe.py [32]: assert r == exp[i]"); $finish;
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

