module fib_exit
  (
    input wire clk,
    input wire rst,
    input wire fib_exit_ready,
    input wire fib_exit_accept,
    output reg fib_exit_valid,
    input wire signed [31:0] fib_exit_in_limit,
    output reg signed [31:0] fib_exit_out_0
  );

  //localparams
  localparam fib_exit_b1_INIT = 0;
  localparam fib_exit_b1_S0 = 1;
  localparam fib_exit_b1_S1 = 2;
  localparam fib_exit_ifthen4_S0 = 3;
  localparam fib_exit_exit12_FINISH = 4;
  localparam fib_exit_L1_fortest2_S0 = 5;
  localparam fib_exit_L1_forbody3_S0 = 6;
  localparam fib_exit_L1_ifelse7_S0 = 7;
  localparam fib_exit_L1_ifelse7_S1 = 8;
  
  //signals: 
  wire c104;
  wire c105;
  wire c82;
  wire c83;
  wire c85;
  wire c86;
  reg        [3:0] fib_exit_state;
  wire signed [31:0] k3;
  wire signed [31:0] t;
  reg signed [31:0] a2;
  reg signed [31:0] b2;
  reg signed [31:0] k2;
  reg signed [31:0] limit;
  //combinations: 
  assign c104 = (c82 && c83);
  assign c105 = (c82 && !c83);
  assign c82 = (k2 < 45);
  assign c83 = (b2 > limit);
  assign c85 = (c82 && c83);
  assign c86 = (c82 && !c83);
  assign k3 = (k2 + 1);
  assign t = (a2 + b2);
  
  always @(posedge clk) begin
    if (rst) begin
      a2 <= 0;
      b2 <= 0;
      fib_exit_out_0 <= 0;
      k2 <= 0;
      limit <= 0;
      fib_exit_state <= fib_exit_b1_INIT;
    end else begin //if (rst)
      case(fib_exit_state)
      fib_exit_b1_INIT: begin
        fib_exit_valid <= 0;
        if (fib_exit_ready == 1) begin
          limit <= fib_exit_in_limit;
          a2 <= 0;
          k2 <= 0;
          b2 <= 1;
          fib_exit_state <= fib_exit_L1_fortest2_S0;
        end
      end
      fib_exit_exit12_FINISH: begin
        fib_exit_valid <= 1;
        if (fib_exit_accept == 1) begin
          fib_exit_state <= fib_exit_b1_INIT;
        end
        fib_exit_out_0 <= c85 ? k2 : 1 ? -1 : 'bz;
      end
      fib_exit_L1_fortest2_S0: begin
        /* c82 <= (k2 < 45); */
        if (c82) begin
          /* c83 <= (b2 > limit); */
          if (c83) begin
            /* c104 <= (c82 && c83); */
            /* c85 <= (c82 && c83); */
            fib_exit_state <= fib_exit_exit12_FINISH;
          end else begin
            /* t <= (a2 + b2); */
            /* k3 <= (k2 + 1); */
            /* c105 <= (c82 && !c83); */
            /* c86 <= (c82 && !c83); */
            a2 <= b2;
            k2 <= k3;
            b2 <= t;
            fib_exit_state <= fib_exit_L1_fortest2_S0;
          end
        end else begin
          fib_exit_valid <= 1;
          if (fib_exit_accept == 1) begin
            fib_exit_state <= fib_exit_b1_INIT;
          end
          fib_exit_out_0 <= c85 ? k2 : 1 ? -1 : 'bz;
        end
      end
      endcase
    end
  end
  

endmodule

