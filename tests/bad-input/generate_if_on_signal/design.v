// A generate-if whose condition is a signal, not a parameter: nothing to elaborate.
module pick(input clk, input mode, input [3:0] d, output reg [3:0] q);
  generate
    if (mode) begin : fast
      always @(posedge clk) q <= d;
    end else begin : slow
      always @(posedge clk) q <= ~d;
    end
  endgenerate
endmodule
