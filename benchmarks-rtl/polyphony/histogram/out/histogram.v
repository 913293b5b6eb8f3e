module histogram
  (
    input wire clk,
    input wire rst,
    input wire histogram_ready,
    input wire histogram_accept,
    output reg histogram_valid,
    input wire signed [31:0] histogram_in_seed,
    input wire signed [31:0] histogram_in_n,
    output reg signed [31:0] histogram_out_0
  );

  //localparams
  localparam histogram_b1_INIT = 0;
  localparam histogram_b1_S0 = 1;
  localparam histogram_b1_S1 = 2;
  localparam histogram_b1_S2 = 3;
  localparam histogram_b1_S3 = 4;
  localparam histogram_b1_S4 = 5;
  localparam histogram_b1_S5 = 6;
  localparam histogram_b1_S6 = 7;
  localparam histogram_b1_S7 = 8;
  localparam histogram_b1_S8 = 9;
  localparam histogram_b1_S9 = 10;
  localparam histogram_b1_S10 = 11;
  localparam histogram_b1_S11 = 12;
  localparam histogram_b1_S12 = 13;
  localparam histogram_b1_S13 = 14;
  localparam histogram_b1_S14 = 15;
  localparam histogram_b1_S15 = 16;
  localparam histogram_b1_S16 = 17;
  localparam histogram_forelse10_FINISH = 18;
  localparam histogram_L1_fortest2_S0 = 19;
  localparam histogram_L1_fortest2_S1 = 20;
  localparam histogram_L1_forbody3_S0 = 21;
  localparam histogram_L1_forbody3_S1 = 22;
  localparam histogram_L1_forbody3_S2 = 23;
  localparam histogram_L1_forbody3_S3 = 24;
  localparam histogram_L1_forbody3_S4 = 25;
  localparam histogram_L1_forbody3_S5 = 26;
  localparam histogram_L2_fortest7_S0 = 27;
  localparam histogram_L2_forbody8_S0 = 28;
  localparam histogram_L2_forbody8_S1 = 29;
  localparam histogram_L2_forbody8_S2 = 30;
  localparam histogram_L2_forbody8_S3 = 31;
  localparam histogram_L2_forbody8_S4 = 32;
  
  //signals: 
  wire c85;
  wire c91;
  reg        [5:0] histogram_state;
  wire signed [31:0] chk3;
  wire signed [31:0] i3;
  wire signed [31:0] k3;
  wire signed [31:0] t86;
  wire signed [31:0] t87;
  wire signed [31:0] t88;
  wire signed [31:0] t90;
  wire signed [31:0] t92;
  wire signed [31:0] t94;
  wire signed [31:0] v;
  wire signed [31:0] x3;
  reg signed [31:0] chk2;
  reg signed [31:0] i2;
  reg signed [31:0] k2;
  reg signed [31:0] n;
  reg signed [31:0] seed;
  reg signed [31:0] t89;
  reg signed [31:0] t93;
  reg signed [31:0] x2;
  //signals: hist
  wire        [4:0] hist_len;
  wire        [31:0] hist_q;
  reg        [4:0] hist_addr;
  reg        [31:0] hist_d;
  reg hist_req;
  reg hist_we;
  //signals: ram
  wire        [4:0] array95_ram_addr;
  wire        [31:0] array95_ram_d;
  wire        [4:0] array95_ram_len;
  wire        [31:0] array95_ram_q;
  wire array95_ram_we;
  //combinations: 
  assign c85 = (i2 < n);
  assign c91 = (k2 < 16);
  assign chk3 = (t94 & 16777215);
  assign i3 = (i2 + 1);
  assign k3 = (k2 + 1);
  assign t86 = (x2 * 1103);
  assign t87 = (t86 + 12345);
  assign t88 = (x3 >>> 5);
  assign t90 = (t89 + 1);
  assign t92 = (chk2 * 5);
  assign t94 = (t92 + t93);
  assign v = (t88 & 15);
  assign x3 = (t87 & 65535);
  //combinations: array95
  assign array95_ram_addr = hist_addr;
  assign array95_ram_d = hist_d;
  assign array95_ram_we = hist_we;
  assign hist_len = array95_ram_len;
  assign hist_q = array95_ram_q;
  //sub modules
  //array95 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array95(
      .clk(clk),
      .rst(rst),
      .ram_addr(array95_ram_addr),
      .ram_d(array95_ram_d),
      .ram_we(array95_ram_we),
      .ram_q(array95_ram_q),
      .ram_len(array95_ram_len)
    );
  
  
  always @(posedge clk) begin
    if (rst) begin
      chk2 <= 0;
      hist_addr <= 0;
      hist_d <= 0;
      hist_req <= 0;
      hist_we <= 0;
      histogram_out_0 <= 0;
      i2 <= 0;
      k2 <= 0;
      n <= 0;
      seed <= 0;
      t89 <= 0;
      t93 <= 0;
      x2 <= 0;
      histogram_state <= histogram_b1_INIT;
    end else begin //if (rst)
      case(histogram_state)
      histogram_b1_INIT: begin
        histogram_valid <= 0;
        if (histogram_ready == 1) begin
          hist_addr <= 0;
          hist_we <= 1;
          hist_req <= 1;
          hist_d <= 0;
          seed <= histogram_in_seed;
          n <= histogram_in_n;
          i2 <= 0;
          histogram_state <= histogram_b1_S1;
        end
      end
      histogram_b1_S1: begin
        hist_addr <= 1;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        x2 <= seed;
        histogram_state <= histogram_b1_S2;
      end
      histogram_b1_S2: begin
        hist_addr <= 2;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S3;
      end
      histogram_b1_S3: begin
        hist_addr <= 3;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S4;
      end
      histogram_b1_S4: begin
        hist_addr <= 4;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S5;
      end
      histogram_b1_S5: begin
        hist_addr <= 5;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S6;
      end
      histogram_b1_S6: begin
        hist_addr <= 6;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S7;
      end
      histogram_b1_S7: begin
        hist_addr <= 7;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S8;
      end
      histogram_b1_S8: begin
        hist_addr <= 8;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S9;
      end
      histogram_b1_S9: begin
        hist_addr <= 9;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S10;
      end
      histogram_b1_S10: begin
        hist_addr <= 10;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S11;
      end
      histogram_b1_S11: begin
        hist_addr <= 11;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S12;
      end
      histogram_b1_S12: begin
        hist_addr <= 12;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S13;
      end
      histogram_b1_S13: begin
        hist_addr <= 13;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S14;
      end
      histogram_b1_S14: begin
        hist_addr <= 14;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S15;
      end
      histogram_b1_S15: begin
        hist_addr <= 15;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= 0;
        histogram_state <= histogram_b1_S16;
      end
      histogram_b1_S16: begin
        hist_req <= 0;
        histogram_state <= histogram_L1_fortest2_S0;
      end
      histogram_L1_fortest2_S0: begin
        /* c85 <= (i2 < n); */
        chk2 <= 0;
        k2 <= 0;
        histogram_state <= histogram_L1_fortest2_S1;
      end
      histogram_L1_fortest2_S1: begin
        if (c85) begin
          hist_addr <= v;
          hist_we <= 0;
          hist_req <= 1;
          /* t86 <= (x2 * 1103); */
          /* i3 <= (i2 + 1); */
          /* t87 <= (t86 + 12345); */
          i2 <= i3;
          /* x3 <= (t87 & 65535); */
          /* t88 <= (x3 >>> 5); */
          /* v <= (t88 & 15); */
          histogram_state <= histogram_L1_forbody3_S1;
        end else begin
          /* c91 <= (k2 < 16); */
          if (c91) begin
            hist_addr <= k2;
            hist_we <= 0;
            hist_req <= 1;
            /* t92 <= (chk2 * 5); */
            /* k3 <= (k2 + 1); */
            k2 <= k3;
            histogram_state <= histogram_L2_forbody8_S1;
          end else begin
            histogram_valid <= 1;
            if (histogram_accept == 1) begin
              histogram_state <= histogram_b1_INIT;
            end
            histogram_out_0 <= chk2;
          end
        end
      end
      histogram_L1_forbody3_S1: begin
        /*wait for output of hist*/
        histogram_state <= histogram_L1_forbody3_S2;
      end
      histogram_L1_forbody3_S2: begin
        t89 <= hist_q;
        hist_req <= 0;
        histogram_state <= histogram_L1_forbody3_S3;
      end
      histogram_L1_forbody3_S3: begin
        hist_addr <= v;
        hist_we <= 1;
        hist_req <= 1;
        hist_d <= t90;
        /* t90 <= (t89 + 1); */
        histogram_state <= histogram_L1_forbody3_S4;
      end
      histogram_L1_forbody3_S4: begin
        hist_req <= 0;
        x2 <= x3;
        histogram_state <= histogram_L1_fortest2_S0;
      end
      histogram_L2_fortest7_S0: begin
        /* c91 <= (k2 < 16); */
        if (c91) begin
          hist_addr <= k2;
          hist_we <= 0;
          hist_req <= 1;
          /* t92 <= (chk2 * 5); */
          /* k3 <= (k2 + 1); */
          k2 <= k3;
          histogram_state <= histogram_L2_forbody8_S1;
        end else begin
          histogram_valid <= 1;
          if (histogram_accept == 1) begin
            histogram_state <= histogram_b1_INIT;
          end
          histogram_out_0 <= chk2;
        end
      end
      histogram_L2_forbody8_S1: begin
        /*wait for output of hist*/
        histogram_state <= histogram_L2_forbody8_S2;
      end
      histogram_L2_forbody8_S2: begin
        t93 <= hist_q;
        hist_req <= 0;
        histogram_state <= histogram_L2_forbody8_S3;
      end
      histogram_L2_forbody8_S3: begin
        /* t94 <= (t92 + t93); */
        /* chk3 <= (t94 & 16777215); */
        chk2 <= chk3;
        histogram_state <= histogram_L2_fortest7_S0;
      end
      endcase
    end
  end
  

endmodule

