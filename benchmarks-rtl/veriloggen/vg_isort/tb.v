// Self-checking testbench for vg_isort (hand-written source, not generated).
// The reference model sorts with a different algorithm (selection sort).
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg rst = 1'b1;
  reg start = 1'b0;
  reg [31:0] seed = 0, n = 0;
  wire done;
  wire [31:0] result;

  vg_isort dut (.CLK(clk), .RST(rst), .start(start), .seed(seed), .n(n), .done(done), .result(result));

  integer a [0:31];
  integer exp_chk, t;

  task ref_model(input integer s, input integer nn);
    integer x, i, j, m, tmp;
    begin
      x = s;
      for (i = 0; i < 32; i = i + 1) begin
        x = (x * 1103 + 12345) & 65535;
        a[i] = (x >> 3) & 255;
      end
      for (i = 0; i < nn; i = i + 1) begin
        m = i;
        for (j = i + 1; j < nn; j = j + 1) if (a[j] < a[m]) m = j;
        tmp = a[i]; a[i] = a[m]; a[m] = tmp;
      end
      exp_chk = 0;
      for (i = 0; i < nn; i = i + 1) exp_chk = exp_chk + a[i] * (i + 1);
    end
  endtask

  task run(input integer s, input integer nn);
    begin
      ref_model(s, nn);
      seed <= s; n <= nn;
      @(posedge clk) start <= 1'b1;
      while (!done) @(posedge clk);
      if (result !== exp_chk) begin
        $display("ASSERTION FAILED: vg_isort(seed=%0d, n=%0d) = %0d, expected %0d", s, nn, result, exp_chk);
        $finish;
      end
      start <= 1'b0;
      while (done) @(posedge clk);
    end
  endtask

  initial begin
    repeat (5) @(posedge clk);
    rst <= 1'b0;
    for (t = 0; t < 16; t = t + 1) run(t * 71 + 5, 1 + (t * 13) % 32);
    $display("PASS");
    $finish;
  end

  initial begin
    #10000000 $display("ASSERTION FAILED: timeout");
    $finish;
  end
endmodule
