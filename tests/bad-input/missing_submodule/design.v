module top(input clk, input a, output y);
  child u_child (.clk(clk), .a(a), .y(y));
endmodule
