// A procedural for loop whose bound is a signal in a form idet does not bound (`i != n`): it
// cannot be unrolled (`i < n` with an unsigned `n` is unrolled up to n's largest value).
module partial_sum(input clk, input [2:0] n, input [31:0] word, output reg [7:0] sum);
  integer i;
  always @(posedge clk) begin
    sum = 8'd0;
    for (i = 0; i != n; i = i + 1)
      sum = sum + word[i*4 +: 4];
  end
endmodule
