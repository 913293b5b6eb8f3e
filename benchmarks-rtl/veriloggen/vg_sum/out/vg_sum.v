

module vg_sum
(
  input CLK,
  input RST,
  input start,
  input [32-1:0] seed,
  input [32-1:0] n,
  input [32-1:0] limit,
  output reg done,
  output reg [32-1:0] result,
  output reg [32-1:0] count
);

  wire [6-1:0] ram_a_0_addr;
  wire [32-1:0] ram_a_0_rdata;
  wire [32-1:0] ram_a_0_wdata;
  wire ram_a_0_wenable;
  wire ram_a_0_enable;

  ram_a
  inst_ram_a
  (
    .CLK(CLK),
    .ram_a_0_addr(ram_a_0_addr),
    .ram_a_0_rdata(ram_a_0_rdata),
    .ram_a_0_wdata(ram_a_0_wdata),
    .ram_a_0_wenable(ram_a_0_wenable),
    .ram_a_0_enable(ram_a_0_enable)
  );

  reg [32-1:0] th_kernel;
  localparam th_kernel_init = 0;
  reg signed [32-1:0] _th_kernel_x_0;
  reg signed [32-1:0] _th_kernel_i_1;
  assign ram_a_0_wdata = (th_kernel == 8)? _th_kernel_x_0 & 255 : 'hx;
  assign ram_a_0_wenable = (th_kernel == 8)? 1'd1 : 0;
  reg signed [32-1:0] _th_kernel_s_2;
  reg signed [32-1:0] _th_kernel_c_3;
  assign ram_a_0_addr = (th_kernel == 14)? _th_kernel_i_1 : 
                        (th_kernel == 8)? _th_kernel_i_1 : 'hx;
  assign ram_a_0_enable = (th_kernel == 14)? 1'd1 : 
                          (th_kernel == 8)? 1'd1 : 0;
  localparam _tmp_0 = 1;
  wire [_tmp_0-1:0] _tmp_1;
  assign _tmp_1 = th_kernel == 14;
  reg [_tmp_0-1:0] __tmp_1_1;
  reg signed [32-1:0] read_rdata_2;
  reg signed [32-1:0] _th_kernel_v_4;

  always @(posedge CLK) begin
    if(RST) begin
      __tmp_1_1 <= 0;
    end else begin
      __tmp_1_1 <= _tmp_1;
    end
  end

  localparam th_kernel_1 = 1;
  localparam th_kernel_2 = 2;
  localparam th_kernel_3 = 3;
  localparam th_kernel_4 = 4;
  localparam th_kernel_5 = 5;
  localparam th_kernel_6 = 6;
  localparam th_kernel_7 = 7;
  localparam th_kernel_8 = 8;
  localparam th_kernel_9 = 9;
  localparam th_kernel_10 = 10;
  localparam th_kernel_11 = 11;
  localparam th_kernel_12 = 12;
  localparam th_kernel_13 = 13;
  localparam th_kernel_14 = 14;
  localparam th_kernel_15 = 15;
  localparam th_kernel_16 = 16;
  localparam th_kernel_17 = 17;
  localparam th_kernel_18 = 18;
  localparam th_kernel_19 = 19;
  localparam th_kernel_20 = 20;
  localparam th_kernel_21 = 21;
  localparam th_kernel_22 = 22;
  localparam th_kernel_23 = 23;
  localparam th_kernel_24 = 24;
  localparam th_kernel_25 = 25;
  localparam th_kernel_26 = 26;
  localparam th_kernel_27 = 27;
  localparam th_kernel_28 = 28;

  always @(posedge CLK) begin
    if(RST) begin
      th_kernel <= th_kernel_init;
      _th_kernel_x_0 <= 0;
      _th_kernel_i_1 <= 0;
      _th_kernel_s_2 <= 0;
      _th_kernel_c_3 <= 0;
      read_rdata_2 <= 0;
      _th_kernel_v_4 <= 0;
      result <= 0;
      count <= 0;
      done <= 0;
    end else begin
      case(th_kernel)
        th_kernel_init: begin
          th_kernel <= th_kernel_1;
        end
        th_kernel_1: begin
          if(1) begin
            th_kernel <= th_kernel_2;
          end else begin
            th_kernel <= th_kernel_28;
          end
        end
        th_kernel_2: begin
          if(start == 0) begin
            th_kernel <= th_kernel_3;
          end else begin
            th_kernel <= th_kernel_4;
          end
        end
        th_kernel_3: begin
          th_kernel <= th_kernel_2;
        end
        th_kernel_4: begin
          _th_kernel_x_0 <= seed;
          th_kernel <= th_kernel_5;
        end
        th_kernel_5: begin
          _th_kernel_i_1 <= 0;
          th_kernel <= th_kernel_6;
        end
        th_kernel_6: begin
          if(_th_kernel_i_1 < 64) begin
            th_kernel <= th_kernel_7;
          end else begin
            th_kernel <= th_kernel_10;
          end
        end
        th_kernel_7: begin
          _th_kernel_x_0 <= _th_kernel_x_0 * 1103 + 12345 & 65535;
          th_kernel <= th_kernel_8;
        end
        th_kernel_8: begin
          th_kernel <= th_kernel_9;
        end
        th_kernel_9: begin
          _th_kernel_i_1 <= _th_kernel_i_1 + 1;
          th_kernel <= th_kernel_6;
        end
        th_kernel_10: begin
          _th_kernel_s_2 <= 0;
          th_kernel <= th_kernel_11;
        end
        th_kernel_11: begin
          _th_kernel_c_3 <= 0;
          th_kernel <= th_kernel_12;
        end
        th_kernel_12: begin
          _th_kernel_i_1 <= 0;
          th_kernel <= th_kernel_13;
        end
        th_kernel_13: begin
          if(_th_kernel_i_1 < n) begin
            th_kernel <= th_kernel_14;
          end else begin
            th_kernel <= th_kernel_21;
          end
        end
        th_kernel_14: begin
          if(__tmp_1_1) begin
            read_rdata_2 <= ram_a_0_rdata;
          end 
          if(__tmp_1_1) begin
            th_kernel <= th_kernel_15;
          end 
        end
        th_kernel_15: begin
          _th_kernel_v_4 <= read_rdata_2;
          th_kernel <= th_kernel_16;
        end
        th_kernel_16: begin
          if(_th_kernel_s_2 + _th_kernel_v_4 > limit) begin
            th_kernel <= th_kernel_17;
          end else begin
            th_kernel <= th_kernel_18;
          end
        end
        th_kernel_17: begin
          th_kernel <= th_kernel_21;
        end
        th_kernel_18: begin
          _th_kernel_s_2 <= _th_kernel_s_2 + _th_kernel_v_4;
          th_kernel <= th_kernel_19;
        end
        th_kernel_19: begin
          _th_kernel_c_3 <= _th_kernel_c_3 + 1;
          th_kernel <= th_kernel_20;
        end
        th_kernel_20: begin
          _th_kernel_i_1 <= _th_kernel_i_1 + 1;
          th_kernel <= th_kernel_13;
        end
        th_kernel_21: begin
          result <= _th_kernel_s_2;
          th_kernel <= th_kernel_22;
        end
        th_kernel_22: begin
          count <= _th_kernel_c_3;
          th_kernel <= th_kernel_23;
        end
        th_kernel_23: begin
          done <= 1;
          th_kernel <= th_kernel_24;
        end
        th_kernel_24: begin
          if(start == 1) begin
            th_kernel <= th_kernel_25;
          end else begin
            th_kernel <= th_kernel_26;
          end
        end
        th_kernel_25: begin
          th_kernel <= th_kernel_24;
        end
        th_kernel_26: begin
          done <= 0;
          th_kernel <= th_kernel_27;
        end
        th_kernel_27: begin
          th_kernel <= th_kernel_1;
        end
      endcase
    end
  end


endmodule



module ram_a
(
  input CLK,
  input [6-1:0] ram_a_0_addr,
  output [32-1:0] ram_a_0_rdata,
  input [32-1:0] ram_a_0_wdata,
  input ram_a_0_wenable,
  input ram_a_0_enable
);

  reg [32-1:0] ram_a_0_rdata_out;
  assign ram_a_0_rdata = ram_a_0_rdata_out;
  reg [32-1:0] mem [0:64-1];

  always @(posedge CLK) begin
    if(ram_a_0_enable) begin
      if(ram_a_0_wenable) begin
        mem[ram_a_0_addr] <= ram_a_0_wdata;
        ram_a_0_rdata_out <= ram_a_0_wdata;
      end else begin
        ram_a_0_rdata_out <= mem[ram_a_0_addr];
      end
    end 
  end


endmodule

