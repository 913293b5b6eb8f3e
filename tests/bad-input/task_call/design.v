module t(input clk, output reg [3:0] q);
  task bump; begin q = q + 1; end endtask
  always @(posedge clk) bump;
endmodule
