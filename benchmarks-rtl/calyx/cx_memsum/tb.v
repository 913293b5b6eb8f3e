// Self-checking testbench for cx_memsum (hand-written, not generated). Calyx protocol: `go` held
// high until `done` pulses for one cycle; `out` is read in that cycle.
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg reset = 1'b1;
  reg go = 1'b0;
  reg [31:0] n = 0;
  wire done;
  wire [31:0] out;

  main dut (.n(n), .out(out), .go(go), .clk(clk), .reset(reset), .done(done));

  integer i, k, want, runs;
  initial begin
    runs = 0;
    repeat (3) @(posedge clk);
    reset <= 1'b0;
    for (i = 0; i < 40; i = i + 1) begin
      n <= $unsigned($random) % 9;
      @(posedge clk);
      want = 0;
      for (k = 0; k < n; k = k + 1) want = want + 1 + 3 * k;
      go <= 1'b1;
      @(posedge clk);
      while (!done) @(posedge clk);
      if (out !== want) begin
        $display("ASSERTION FAILED: cx_memsum(%0d) = %0d, expected %0d", n, out, want);
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
