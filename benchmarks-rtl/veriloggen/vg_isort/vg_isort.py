"""vg_isort: insertion sort of n RAM entries, veriloggen.thread.

The thread fills a 32-entry RAM from a linear congruential generator seeded
by `seed`, insertion-sorts the first `n` entries (outer for loop, inner while
loop left with `break` once the insertion point is found), then returns the
checksum sum(a[k] * (k + 1)) over the first n entries.
Handshake: start^ -> done^ -> start_ -> done_.

Writes out/vg_isort.v (thread module `vg_isort` plus RAM module `ram_s`).
"""
import os

from veriloggen import Module
import veriloggen.thread as vthread


def mkmod():
    m = Module('vg_isort')
    clk = m.Input('CLK')
    rst = m.Input('RST')
    start = m.Input('start')
    seed = m.Input('seed', 32)
    n = m.Input('n', 32)
    done = m.OutputReg('done', initval=0)
    result = m.OutputReg('result', 32, initval=0)
    ram = vthread.RAM(m, 'ram_s', clk, rst, 32, 5)

    def kernel():
        while True:
            while start == 0:
                pass
            x = seed
            for i in range(32):
                x = (x * 1103 + 12345) & 0xFFFF
                ram.write(i, (x >> 3) & 0xFF)
            for i in range(1, n):
                v = ram.read(i)
                j = i - 1
                while j >= 0:
                    w = ram.read(j)
                    if w <= v:
                        break
                    ram.write(j + 1, w)
                    j -= 1
                ram.write(j + 1, v)
            chk = 0
            for k in range(n):
                a = ram.read(k)
                chk += a * (k + 1)
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
    with open(os.path.join(here, 'out', 'vg_isort.v'), 'w') as f:
        f.write(mkmod().to_verilog())
