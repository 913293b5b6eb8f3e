"""vg_matmul: 4x4 integer matrix multiply C = A * B with three RAMs, veriloggen.thread.

A and B are filled from a linear congruential generator seeded by `seed`; the
3-level loop nest computes C, a final loop returns the weighted checksum
sum(C[k] * (k + 1)).  Handshake: start^ -> done^ -> start_ -> done_.

Writes out/vg_matmul.v (thread module `vg_matmul` plus RAM modules).
"""
import os

from veriloggen import Module
import veriloggen.thread as vthread


def mkmod():
    m = Module('vg_matmul')
    clk = m.Input('CLK')
    rst = m.Input('RST')
    start = m.Input('start')
    seed = m.Input('seed', 32)
    done = m.OutputReg('done', initval=0)
    result = m.OutputReg('result', 32, initval=0)
    ram_a = vthread.RAM(m, 'ram_a', clk, rst, 32, 4)
    ram_b = vthread.RAM(m, 'ram_b', clk, rst, 32, 4)
    ram_c = vthread.RAM(m, 'ram_c', clk, rst, 32, 4)

    def kernel():
        while True:
            while start == 0:
                pass
            x = seed
            for k in range(16):
                x = (x * 1103 + 12345) & 0xFFFF
                ram_a.write(k, x & 15)
                x = (x * 1103 + 12345) & 0xFFFF
                ram_b.write(k, (x >> 4) & 15)
            for i in range(4):
                for j in range(4):
                    s = 0
                    for k in range(4):
                        a = ram_a.read(i * 4 + k)
                        b = ram_b.read(k * 4 + j)
                        s += a * b
                    ram_c.write(i * 4 + j, s)
            chk = 0
            for k in range(16):
                c = ram_c.read(k)
                chk += c * (k + 1)
            result.value = chk
            done.value = 1
            while start == 1:
                pass
            done.value = 0

    th = vthread.Thread(m, 'th_kernel', clk, rst, kernel)
    th.start()
    return m


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, 'out'), exist_ok=True)
    with open(os.path.join(here, 'out', 'vg_matmul.v'), 'w') as f:
        f.write(mkmod().to_verilog())
