module broken(input clk, output reg q);
  always @(posedge clk) begin
    q <= ;
  end
endmodule
