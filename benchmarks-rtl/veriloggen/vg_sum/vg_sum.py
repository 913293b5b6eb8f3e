"""vg_sum: bounded array sum with early exit, written with veriloggen.thread.

The thread fills a 64-entry RAM from a linear congruential generator seeded by
`seed`, then sums the first `n` entries but leaves the loop (`break`) as soon as
the running sum exceeds `limit`.  Outputs: `result` (the sum) and `count`
(how many entries were added).  Handshake: start^ -> done^ -> start_ -> done_.

Writes out/vg_sum.v (thread module `vg_sum` plus its RAM module `ram_a`).
"""
import os

from veriloggen import Module
import veriloggen.thread as vthread


def mkmod():
    m = Module('vg_sum')
    clk = m.Input('CLK')
    rst = m.Input('RST')
    start = m.Input('start')
    seed = m.Input('seed', 32)
    n = m.Input('n', 32)
    limit = m.Input('limit', 32)
    done = m.OutputReg('done', initval=0)
    result = m.OutputReg('result', 32, initval=0)
    count = m.OutputReg('count', 32, initval=0)
    ram = vthread.RAM(m, 'ram_a', clk, rst, 32, 6)

    def kernel():
        while True:
            while start == 0:
                pass
            x = seed
            for i in range(64):
                x = (x * 1103 + 12345) & 0xFFFF
                ram.write(i, x & 0xFF)
            s = 0
            c = 0
            for i in range(n):
                v = ram.read(i)
                if s + v > limit:
                    break
                s += v
                c += 1
            result.value = s
            count.value = c
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
    with open(os.path.join(here, 'out', 'vg_sum.v'), 'w') as f:
        f.write(mkmod().to_verilog())
