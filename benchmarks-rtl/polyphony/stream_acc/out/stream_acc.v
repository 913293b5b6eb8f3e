module stream_acc
  (
    input wire clk,
    input wire rst,
    input wire signed [31:0] i_n,
    input wire i_n_valid,
    output reg i_n_ready = 0,
    input wire o_sum_ready,
    output reg signed [31:0] o_sum = 0,
    output reg o_sum_valid = 0,
    input wire signed [31:0] i_data,
    input wire i_data_valid,
    output reg i_data_ready = 0
  );

  //localparams
  localparam stream_acc_worker_17_b1_INIT = 0;
  localparam stream_acc_worker_17_b1_FINISH = 1;
  localparam stream_acc_worker_17_L1_while2_S0 = 2;
  localparam stream_acc_worker_17_L1_while2_S1 = 3;
  localparam stream_acc_worker_17_L1_while2_S2 = 4;
  localparam stream_acc_worker_17_L1_while2_S3 = 5;
  localparam stream_acc_worker_17_L1_while2_S4 = 6;
  localparam stream_acc_worker_17_L1_forelse6_S0 = 7;
  localparam stream_acc_worker_17_L1_forelse6_S1 = 8;
  localparam stream_acc_worker_17_L1_forelse6_S2 = 9;
  localparam stream_acc_worker_17_L1_forelse6_S3 = 10;
  localparam stream_acc_worker_17_L2_fortest4_S0 = 11;
  localparam stream_acc_worker_17_L2_forbody5_S0 = 12;
  localparam stream_acc_worker_17_L2_forbody5_S1 = 13;
  localparam stream_acc_worker_17_L2_forbody5_S2 = 14;
  localparam stream_acc_worker_17_L2_forbody5_S3 = 15;
  localparam stream_acc_worker_17_L2_forbody5_S4 = 16;
  
  //signals: 
  wire acc_worker_17_c153;
  wire acc_worker_17_c155;
  wire acc_worker_17_c199;
  wire acc_worker_17_c200;
  reg        [4:0] acc_worker_17_state;
  wire signed [31:0] acc_worker_17_i4;
  wire signed [31:0] acc_worker_17_odd4;
  wire signed [31:0] acc_worker_17_s4;
  wire signed [31:0] acc_worker_17_s5;
  wire signed [31:0] acc_worker_17_s6;
  wire signed [31:0] acc_worker_17_t154;
  wire signed [31:0] acc_worker_17_t156;
  wire signed [31:0] acc_worker_17_t157;
  wire signed [31:0] acc_worker_17_t158;
  wire signed [31:0] acc_worker_17_t159;
  wire signed [31:0] acc_worker_17_t160;
  wire signed [31:0] acc_worker_17_t161;
  wire signed [31:0] acc_worker_17_t162;
  wire signed [31:0] acc_worker_17_t163;
  reg signed [31:0] acc_worker_17_i3;
  reg signed [31:0] acc_worker_17_n;
  reg signed [31:0] acc_worker_17_odd3;
  reg signed [31:0] acc_worker_17_s3;
  reg signed [31:0] acc_worker_17_x;
  //combinations: 
  assign acc_worker_17_c153 = (acc_worker_17_i3 < acc_worker_17_n);
  assign acc_worker_17_c155 = (acc_worker_17_t154 != 0);
  assign acc_worker_17_c199 = (acc_worker_17_c153 && acc_worker_17_c155);
  assign acc_worker_17_c200 = (acc_worker_17_c153 && !acc_worker_17_c155);
  assign acc_worker_17_i4 = (acc_worker_17_i3 + 1);
  assign acc_worker_17_odd4 = (acc_worker_17_odd3 + acc_worker_17_t158);
  assign acc_worker_17_s4 = (acc_worker_17_t157 & 1048575);
  assign acc_worker_17_s5 = (acc_worker_17_t161 & 1048575);
  assign acc_worker_17_s6 = acc_worker_17_c199 ? acc_worker_17_s4 : acc_worker_17_c200 ? acc_worker_17_s5 : 'bz;
  assign acc_worker_17_t154 = (acc_worker_17_x & 1);
  assign acc_worker_17_t156 = (acc_worker_17_s3 * 3);
  assign acc_worker_17_t157 = (acc_worker_17_t156 + acc_worker_17_x);
  assign acc_worker_17_t158 = (acc_worker_17_x & 1);
  assign acc_worker_17_t159 = (acc_worker_17_x >>> 1);
  assign acc_worker_17_t160 = (acc_worker_17_s3 + acc_worker_17_t159);
  assign acc_worker_17_t161 = (acc_worker_17_t160 + acc_worker_17_i3);
  assign acc_worker_17_t162 = (acc_worker_17_s3 << 8);
  assign acc_worker_17_t163 = (acc_worker_17_t162 | acc_worker_17_odd3);
  
  always @(posedge clk) begin
    if (rst) begin
      acc_worker_17_i3 <= 0;
      acc_worker_17_n <= 0;
      acc_worker_17_odd3 <= 0;
      acc_worker_17_s3 <= 0;
      acc_worker_17_x <= 0;
      i_data_ready <= 0;
      i_n_ready <= 0;
      o_sum <= 0;
      o_sum_valid <= 0;
      acc_worker_17_state <= stream_acc_worker_17_b1_INIT;
    end else begin //if (rst)
      case(acc_worker_17_state)
      stream_acc_worker_17_b1_INIT: begin
        acc_worker_17_state <= stream_acc_worker_17_L1_while2_S0;
      end
      stream_acc_worker_17_L1_while2_S0: begin
        i_n_ready <= 1;
        acc_worker_17_state <= stream_acc_worker_17_L1_while2_S1;
      end
      stream_acc_worker_17_L1_while2_S1: begin
        if (i_n_valid == 1) begin
          acc_worker_17_n <= i_n;
          i_n_ready <= 0;
          acc_worker_17_state <= stream_acc_worker_17_L1_while2_S3;
        end
      end
      stream_acc_worker_17_L1_while2_S3: begin
        acc_worker_17_i3 <= 0;
        acc_worker_17_odd3 <= 0;
        acc_worker_17_s3 <= 0;
        acc_worker_17_state <= stream_acc_worker_17_L2_fortest4_S0;
      end
      stream_acc_worker_17_L1_forelse6_S1: begin
        if (o_sum_ready == 1) begin
          o_sum_valid <= 0;
          acc_worker_17_state <= stream_acc_worker_17_L1_while2_S0;
        end
      end
      stream_acc_worker_17_L2_fortest4_S0: begin
        /* acc_worker_17_c153 <= (acc_worker_17_i3 < acc_worker_17_n); */
        if (acc_worker_17_c153) begin
          i_data_ready <= 1;
          acc_worker_17_state <= stream_acc_worker_17_L2_forbody5_S1;
        end else begin
          o_sum <= acc_worker_17_t163;
          o_sum_valid <= 1;
          /* acc_worker_17_t162 <= (acc_worker_17_s3 << 8); */
          /* acc_worker_17_t163 <= (acc_worker_17_t162 | acc_worker_17_odd3); */
          acc_worker_17_state <= stream_acc_worker_17_L1_forelse6_S1;
        end
      end
      stream_acc_worker_17_L2_forbody5_S1: begin
        if (i_data_valid == 1) begin
          acc_worker_17_x <= i_data;
          i_data_ready <= 0;
          acc_worker_17_state <= stream_acc_worker_17_L2_forbody5_S3;
        end
      end
      stream_acc_worker_17_L2_forbody5_S3: begin
        /* acc_worker_17_t154 <= (acc_worker_17_x & 1); */
        /* acc_worker_17_t156 <= (acc_worker_17_s3 * 3); */
        /* acc_worker_17_t159 <= (acc_worker_17_x >>> 1); */
        /* acc_worker_17_t158 <= (acc_worker_17_x & 1); */
        /* acc_worker_17_i4 <= (acc_worker_17_i3 + 1); */
        /* acc_worker_17_c155 <= (acc_worker_17_t154 != 0); */
        /* acc_worker_17_t157 <= (acc_worker_17_t156 + acc_worker_17_x); */
        /* acc_worker_17_t160 <= (acc_worker_17_s3 + acc_worker_17_t159); */
        /* acc_worker_17_odd4 <= (acc_worker_17_odd3 + acc_worker_17_t158); */
        /* acc_worker_17_c199 <= (acc_worker_17_c153 && acc_worker_17_c155); */
        /* acc_worker_17_s4 <= (acc_worker_17_t157 & 1048575); */
        /* acc_worker_17_c200 <= (acc_worker_17_c153 && !acc_worker_17_c155); */
        /* acc_worker_17_t161 <= (acc_worker_17_t160 + acc_worker_17_i3); */
        acc_worker_17_odd3 <= acc_worker_17_odd4;
        /* acc_worker_17_s5 <= (acc_worker_17_t161 & 1048575); */
        /* acc_worker_17_s6 <= acc_worker_17_c199 ? acc_worker_17_s4 : acc_worker_17_c200 ? acc_worker_17_s5 : 'bz; */
        acc_worker_17_i3 <= acc_worker_17_i4;
        acc_worker_17_s3 <= acc_worker_17_s6;
        acc_worker_17_state <= stream_acc_worker_17_L2_fortest4_S0;
      end
      endcase
    end
  end
  

endmodule

