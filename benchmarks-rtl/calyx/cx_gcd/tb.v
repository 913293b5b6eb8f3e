// Self-checking testbench for cx_gcd (hand-written, not generated). Calyx protocol: `go` held
// high until `done` pulses for one cycle; `out` is read in that cycle.
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg reset = 1'b1;
  reg go = 1'b0;
  reg [31:0] x = 0, y = 0;
  wire done;
  wire [31:0] out;

  main dut (.x(x), .y(y), .out(out), .go(go), .clk(clk), .reset(reset), .done(done));

  integer i, a0, b0, g, r, runs;
  initial begin
    runs = 0;
    repeat (3) @(posedge clk);
    reset <= 1'b0;
    for (i = 0; i < 60; i = i + 1) begin
      a0 = 1 + ($unsigned($random) % 300);
      b0 = 1 + ($unsigned($random) % 300);
      g = a0; r = b0;
      while (r != 0) {g, r} = {r, g % r};
      x <= a0; y <= b0;
      @(posedge clk) go <= 1'b1;
      @(posedge clk);
      while (!done) @(posedge clk);
      if (out !== g) begin
        $display("ASSERTION FAILED: cx_gcd(%0d, %0d) = %0d, expected %0d", a0, b0, out, g);
        $finish;
      end
      go <= 1'b0;
      @(posedge clk);
      runs = runs + 1;
    end
    $display("runs=%0d", runs);
    $display("PASS");
    $finish;
  end
endmodule
