

module vg_gcd
(
  input CLK,
  input RST,
  input start,
  input [32-1:0] in_a,
  input [32-1:0] in_b,
  output reg done,
  output reg [32-1:0] result,
  output reg [32-1:0] steps
);

  reg [32-1:0] th_kernel;
  localparam th_kernel_init = 0;
  reg signed [32-1:0] _th_kernel_a_0;
  reg signed [32-1:0] _th_kernel_b_1;
  reg signed [32-1:0] _th_kernel_c_2;
  localparam th_kernel_1 = 1;
  localparam th_kernel_2 = 2;
  localparam th_kernel_3 = 3;
  localparam th_kernel_4 = 4;
  localparam th_kernel_5 = 5;
  localparam th_kernel_6 = 6;
  localparam th_kernel_7 = 7;
  localparam th_kernel_8 = 8;
  localparam th_kernel_9 = 9;
  localparam th_kernel_10 = 10;
  localparam th_kernel_11 = 11;
  localparam th_kernel_12 = 12;
  localparam th_kernel_13 = 13;
  localparam th_kernel_14 = 14;
  localparam th_kernel_15 = 15;
  localparam th_kernel_16 = 16;
  localparam th_kernel_17 = 17;
  localparam th_kernel_18 = 18;
  localparam th_kernel_19 = 19;
  localparam th_kernel_20 = 20;
  localparam th_kernel_21 = 21;
  localparam th_kernel_22 = 22;
  localparam th_kernel_23 = 23;
  localparam th_kernel_24 = 24;
  localparam th_kernel_25 = 25;

  always @(posedge CLK) begin
    if(RST) begin
      th_kernel <= th_kernel_init;
      _th_kernel_a_0 <= 0;
      _th_kernel_b_1 <= 0;
      _th_kernel_c_2 <= 0;
      result <= 0;
      steps <= 0;
      done <= 0;
    end else begin
      case(th_kernel)
        th_kernel_init: begin
          th_kernel <= th_kernel_1;
        end
        th_kernel_1: begin
          if(1) begin
            th_kernel <= th_kernel_2;
          end else begin
            th_kernel <= th_kernel_25;
          end
        end
        th_kernel_2: begin
          if(start == 0) begin
            th_kernel <= th_kernel_3;
          end else begin
            th_kernel <= th_kernel_4;
          end
        end
        th_kernel_3: begin
          th_kernel <= th_kernel_2;
        end
        th_kernel_4: begin
          _th_kernel_a_0 <= in_a;
          th_kernel <= th_kernel_5;
        end
        th_kernel_5: begin
          _th_kernel_b_1 <= in_b;
          th_kernel <= th_kernel_6;
        end
        th_kernel_6: begin
          _th_kernel_c_2 <= 0;
          th_kernel <= th_kernel_7;
        end
        th_kernel_7: begin
          if(_th_kernel_a_0 == 0) begin
            th_kernel <= th_kernel_8;
          end else begin
            th_kernel <= th_kernel_10;
          end
        end
        th_kernel_8: begin
          _th_kernel_a_0 <= _th_kernel_b_1;
          th_kernel <= th_kernel_9;
        end
        th_kernel_9: begin
          th_kernel <= th_kernel_18;
        end
        th_kernel_10: begin
          if(_th_kernel_b_1 != 0) begin
            th_kernel <= th_kernel_11;
          end else begin
            th_kernel <= th_kernel_18;
          end
        end
        th_kernel_11: begin
          if(_th_kernel_a_0 != _th_kernel_b_1) begin
            th_kernel <= th_kernel_12;
          end else begin
            th_kernel <= th_kernel_18;
          end
        end
        th_kernel_12: begin
          if(_th_kernel_a_0 > _th_kernel_b_1) begin
            th_kernel <= th_kernel_13;
          end else begin
            th_kernel <= th_kernel_15;
          end
        end
        th_kernel_13: begin
          _th_kernel_a_0 <= _th_kernel_a_0 - _th_kernel_b_1;
          th_kernel <= th_kernel_14;
        end
        th_kernel_14: begin
          th_kernel <= th_kernel_16;
        end
        th_kernel_15: begin
          _th_kernel_b_1 <= _th_kernel_b_1 - _th_kernel_a_0;
          th_kernel <= th_kernel_16;
        end
        th_kernel_16: begin
          _th_kernel_c_2 <= _th_kernel_c_2 + 1;
          th_kernel <= th_kernel_17;
        end
        th_kernel_17: begin
          th_kernel <= th_kernel_11;
        end
        th_kernel_18: begin
          result <= _th_kernel_a_0;
          th_kernel <= th_kernel_19;
        end
        th_kernel_19: begin
          steps <= _th_kernel_c_2;
          th_kernel <= th_kernel_20;
        end
        th_kernel_20: begin
          done <= 1;
          th_kernel <= th_kernel_21;
        end
        th_kernel_21: begin
          if(start == 1) begin
            th_kernel <= th_kernel_22;
          end else begin
            th_kernel <= th_kernel_23;
          end
        end
        th_kernel_22: begin
          th_kernel <= th_kernel_21;
        end
        th_kernel_23: begin
          done <= 0;
          th_kernel <= th_kernel_24;
        end
        th_kernel_24: begin
          th_kernel <= th_kernel_1;
        end
      endcase
    end
  end


endmodule

