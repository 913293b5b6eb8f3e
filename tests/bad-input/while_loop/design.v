// A `while` loop in procedural code: only for/repeat loops with constant bounds are unrolled.
module popcount(input clk, input [7:0] word, output reg [3:0] ones);
  reg [7:0] rest;
  always @(posedge clk) begin
    rest = word;
    ones = 4'd0;
    while (rest != 8'd0) begin
      {rest, ones} = {rest >> 1, ones + rest[0]};
    end
  end
endmodule
