

module vg_matmul
(
  input CLK,
  input RST,
  input start,
  input [32-1:0] seed,
  output reg done,
  output reg [32-1:0] result
);

  wire [4-1:0] ram_a_0_addr;
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

  wire [4-1:0] ram_b_0_addr;
  wire [32-1:0] ram_b_0_rdata;
  wire [32-1:0] ram_b_0_wdata;
  wire ram_b_0_wenable;
  wire ram_b_0_enable;

  ram_b
  inst_ram_b
  (
    .CLK(CLK),
    .ram_b_0_addr(ram_b_0_addr),
    .ram_b_0_rdata(ram_b_0_rdata),
    .ram_b_0_wdata(ram_b_0_wdata),
    .ram_b_0_wenable(ram_b_0_wenable),
    .ram_b_0_enable(ram_b_0_enable)
  );

  wire [4-1:0] ram_c_0_addr;
  wire [32-1:0] ram_c_0_rdata;
  wire [32-1:0] ram_c_0_wdata;
  wire ram_c_0_wenable;
  wire ram_c_0_enable;

  ram_c
  inst_ram_c
  (
    .CLK(CLK),
    .ram_c_0_addr(ram_c_0_addr),
    .ram_c_0_rdata(ram_c_0_rdata),
    .ram_c_0_wdata(ram_c_0_wdata),
    .ram_c_0_wenable(ram_c_0_wenable),
    .ram_c_0_enable(ram_c_0_enable)
  );

  reg [32-1:0] th_kernel;
  localparam th_kernel_init = 0;
  reg signed [32-1:0] _th_kernel_x_0;
  reg signed [32-1:0] _th_kernel_k_1;
  assign ram_a_0_wdata = (th_kernel == 8)? _th_kernel_x_0 & 15 : 'hx;
  assign ram_a_0_wenable = (th_kernel == 8)? 1'd1 : 0;
  assign ram_b_0_wdata = (th_kernel == 10)? (_th_kernel_x_0 >>> 4) & 15 : 'hx;
  assign ram_b_0_wenable = (th_kernel == 10)? 1'd1 : 0;
  reg signed [32-1:0] _th_kernel_i_2;
  reg signed [32-1:0] _th_kernel_j_3;
  reg signed [32-1:0] _th_kernel_s_4;
  assign ram_a_0_addr = (th_kernel == 19)? (_th_kernel_i_2 << 2) + _th_kernel_k_1 : 
                        (th_kernel == 8)? _th_kernel_k_1 : 'hx;
  assign ram_a_0_enable = (th_kernel == 19)? 1'd1 : 
                          (th_kernel == 8)? 1'd1 : 0;
  localparam _tmp_0 = 1;
  wire [_tmp_0-1:0] _tmp_1;
  assign _tmp_1 = th_kernel == 19;
  reg [_tmp_0-1:0] __tmp_1_1;
  reg signed [32-1:0] read_rdata_2;
  reg signed [32-1:0] _th_kernel_a_5;
  assign ram_b_0_addr = (th_kernel == 21)? (_th_kernel_k_1 << 2) + _th_kernel_j_3 : 
                        (th_kernel == 10)? _th_kernel_k_1 : 'hx;
  assign ram_b_0_enable = (th_kernel == 21)? 1'd1 : 
                          (th_kernel == 10)? 1'd1 : 0;
  localparam _tmp_3 = 1;
  wire [_tmp_3-1:0] _tmp_4;
  assign _tmp_4 = th_kernel == 21;
  reg [_tmp_3-1:0] __tmp_4_1;
  reg signed [32-1:0] read_rdata_5;
  reg signed [32-1:0] _th_kernel_b_6;
  assign ram_c_0_wdata = (th_kernel == 25)? _th_kernel_s_4 : 'hx;
  assign ram_c_0_wenable = (th_kernel == 25)? 1'd1 : 0;
  reg signed [32-1:0] _th_kernel_chk_7;
  assign ram_c_0_addr = (th_kernel == 31)? _th_kernel_k_1 : 
                        (th_kernel == 25)? (_th_kernel_i_2 << 2) + _th_kernel_j_3 : 'hx;
  assign ram_c_0_enable = (th_kernel == 31)? 1'd1 : 
                          (th_kernel == 25)? 1'd1 : 0;
  localparam _tmp_6 = 1;
  wire [_tmp_6-1:0] _tmp_7;
  assign _tmp_7 = th_kernel == 31;
  reg [_tmp_6-1:0] __tmp_7_1;
  reg signed [32-1:0] read_rdata_8;
  reg signed [32-1:0] _th_kernel_c_8;

  always @(posedge CLK) begin
    if(RST) begin
      __tmp_1_1 <= 0;
    end else begin
      __tmp_1_1 <= _tmp_1;
    end
  end


  always @(posedge CLK) begin
    if(RST) begin
      __tmp_4_1 <= 0;
    end else begin
      __tmp_4_1 <= _tmp_4;
    end
  end


  always @(posedge CLK) begin
    if(RST) begin
      __tmp_7_1 <= 0;
    end else begin
      __tmp_7_1 <= _tmp_7;
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
  localparam th_kernel_29 = 29;
  localparam th_kernel_30 = 30;
  localparam th_kernel_31 = 31;
  localparam th_kernel_32 = 32;
  localparam th_kernel_33 = 33;
  localparam th_kernel_34 = 34;
  localparam th_kernel_35 = 35;
  localparam th_kernel_36 = 36;
  localparam th_kernel_37 = 37;
  localparam th_kernel_38 = 38;
  localparam th_kernel_39 = 39;
  localparam th_kernel_40 = 40;
  localparam th_kernel_41 = 41;

  always @(posedge CLK) begin
    if(RST) begin
      th_kernel <= th_kernel_init;
      _th_kernel_x_0 <= 0;
      _th_kernel_k_1 <= 0;
      _th_kernel_i_2 <= 0;
      _th_kernel_j_3 <= 0;
      _th_kernel_s_4 <= 0;
      read_rdata_2 <= 0;
      _th_kernel_a_5 <= 0;
      read_rdata_5 <= 0;
      _th_kernel_b_6 <= 0;
      _th_kernel_chk_7 <= 0;
      read_rdata_8 <= 0;
      _th_kernel_c_8 <= 0;
      result <= 0;
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
            th_kernel <= th_kernel_41;
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
          _th_kernel_k_1 <= 0;
          th_kernel <= th_kernel_6;
        end
        th_kernel_6: begin
          if(_th_kernel_k_1 < 16) begin
            th_kernel <= th_kernel_7;
          end else begin
            th_kernel <= th_kernel_12;
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
          _th_kernel_x_0 <= _th_kernel_x_0 * 1103 + 12345 & 65535;
          th_kernel <= th_kernel_10;
        end
        th_kernel_10: begin
          th_kernel <= th_kernel_11;
        end
        th_kernel_11: begin
          _th_kernel_k_1 <= _th_kernel_k_1 + 1;
          th_kernel <= th_kernel_6;
        end
        th_kernel_12: begin
          _th_kernel_i_2 <= 0;
          th_kernel <= th_kernel_13;
        end
        th_kernel_13: begin
          if(_th_kernel_i_2 < 4) begin
            th_kernel <= th_kernel_14;
          end else begin
            th_kernel <= th_kernel_28;
          end
        end
        th_kernel_14: begin
          _th_kernel_j_3 <= 0;
          th_kernel <= th_kernel_15;
        end
        th_kernel_15: begin
          if(_th_kernel_j_3 < 4) begin
            th_kernel <= th_kernel_16;
          end else begin
            th_kernel <= th_kernel_27;
          end
        end
        th_kernel_16: begin
          _th_kernel_s_4 <= 0;
          th_kernel <= th_kernel_17;
        end
        th_kernel_17: begin
          _th_kernel_k_1 <= 0;
          th_kernel <= th_kernel_18;
        end
        th_kernel_18: begin
          if(_th_kernel_k_1 < 4) begin
            th_kernel <= th_kernel_19;
          end else begin
            th_kernel <= th_kernel_25;
          end
        end
        th_kernel_19: begin
          if(__tmp_1_1) begin
            read_rdata_2 <= ram_a_0_rdata;
          end 
          if(__tmp_1_1) begin
            th_kernel <= th_kernel_20;
          end 
        end
        th_kernel_20: begin
          _th_kernel_a_5 <= read_rdata_2;
          th_kernel <= th_kernel_21;
        end
        th_kernel_21: begin
          if(__tmp_4_1) begin
            read_rdata_5 <= ram_b_0_rdata;
          end 
          if(__tmp_4_1) begin
            th_kernel <= th_kernel_22;
          end 
        end
        th_kernel_22: begin
          _th_kernel_b_6 <= read_rdata_5;
          th_kernel <= th_kernel_23;
        end
        th_kernel_23: begin
          _th_kernel_s_4 <= _th_kernel_s_4 + _th_kernel_a_5 * _th_kernel_b_6;
          th_kernel <= th_kernel_24;
        end
        th_kernel_24: begin
          _th_kernel_k_1 <= _th_kernel_k_1 + 1;
          th_kernel <= th_kernel_18;
        end
        th_kernel_25: begin
          th_kernel <= th_kernel_26;
        end
        th_kernel_26: begin
          _th_kernel_j_3 <= _th_kernel_j_3 + 1;
          th_kernel <= th_kernel_15;
        end
        th_kernel_27: begin
          _th_kernel_i_2 <= _th_kernel_i_2 + 1;
          th_kernel <= th_kernel_13;
        end
        th_kernel_28: begin
          _th_kernel_chk_7 <= 0;
          th_kernel <= th_kernel_29;
        end
        th_kernel_29: begin
          _th_kernel_k_1 <= 0;
          th_kernel <= th_kernel_30;
        end
        th_kernel_30: begin
          if(_th_kernel_k_1 < 16) begin
            th_kernel <= th_kernel_31;
          end else begin
            th_kernel <= th_kernel_35;
          end
        end
        th_kernel_31: begin
          if(__tmp_7_1) begin
            read_rdata_8 <= ram_c_0_rdata;
          end 
          if(__tmp_7_1) begin
            th_kernel <= th_kernel_32;
          end 
        end
        th_kernel_32: begin
          _th_kernel_c_8 <= read_rdata_8;
          th_kernel <= th_kernel_33;
        end
        th_kernel_33: begin
          _th_kernel_chk_7 <= _th_kernel_chk_7 + _th_kernel_c_8 * (_th_kernel_k_1 + 1);
          th_kernel <= th_kernel_34;
        end
        th_kernel_34: begin
          _th_kernel_k_1 <= _th_kernel_k_1 + 1;
          th_kernel <= th_kernel_30;
        end
        th_kernel_35: begin
          result <= _th_kernel_chk_7;
          th_kernel <= th_kernel_36;
        end
        th_kernel_36: begin
          done <= 1;
          th_kernel <= th_kernel_37;
        end
        th_kernel_37: begin
          if(start == 1) begin
            th_kernel <= th_kernel_38;
          end else begin
            th_kernel <= th_kernel_39;
          end
        end
        th_kernel_38: begin
          th_kernel <= th_kernel_37;
        end
        th_kernel_39: begin
          done <= 0;
          th_kernel <= th_kernel_40;
        end
        th_kernel_40: begin
          th_kernel <= th_kernel_1;
        end
      endcase
    end
  end


endmodule



module ram_a
(
  input CLK,
  input [4-1:0] ram_a_0_addr,
  output [32-1:0] ram_a_0_rdata,
  input [32-1:0] ram_a_0_wdata,
  input ram_a_0_wenable,
  input ram_a_0_enable
);

  reg [32-1:0] ram_a_0_rdata_out;
  assign ram_a_0_rdata = ram_a_0_rdata_out;
  reg [32-1:0] mem [0:16-1];

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



module ram_b
(
  input CLK,
  input [4-1:0] ram_b_0_addr,
  output [32-1:0] ram_b_0_rdata,
  input [32-1:0] ram_b_0_wdata,
  input ram_b_0_wenable,
  input ram_b_0_enable
);

  reg [32-1:0] ram_b_0_rdata_out;
  assign ram_b_0_rdata = ram_b_0_rdata_out;
  reg [32-1:0] mem [0:16-1];

  always @(posedge CLK) begin
    if(ram_b_0_enable) begin
      if(ram_b_0_wenable) begin
        mem[ram_b_0_addr] <= ram_b_0_wdata;
        ram_b_0_rdata_out <= ram_b_0_wdata;
      end else begin
        ram_b_0_rdata_out <= mem[ram_b_0_addr];
      end
    end 
  end


endmodule



module ram_c
(
  input CLK,
  input [4-1:0] ram_c_0_addr,
  output [32-1:0] ram_c_0_rdata,
  input [32-1:0] ram_c_0_wdata,
  input ram_c_0_wenable,
  input ram_c_0_enable
);

  reg [32-1:0] ram_c_0_rdata_out;
  assign ram_c_0_rdata = ram_c_0_rdata_out;
  reg [32-1:0] mem [0:16-1];

  always @(posedge CLK) begin
    if(ram_c_0_enable) begin
      if(ram_c_0_wenable) begin
        mem[ram_c_0_addr] <= ram_c_0_wdata;
        ram_c_0_rdata_out <= ram_c_0_wdata;
      end else begin
        ram_c_0_rdata_out <= mem[ram_c_0_addr];
      end
    end 
  end


endmodule

