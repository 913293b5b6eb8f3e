module dot_product
  (
    input wire clk,
    input wire rst,
    input wire dot_product_ready,
    input wire dot_product_accept,
    output reg dot_product_valid,
    input wire signed [31:0] dot_product_in_seed,
    input wire signed [31:0] dot_product_in_n,
    output reg signed [31:0] dot_product_out_0
  );

  //localparams
  localparam dot_product_b1_INIT = 0;
  localparam dot_product_b1_S0 = 1;
  localparam dot_product_b1_S1 = 2;
  localparam dot_product_b1_S2 = 3;
  localparam dot_product_b1_S3 = 4;
  localparam dot_product_b1_S4 = 5;
  localparam dot_product_b1_S5 = 6;
  localparam dot_product_b1_S6 = 7;
  localparam dot_product_b1_S7 = 8;
  localparam dot_product_b1_S8 = 9;
  localparam dot_product_b1_S9 = 10;
  localparam dot_product_b1_S10 = 11;
  localparam dot_product_b1_S11 = 12;
  localparam dot_product_b1_S12 = 13;
  localparam dot_product_b1_S13 = 14;
  localparam dot_product_b1_S14 = 15;
  localparam dot_product_b1_S15 = 16;
  localparam dot_product_b1_S16 = 17;
  localparam dot_product_forelse10_FINISH = 18;
  localparam dot_product_L1_fortest2_S0 = 19;
  localparam dot_product_L1_fortest2_S1 = 20;
  localparam dot_product_L1_forbody3_S0 = 21;
  localparam dot_product_L1_forbody3_S1 = 22;
  localparam dot_product_L1_forbody3_S2 = 23;
  localparam dot_product_L2_fortest7_S0 = 24;
  localparam dot_product_L2_forbody8_S0 = 25;
  localparam dot_product_L2_forbody8_S1 = 26;
  localparam dot_product_L2_forbody8_S2 = 27;
  localparam dot_product_L2_forbody8_S3 = 28;
  localparam dot_product_L2_forbody8_S4 = 29;
  
  //signals: 
  wire c83;
  wire c88;
  reg        [4:0] dot_product_state;
  wire signed [31:0] i3;
  wire signed [31:0] i6;
  wire signed [31:0] s3;
  wire signed [31:0] t84;
  wire signed [31:0] t85;
  wire signed [31:0] t86;
  wire signed [31:0] t87;
  wire signed [31:0] t91;
  wire signed [31:0] x3;
  reg signed [31:0] i2;
  reg signed [31:0] i5;
  reg signed [31:0] n;
  reg signed [31:0] s2;
  reg signed [31:0] seed;
  reg signed [31:0] t89;
  reg signed [31:0] t90;
  reg signed [31:0] x2;
  //signals: a
  wire        [4:0] a_len;
  wire        [31:0] a_q;
  reg        [4:0] a_addr;
  reg        [31:0] a_d;
  reg a_req;
  reg a_we;
  //signals: b
  wire        [4:0] b_len;
  wire        [31:0] b_q;
  reg        [4:0] b_addr;
  reg        [31:0] b_d;
  reg b_req;
  reg b_we;
  //signals: ram
  wire        [4:0] array92_ram_addr;
  wire        [31:0] array92_ram_d;
  wire        [4:0] array92_ram_len;
  wire        [31:0] array92_ram_q;
  wire array92_ram_we;
  wire        [4:0] array93_ram_addr;
  wire        [31:0] array93_ram_d;
  wire        [4:0] array93_ram_len;
  wire        [31:0] array93_ram_q;
  wire array93_ram_we;
  //combinations: 
  assign c83 = (i2 < 16);
  assign c88 = (i5 < n);
  assign i3 = (i2 + 1);
  assign i6 = (i5 + 1);
  assign s3 = (s2 + t91);
  assign t84 = (x2 * 75);
  assign t85 = (t84 + 74);
  assign t86 = (x3 % 1000);
  assign t87 = (x3 % 777);
  assign t91 = (t89 * t90);
  assign x3 = (t85 % 65537);
  //combinations: array92
  assign a_len = array92_ram_len;
  assign a_q = array92_ram_q;
  assign array92_ram_addr = a_addr;
  assign array92_ram_d = a_d;
  assign array92_ram_we = a_we;
  //combinations: array93
  assign array93_ram_addr = b_addr;
  assign array93_ram_d = b_d;
  assign array93_ram_we = b_we;
  assign b_len = array93_ram_len;
  assign b_q = array93_ram_q;
  //sub modules
  //array92 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array92(
      .clk(clk),
      .rst(rst),
      .ram_addr(array92_ram_addr),
      .ram_d(array92_ram_d),
      .ram_we(array92_ram_we),
      .ram_q(array92_ram_q),
      .ram_len(array92_ram_len)
    );
  //array93 instance
  BidirectionalSinglePortRam#(
    .DATA_WIDTH(32),
    .ADDR_WIDTH(5),
    .RAM_LENGTH(16)
    )
    array93(
      .clk(clk),
      .rst(rst),
      .ram_addr(array93_ram_addr),
      .ram_d(array93_ram_d),
      .ram_we(array93_ram_we),
      .ram_q(array93_ram_q),
      .ram_len(array93_ram_len)
    );
  
  
  always @(posedge clk) begin
    if (rst) begin
      a_addr <= 0;
      a_d <= 0;
      a_req <= 0;
      a_we <= 0;
      b_addr <= 0;
      b_d <= 0;
      b_req <= 0;
      b_we <= 0;
      dot_product_out_0 <= 0;
      i2 <= 0;
      i5 <= 0;
      n <= 0;
      s2 <= 0;
      seed <= 0;
      t89 <= 0;
      t90 <= 0;
      x2 <= 0;
      dot_product_state <= dot_product_b1_INIT;
    end else begin //if (rst)
      case(dot_product_state)
      dot_product_b1_INIT: begin
        dot_product_valid <= 0;
        if (dot_product_ready == 1) begin
          b_addr <= 0;
          b_we <= 1;
          b_req <= 1;
          b_d <= 0;
          a_addr <= 0;
          a_we <= 1;
          a_req <= 1;
          a_d <= 0;
          seed <= dot_product_in_seed;
          n <= dot_product_in_n;
          i2 <= 0;
          dot_product_state <= dot_product_b1_S1;
        end
      end
      dot_product_b1_S1: begin
        b_addr <= 1;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 1;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        x2 <= seed;
        dot_product_state <= dot_product_b1_S2;
      end
      dot_product_b1_S2: begin
        b_addr <= 2;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 2;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S3;
      end
      dot_product_b1_S3: begin
        b_addr <= 3;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 3;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S4;
      end
      dot_product_b1_S4: begin
        b_addr <= 4;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 4;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S5;
      end
      dot_product_b1_S5: begin
        b_addr <= 5;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 5;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S6;
      end
      dot_product_b1_S6: begin
        b_addr <= 6;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 6;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S7;
      end
      dot_product_b1_S7: begin
        b_addr <= 7;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 7;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S8;
      end
      dot_product_b1_S8: begin
        b_addr <= 8;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 8;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S9;
      end
      dot_product_b1_S9: begin
        b_addr <= 9;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 9;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S10;
      end
      dot_product_b1_S10: begin
        b_addr <= 10;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 10;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S11;
      end
      dot_product_b1_S11: begin
        b_addr <= 11;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 11;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S12;
      end
      dot_product_b1_S12: begin
        b_addr <= 12;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 12;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S13;
      end
      dot_product_b1_S13: begin
        b_addr <= 13;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 13;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S14;
      end
      dot_product_b1_S14: begin
        b_addr <= 14;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 14;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S15;
      end
      dot_product_b1_S15: begin
        b_addr <= 15;
        b_we <= 1;
        b_req <= 1;
        b_d <= 0;
        a_addr <= 15;
        a_we <= 1;
        a_req <= 1;
        a_d <= 0;
        dot_product_state <= dot_product_b1_S16;
      end
      dot_product_b1_S16: begin
        b_req <= 0;
        a_req <= 0;
        dot_product_state <= dot_product_L1_fortest2_S0;
      end
      dot_product_L1_fortest2_S0: begin
        /* c83 <= (i2 < 16); */
        i5 <= 0;
        s2 <= 0;
        dot_product_state <= dot_product_L1_fortest2_S1;
      end
      dot_product_L1_fortest2_S1: begin
        if (c83) begin
          b_addr <= i2;
          b_we <= 1;
          b_req <= 1;
          b_d <= t87;
          a_addr <= i2;
          a_we <= 1;
          a_req <= 1;
          a_d <= t86;
          /* t84 <= (x2 * 75); */
          /* i3 <= (i2 + 1); */
          /* t85 <= (t84 + 74); */
          /* x3 <= (t85 % 65537); */
          /* t86 <= (x3 % 1000); */
          /* t87 <= (x3 % 777); */
          i2 <= i3;
          dot_product_state <= dot_product_L1_forbody3_S1;
        end else begin
          /* c88 <= (i5 < n); */
          if (c88) begin
            b_addr <= i5;
            b_we <= 0;
            b_req <= 1;
            a_addr <= i5;
            a_we <= 0;
            a_req <= 1;
            /* i6 <= (i5 + 1); */
            i5 <= i6;
            dot_product_state <= dot_product_L2_forbody8_S1;
          end else begin
            dot_product_valid <= 1;
            if (dot_product_accept == 1) begin
              dot_product_state <= dot_product_b1_INIT;
            end
            dot_product_out_0 <= s2;
          end
        end
      end
      dot_product_L1_forbody3_S1: begin
        b_req <= 0;
        a_req <= 0;
        x2 <= x3;
        dot_product_state <= dot_product_L1_fortest2_S0;
      end
      dot_product_L2_fortest7_S0: begin
        /* c88 <= (i5 < n); */
        if (c88) begin
          b_addr <= i5;
          b_we <= 0;
          b_req <= 1;
          a_addr <= i5;
          a_we <= 0;
          a_req <= 1;
          /* i6 <= (i5 + 1); */
          i5 <= i6;
          dot_product_state <= dot_product_L2_forbody8_S1;
        end else begin
          dot_product_valid <= 1;
          if (dot_product_accept == 1) begin
            dot_product_state <= dot_product_b1_INIT;
          end
          dot_product_out_0 <= s2;
        end
      end
      dot_product_L2_forbody8_S1: begin
        /*wait for output of b*/
        /*wait for output of a*/
        dot_product_state <= dot_product_L2_forbody8_S2;
      end
      dot_product_L2_forbody8_S2: begin
        t90 <= b_q;
        b_req <= 0;
        t89 <= a_q;
        a_req <= 0;
        dot_product_state <= dot_product_L2_forbody8_S3;
      end
      dot_product_L2_forbody8_S3: begin
        /* t91 <= (t89 * t90); */
        /* s3 <= (s2 + t91); */
        s2 <= s3;
        dot_product_state <= dot_product_L2_fortest7_S0;
      end
      endcase
    end
  end
  

endmodule

