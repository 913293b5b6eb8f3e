module mac_pipe
  (
    input wire clk,
    input wire rst,
    input wire mac_pipe_ready,
    input wire mac_pipe_accept,
    output reg mac_pipe_valid,
    input wire signed [31:0] mac_pipe_in_seed,
    input wire signed [31:0] mac_pipe_in_n,
    output reg signed [31:0] mac_pipe_out_0
  );

  //localparams
  localparam mac_pipe_b1_INIT = 0;
  localparam mac_pipe_b1_S0 = 1;
  localparam mac_pipe_b1_S1 = 2;
  localparam mac_pipe_forelse5_S0 = 3;
  localparam mac_pipe_forelse5_S1 = 4;
  localparam mac_pipe_exit7_FINISH = 5;
  localparam mac_pipe_L1_fortest2_P = 6;
  
  //signals: 
  wire c83;
  wire mac_pipe_L1_fortest2_P_0_enable;
  wire mac_pipe_L1_fortest2_P_0_ready;
  reg mac_pipe_L1_fortest2_P_0_exit;
  reg mac_pipe_L1_fortest2_P_0_last;
  reg mac_pipe_L1_fortest2_P_state;
  reg        [2:0] mac_pipe_state;
  wire signed [31:0] i3;
  wire signed [31:0] s3;
  wire signed [31:0] t84;
  wire signed [31:0] t85;
  wire signed [31:0] t86;
  wire signed [31:0] t87;
  wire signed [31:0] t88;
  wire signed [31:0] x;
  wire signed [31:0] y;
  reg signed [31:0] i2;
  reg signed [31:0] n;
  reg signed [31:0] s2;
  reg signed [31:0] seed;
  //combinations: 
  assign c83 = (i2 < n);
  assign i3 = (i2 + 1);
  assign mac_pipe_L1_fortest2_P_0_enable = (i2 < n);
  assign mac_pipe_L1_fortest2_P_0_ready = (1 & mac_pipe_L1_fortest2_P_0_enable);
  assign s3 = (s2 + t88);
  assign t84 = (i2 * 75);
  assign t85 = (t84 + seed);
  assign t86 = (i2 * 31);
  assign t87 = (t86 + seed);
  assign t88 = (x * y);
  assign x = (t85 & 1023);
  assign y = (t87 & 511);
  
  always @(posedge clk) begin
    if (rst) begin
      i2 <= 0;
      mac_pipe_L1_fortest2_P_0_exit <= 0;
      mac_pipe_L1_fortest2_P_0_last <= 0;
      mac_pipe_L1_fortest2_P_state <= 0;
      mac_pipe_out_0 <= 0;
      n <= 0;
      s2 <= 0;
      seed <= 0;
      mac_pipe_state <= mac_pipe_b1_INIT;
    end else begin //if (rst)
      case(mac_pipe_state)
      mac_pipe_b1_INIT: begin
        mac_pipe_valid <= 0;
        if (mac_pipe_ready == 1) begin
          seed <= mac_pipe_in_seed;
          n <= mac_pipe_in_n;
          i2 <= 0;
          s2 <= 0;
          mac_pipe_state <= mac_pipe_L1_fortest2_P;
        end
      end
      mac_pipe_forelse5_S0: begin
        mac_pipe_out_0 <= s2;
        mac_pipe_state <= mac_pipe_exit7_FINISH;
      end
      mac_pipe_exit7_FINISH: begin
        mac_pipe_valid <= 1;
        if (mac_pipe_accept == 1) begin
          mac_pipe_state <= mac_pipe_b1_INIT;
        end
      end
      mac_pipe_L1_fortest2_P: begin
        case (mac_pipe_L1_fortest2_P_state)
          0: begin
            /*** mac_pipe_L1_fortest2_P_0 ***/
            /* mac_pipe_L1_fortest2_P_0_enable <= (i2 < n); */
            if (mac_pipe_L1_fortest2_P_0_ready) begin
              i2 <= i3;
              s2 <= s3;
            end
            /* c83 <= (i2 < n); */
            /* t84 <= (i2 * 75); */
            /* t86 <= (i2 * 31); */
            /* i3 <= (i2 + 1); */
            /* t85 <= (t84 + seed); */
            /* t87 <= (t86 + seed); */
            /* x <= (t85 & 1023); */
            /* y <= (t87 & 511); */
            /* t88 <= (x * y); */
            /* s3 <= (s2 + t88); */
            /* mac_pipe_L1_fortest2_P_0_ready <= (1 & mac_pipe_L1_fortest2_P_0_enable); */
            mac_pipe_L1_fortest2_P_0_last <= ~(i2 < n);
            if (mac_pipe_L1_fortest2_P_0_last || ~(0 < n)) begin
              mac_pipe_L1_fortest2_P_0_exit <= 1;
            end
            
            mac_pipe_L1_fortest2_P_state <= 0;
          end
        endcase
        if (mac_pipe_L1_fortest2_P_0_exit) begin
          mac_pipe_L1_fortest2_P_0_last <= 0;
          mac_pipe_L1_fortest2_P_state <= 0;
          mac_pipe_L1_fortest2_P_0_exit <= 0;
          mac_pipe_state <= mac_pipe_forelse5_S0;
        end
      end
      endcase
    end
  end
  

endmodule

