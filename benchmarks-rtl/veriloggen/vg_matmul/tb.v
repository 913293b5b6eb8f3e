// Self-checking testbench for vg_matmul (hand-written source, not generated).
// A behavioural reference model computes the expected checksum for every call.
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg rst = 1'b1;
  reg start = 1'b0;
  reg [31:0] seed = 0;
  wire done;
  wire [31:0] result;

  vg_matmul dut (.CLK(clk), .RST(rst), .start(start), .seed(seed), .done(done), .result(result));

  integer a [0:15];
  integer b [0:15];
  integer exp_chk, t;

  task ref_model(input integer s);
    integer x, i, j, k, acc;
    begin
      x = s;
      for (k = 0; k < 16; k = k + 1) begin
        x = (x * 1103 + 12345) & 65535;
        a[k] = x & 15;
        x = (x * 1103 + 12345) & 65535;
        b[k] = (x >> 4) & 15;
      end
      exp_chk = 0;
      for (i = 0; i < 4; i = i + 1)
        for (j = 0; j < 4; j = j + 1) begin
          acc = 0;
          for (k = 0; k < 4; k = k + 1) acc = acc + a[i * 4 + k] * b[k * 4 + j];
          exp_chk = exp_chk + acc * (i * 4 + j + 1);
        end
    end
  endtask

  task run(input integer s);
    begin
      ref_model(s);
      seed <= s;
      @(posedge clk) start <= 1'b1;
      while (!done) @(posedge clk);
      if (result !== exp_chk) begin
        $display("ASSERTION FAILED: vg_matmul(seed=%0d) = %0d, expected %0d", s, result, exp_chk);
        $finish;
      end
      start <= 1'b0;
      while (done) @(posedge clk);
    end
  endtask

  initial begin
    repeat (5) @(posedge clk);
    rst <= 1'b0;
    for (t = 0; t < 12; t = t + 1) run(t * 101 + 3);
    $display("PASS");
    $finish;
  end

  initial begin
    #10000000 $display("ASSERTION FAILED: timeout");
    $finish;
  end
endmodule
