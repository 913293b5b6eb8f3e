// Self-checking testbench for vg_sum (hand-written source, not generated).
// A behavioural reference model computes the expected sum/count for every call.
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg rst = 1'b1;
  reg start = 1'b0;
  reg [31:0] seed = 0, n = 0, limit = 0;
  wire done;
  wire [31:0] result, count;

  vg_sum dut (.CLK(clk), .RST(rst), .start(start), .seed(seed), .n(n), .limit(limit),
              .done(done), .result(result), .count(count));

  integer a [0:63];
  integer exp_sum, exp_cnt, t;

  task ref_model(input integer s, input integer nn, input integer lim);
    integer x, k, stop;
    begin
      x = s;
      for (k = 0; k < 64; k = k + 1) begin
        x = (x * 1103 + 12345) & 65535;
        a[k] = x & 255;
      end
      exp_sum = 0; exp_cnt = 0; stop = 0;
      for (k = 0; k < nn && !stop; k = k + 1)
        if (exp_sum + a[k] > lim) stop = 1;
        else begin exp_sum = exp_sum + a[k]; exp_cnt = exp_cnt + 1; end
    end
  endtask

  task run(input integer s, input integer nn, input integer lim);
    begin
      ref_model(s, nn, lim);
      seed <= s; n <= nn; limit <= lim;
      @(posedge clk) start <= 1'b1;
      while (!done) @(posedge clk);
      if (result !== exp_sum || count !== exp_cnt) begin
        $display("ASSERTION FAILED: vg_sum(seed=%0d, n=%0d, limit=%0d) = %0d/%0d, expected %0d/%0d",
                 s, nn, lim, result, count, exp_sum, exp_cnt);
        $finish;
      end
      start <= 1'b0;
      while (done) @(posedge clk);
    end
  endtask

  initial begin
    repeat (5) @(posedge clk);
    rst <= 1'b0;
    for (t = 0; t < 24; t = t + 1)
      run(t * 37 + 1, 8 + (t * 7) % 57, (t % 3 == 0) ? 100000 : 600 + t * 211);
    $display("PASS");
    $finish;
  end

  initial begin
    #10000000 $display("ASSERTION FAILED: timeout");
    $finish;
  end
endmodule
