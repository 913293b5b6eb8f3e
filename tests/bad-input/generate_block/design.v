module g(input clk, input [3:0] d, output reg [3:0] q);
  genvar k;
  generate for (k = 0; k < 4; k = k + 1) begin : g0
    always @(posedge clk) q[k] <= d[k];
  end endgenerate
endmodule
