// Self-checking testbench for vg_bsearch (hand-written source, not generated).
// The reference model rebuilds the table, finds the key by linear scan (expected
// index) and replays the binary search to get the expected probe count.
module tb;
  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg rst = 1'b1;
  reg start = 1'b0;
  reg [31:0] seed = 0, key = 0;
  wire done;
  wire [31:0] result, probes;

  vg_bsearch dut (.CLK(clk), .RST(rst), .start(start), .seed(seed), .key(key),
                  .done(done), .result(result), .probes(probes));

  integer tab [0:63];
  integer exp_idx, exp_probes, t, k;

  task build(input integer s);
    integer x, acc;
    begin
      x = s; acc = 0;
      for (k = 0; k < 64; k = k + 1) begin
        x = (x * 1103 + 12345) & 65535;
        acc = acc + ((x >> 6) & 15) + 1;
        tab[k] = acc;
      end
    end
  endtask

  task ref_model(input integer kk);
    integer lo, hi, mid, stop;
    begin
      exp_idx = -1;
      for (k = 0; k < 64; k = k + 1) if (tab[k] == kk) exp_idx = k;
      lo = 0; hi = 63; exp_probes = 0; stop = 0;
      while (lo <= hi && !stop) begin
        mid = (lo + hi) >> 1;
        exp_probes = exp_probes + 1;
        if (tab[mid] == kk) stop = 1;
        else if (tab[mid] < kk) lo = mid + 1;
        else hi = mid - 1;
      end
    end
  endtask

  task run(input integer s, input integer kk);
    begin
      build(s);
      ref_model(kk);
      seed <= s; key <= kk;
      @(posedge clk) start <= 1'b1;
      while (!done) @(posedge clk);
      if (result !== exp_idx || probes !== exp_probes) begin
        $display("ASSERTION FAILED: vg_bsearch(seed=%0d, key=%0d) = %0d/%0d, expected %0d/%0d",
                 s, kk, $signed(result), probes, exp_idx, exp_probes);
        $finish;
      end
      start <= 1'b0;
      while (done) @(posedge clk);
    end
  endtask

  initial begin
    repeat (5) @(posedge clk);
    rst <= 1'b0;
    for (t = 0; t < 24; t = t + 1) begin
      build(t * 53 + 9);
      // even t: a key that is in the table; odd t: one that may be absent
      run(t * 53 + 9, (t % 2 == 0) ? tab[(t * 7) % 64] : tab[(t * 5) % 64] + 1);
    end
    run(1, 0);       // below the smallest entry
    run(1, 100000);  // above the largest entry
    $display("PASS");
    $finish;
  end

  initial begin
    #10000000 $display("ASSERTION FAILED: timeout");
    $finish;
  end
endmodule
