// A procedural `for` loop (as in tests/fixtures/memory_array before it was unrolled): refused by name.
module loopy(input clk, input [31:0] word, output reg [31:0] rdata);
  reg [7:0] mem [0:3];
  integer i;
  always @(posedge clk) begin
    for (i = 0; i < 4; i = i + 1)
      rdata[i*8 +: 8] <= mem[i];
  end
endmodule
