// HAND-WRITTEN frontend regression: this comment mentions translate_off (it says that the check below sits in a translate_off region) without being the directive; only the real `/* synthesis translate_off */` further down opens a region.
module counter (clk, rst, q);
input clk;
input rst;
output reg [3:0] q;
always @(posedge clk)
	if (rst) q <= 4'd0;
	else q <= q + 4'd1;
/* synthesis translate_off */
always @(posedge clk)
	if (q === 4'bx && !rst) $display("X");
/* synthesis translate_on */
endmodule
