// A `disable` inside a case arm: idet turns `disable` into control flow only at the end of an
// `if` branch or of the block, and refuses it elsewhere by name.
module pick(input [1:0] s, input [3:0] a, output reg y);
  always @(*) begin
    y = 1'b0;
    begin: scan
      case (s)
        2'd0: begin y = a[0]; disable scan; end
        default: y = a[1];
      endcase
      y = ~y;
    end
  end
endmodule
