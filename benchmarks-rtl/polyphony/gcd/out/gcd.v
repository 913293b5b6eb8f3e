module gcd
  (
    input wire clk,
    input wire rst,
    input wire gcd_ready,
    input wire gcd_accept,
    output reg gcd_valid,
    input wire signed [31:0] gcd_in_a,
    input wire signed [31:0] gcd_in_b,
    output reg signed [31:0] gcd_out_0
  );

  //localparams
  localparam gcd_b1_INIT = 0;
  localparam gcd_b1_S0 = 1;
  localparam gcd_b1_S1 = 2;
  localparam gcd_b1_S2 = 3;
  localparam gcd_whileelse10_FINISH = 4;
  localparam gcd_L1_while2_S0 = 5;
  localparam gcd_L1_whilebody3_S0 = 6;
  localparam gcd_L1_whilebody3_S1 = 7;
  
  //signals: 
  wire c84;
  wire c85;
  wire c87;
  wire c88;
  reg        [3:0] gcd_state;
  wire signed [31:0] a3;
  wire signed [31:0] a4;
  wire signed [31:0] b3;
  wire signed [31:0] b4;
  reg signed [31:0] a1;
  reg signed [31:0] a2;
  reg signed [31:0] b1;
  reg signed [31:0] b2;
  //combinations: 
  assign a3 = (a2 - b2);
  assign a4 = c87 ? a3 : c88 ? a2 : 'bz;
  assign b3 = (b2 - a2);
  assign b4 = c87 ? b2 : c88 ? b3 : 'bz;
  assign c84 = (a2 != b2);
  assign c85 = (a2 > b2);
  assign c87 = (c84 && c85);
  assign c88 = (c84 && !c85);
  
  always @(posedge clk) begin
    if (rst) begin
      a1 <= 0;
      a2 <= 0;
      b1 <= 0;
      b2 <= 0;
      gcd_out_0 <= 0;
      gcd_state <= gcd_b1_INIT;
    end else begin //if (rst)
      case(gcd_state)
      gcd_b1_INIT: begin
        gcd_valid <= 0;
        if (gcd_ready == 1) begin
          a1 <= gcd_in_a;
          b1 <= gcd_in_b;
          gcd_state <= gcd_b1_S1;
        end
      end
      gcd_b1_S1: begin
        a2 <= a1;
        b2 <= b1;
        gcd_state <= gcd_L1_while2_S0;
      end
      gcd_L1_while2_S0: begin
        /* c84 <= (a2 != b2); */
        if (c84) begin
          /* c85 <= (a2 > b2); */
          /* a3 <= (a2 - b2); */
          /* b3 <= (b2 - a2); */
          /* c87 <= (c84 && c85); */
          /* c88 <= (c84 && !c85); */
          /* a4 <= c87 ? a3 : c88 ? a2 : 'bz; */
          /* b4 <= c87 ? b2 : c88 ? b3 : 'bz; */
          a2 <= a4;
          b2 <= b4;
          gcd_state <= gcd_L1_while2_S0;
        end else begin
          gcd_valid <= 1;
          if (gcd_accept == 1) begin
            gcd_state <= gcd_b1_INIT;
          end
          gcd_out_0 <= a2;
        end
      end
      endcase
    end
  end
  

endmodule

