

module vg_isort
(
  input CLK,
  input RST,
  input start,
  input [32-1:0] seed,
  input [32-1:0] n,
  output reg done,
  output reg [32-1:0] result
);

  wire [5-1:0] ram_s_0_addr;
  wire [32-1:0] ram_s_0_rdata;
  wire [32-1:0] ram_s_0_wdata;
  wire ram_s_0_wenable;
  wire ram_s_0_enable;

  ram_s
  inst_ram_s
  (
    .CLK(CLK),
    .ram_s_0_addr(ram_s_0_addr),
    .ram_s_0_rdata(ram_s_0_rdata),
    .ram_s_0_wdata(ram_s_0_wdata),
    .ram_s_0_wenable(ram_s_0_wenable),
    .ram_s_0_enable(ram_s_0_enable)
  );

  reg [32-1:0] th_kernel;
  localparam th_kernel_init = 0;
  reg signed [32-1:0] _th_kernel_x_0;
  reg signed [32-1:0] _th_kernel_i_1;
  localparam _tmp_0 = 1;
  wire [_tmp_0-1:0] _tmp_1;
  assign _tmp_1 = th_kernel == 12;
  reg [_tmp_0-1:0] __tmp_1_1;
  reg signed [32-1:0] read_rdata_2;
  reg signed [32-1:0] _th_kernel_v_2;
  reg signed [32-1:0] _th_kernel_j_3;
  localparam _tmp_3 = 1;
  wire [_tmp_3-1:0] _tmp_4;
  assign _tmp_4 = th_kernel == 16;
  reg [_tmp_3-1:0] __tmp_4_1;
  reg signed [32-1:0] read_rdata_5;
  reg signed [32-1:0] _th_kernel_w_4;
  assign ram_s_0_wdata = (th_kernel == 23)? _th_kernel_v_2 : 
                         (th_kernel == 20)? _th_kernel_w_4 : 
                         (th_kernel == 8)? (_th_kernel_x_0 >>> 3) & 255 : 'hx;
  assign ram_s_0_wenable = (th_kernel == 23)? 1'd1 : 
                           (th_kernel == 20)? 1'd1 : 
                           (th_kernel == 8)? 1'd1 : 0;
  reg signed [32-1:0] _th_kernel_chk_5;
  reg signed [32-1:0] _th_kernel_k_6;
  assign ram_s_0_addr = (th_kernel == 28)? _th_kernel_k_6 : 
                        (th_kernel == 23)? _th_kernel_j_3 + 1 : 
                        (th_kernel == 20)? _th_kernel_j_3 + 1 : 
                        (th_kernel == 16)? _th_kernel_j_3 : 
                        (th_kernel == 12)? _th_kernel_i_1 : 
                        (th_kernel == 8)? _th_kernel_i_1 : 'hx;
  assign ram_s_0_enable = (th_kernel == 28)? 1'd1 : 
                          (th_kernel == 23)? 1'd1 : 
                          (th_kernel == 20)? 1'd1 : 
                          (th_kernel == 16)? 1'd1 : 
                          (th_kernel == 12)? 1'd1 : 
                          (th_kernel == 8)? 1'd1 : 0;
  localparam _tmp_6 = 1;
  wire [_tmp_6-1:0] _tmp_7;
  assign _tmp_7 = th_kernel == 28;
  reg [_tmp_6-1:0] __tmp_7_1;
  reg signed [32-1:0] read_rdata_8;
  reg signed [32-1:0] _th_kernel_a_7;

  always @(posedge CLK) begin
    if(RST) begin
      __tmp_1_1 <= 0;
      __tmp_4_1 <= 0;
      __tmp_7_1 <= 0;
    end else begin
      __tmp_1_1 <= _tmp_1;
      __tmp_4_1 <= _tmp_4;
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

  always @(posedge CLK) begin
    if(RST) begin
      th_kernel <= th_kernel_init;
      _th_kernel_x_0 <= 0;
      _th_kernel_i_1 <= 0;
      read_rdata_2 <= 0;
      _th_kernel_v_2 <= 0;
      _th_kernel_j_3 <= 0;
      read_rdata_5 <= 0;
      _th_kernel_w_4 <= 0;
      _th_kernel_chk_5 <= 0;
      _th_kernel_k_6 <= 0;
      read_rdata_8 <= 0;
      _th_kernel_a_7 <= 0;
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
            th_kernel <= th_kernel_38;
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
          if(_th_kernel_i_1 < 32) begin
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
          _th_kernel_i_1 <= 1;
          th_kernel <= th_kernel_11;
        end
        th_kernel_11: begin
          if(_th_kernel_i_1 < n) begin
            th_kernel <= th_kernel_12;
          end else begin
            th_kernel <= th_kernel_25;
          end
        end
        th_kernel_12: begin
          if(__tmp_1_1) begin
            read_rdata_2 <= ram_s_0_rdata;
          end 
          if(__tmp_1_1) begin
            th_kernel <= th_kernel_13;
          end 
        end
        th_kernel_13: begin
          _th_kernel_v_2 <= read_rdata_2;
          th_kernel <= th_kernel_14;
        end
        th_kernel_14: begin
          _th_kernel_j_3 <= _th_kernel_i_1 - 1;
          th_kernel <= th_kernel_15;
        end
        th_kernel_15: begin
          if((_th_kernel_j_3 > 0) || (_th_kernel_j_3 == 0)) begin
            th_kernel <= th_kernel_16;
          end else begin
            th_kernel <= th_kernel_23;
          end
        end
        th_kernel_16: begin
          if(__tmp_4_1) begin
            read_rdata_5 <= ram_s_0_rdata;
          end 
          if(__tmp_4_1) begin
            th_kernel <= th_kernel_17;
          end 
        end
        th_kernel_17: begin
          _th_kernel_w_4 <= read_rdata_5;
          th_kernel <= th_kernel_18;
        end
        th_kernel_18: begin
          if((_th_kernel_w_4 < _th_kernel_v_2) || (_th_kernel_w_4 == _th_kernel_v_2)) begin
            th_kernel <= th_kernel_19;
          end else begin
            th_kernel <= th_kernel_20;
          end
        end
        th_kernel_19: begin
          th_kernel <= th_kernel_23;
        end
        th_kernel_20: begin
          th_kernel <= th_kernel_21;
        end
        th_kernel_21: begin
          _th_kernel_j_3 <= _th_kernel_j_3 - 1;
          th_kernel <= th_kernel_22;
        end
        th_kernel_22: begin
          th_kernel <= th_kernel_15;
        end
        th_kernel_23: begin
          th_kernel <= th_kernel_24;
        end
        th_kernel_24: begin
          _th_kernel_i_1 <= _th_kernel_i_1 + 1;
          th_kernel <= th_kernel_11;
        end
        th_kernel_25: begin
          _th_kernel_chk_5 <= 0;
          th_kernel <= th_kernel_26;
        end
        th_kernel_26: begin
          _th_kernel_k_6 <= 0;
          th_kernel <= th_kernel_27;
        end
        th_kernel_27: begin
          if(_th_kernel_k_6 < n) begin
            th_kernel <= th_kernel_28;
          end else begin
            th_kernel <= th_kernel_32;
          end
        end
        th_kernel_28: begin
          if(__tmp_7_1) begin
            read_rdata_8 <= ram_s_0_rdata;
          end 
          if(__tmp_7_1) begin
            th_kernel <= th_kernel_29;
          end 
        end
        th_kernel_29: begin
          _th_kernel_a_7 <= read_rdata_8;
          th_kernel <= th_kernel_30;
        end
        th_kernel_30: begin
          _th_kernel_chk_5 <= _th_kernel_chk_5 + _th_kernel_a_7 * (_th_kernel_k_6 + 1);
          th_kernel <= th_kernel_31;
        end
        th_kernel_31: begin
          _th_kernel_k_6 <= _th_kernel_k_6 + 1;
          th_kernel <= th_kernel_27;
        end
        th_kernel_32: begin
          result <= _th_kernel_chk_5;
          th_kernel <= th_kernel_33;
        end
        th_kernel_33: begin
          done <= 1;
          th_kernel <= th_kernel_34;
        end
        th_kernel_34: begin
          if(start == 1) begin
            th_kernel <= th_kernel_35;
          end else begin
            th_kernel <= th_kernel_36;
          end
        end
        th_kernel_35: begin
          th_kernel <= th_kernel_34;
        end
        th_kernel_36: begin
          done <= 0;
          th_kernel <= th_kernel_37;
        end
        th_kernel_37: begin
          th_kernel <= th_kernel_1;
        end
      endcase
    end
  end


endmodule



module ram_s
(
  input CLK,
  input [5-1:0] ram_s_0_addr,
  output [32-1:0] ram_s_0_rdata,
  input [32-1:0] ram_s_0_wdata,
  input ram_s_0_wenable,
  input ram_s_0_enable
);

  reg [32-1:0] ram_s_0_rdata_out;
  assign ram_s_0_rdata = ram_s_0_rdata_out;
  reg [32-1:0] mem [0:32-1];

  always @(posedge CLK) begin
    if(ram_s_0_enable) begin
      if(ram_s_0_wenable) begin
        mem[ram_s_0_addr] <= ram_s_0_wdata;
        ram_s_0_rdata_out <= ram_s_0_wdata;
      end else begin
        ram_s_0_rdata_out <= mem[ram_s_0_addr];
      end
    end 
  end


endmodule

