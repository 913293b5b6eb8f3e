`include "no_such_file.vh"
module i(input clk);
endmodule
