// Self-checking testbench for vg_gcd (hand-written source, not generated).
// Expected gcd from the modulo form of Euclid's algorithm; expected step count
// from replaying the subtraction loop.
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg rst = 1'b1;
  reg start = 1'b0;
  reg [31:0] in_a = 0, in_b = 0;
  wire done;
  wire [31:0] result, steps;

  vg_gcd dut (.CLK(clk), .RST(rst), .start(start), .in_a(in_a), .in_b(in_b),
              .done(done), .result(result), .steps(steps));

  integer exp_g, exp_steps, t;

  task ref_model(input integer a0, input integer b0);
    integer x, y, r;
    begin
      x = a0; y = b0;
      while (y != 0) begin r = x % y; x = y; y = r; end
      exp_g = (a0 == 0) ? b0 : x;
      exp_steps = 0;
      if (a0 != 0 && b0 != 0) begin
        x = a0; y = b0;
        while (x != y) begin
          if (x > y) x = x - y; else y = y - x;
          exp_steps = exp_steps + 1;
        end
      end
    end
  endtask

  task run(input integer a0, input integer b0);
    begin
      ref_model(a0, b0);
      in_a <= a0; in_b <= b0;
      @(posedge clk) start <= 1'b1;
      while (!done) @(posedge clk);
      if (result !== exp_g || steps !== exp_steps) begin
        $display("ASSERTION FAILED: vg_gcd(%0d, %0d) = %0d/%0d, expected %0d/%0d",
                 a0, b0, result, steps, exp_g, exp_steps);
        $finish;
      end
      start <= 1'b0;
      while (done) @(posedge clk);
    end
  endtask

  initial begin
    repeat (5) @(posedge clk);
    rst <= 1'b0;
    run(0, 7);
    run(9, 0);
    run(48, 18);
    for (t = 0; t < 60; t = t + 1) run((t * 7919) % 1000 + 1, (t * 104729) % 700 + 1);
    $display("PASS");
    $finish;
  end

  initial begin
    #10000000 $display("ASSERTION FAILED: timeout");
    $finish;
  end
endmodule
