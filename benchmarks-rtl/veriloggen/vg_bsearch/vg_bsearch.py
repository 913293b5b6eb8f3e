"""vg_bsearch: binary search in a sorted RAM with early exit, veriloggen.thread.

The thread builds a strictly increasing 64-entry table (running sum of
pseudo-random increments 1..16 seeded by `seed`), then binary-searches `key`.
The search loop leaves with `break` as soon as the key is found.  Outputs:
`result` = index of the key or -1, `probes` = number of loop iterations.
Handshake: start^ -> done^ -> start_ -> done_.

Writes out/vg_bsearch.v (thread module `vg_bsearch` plus RAM module `ram_t`).
"""
import os

from veriloggen import Module
import veriloggen.thread as vthread


def mkmod():
    m = Module('vg_bsearch')
    clk = m.Input('CLK')
    rst = m.Input('RST')
    start = m.Input('start')
    seed = m.Input('seed', 32)
    key = m.Input('key', 32)
    done = m.OutputReg('done', initval=0)
    result = m.OutputReg('result', 32, initval=0)
    probes = m.OutputReg('probes', 32, initval=0)
    ram = vthread.RAM(m, 'ram_t', clk, rst, 32, 6)

    def kernel():
        while True:
            while start == 0:
                pass
            x = seed
            acc = 0
            for i in range(64):
                x = (x * 1103 + 12345) & 0xFFFF
                acc += ((x >> 6) & 15) + 1
                ram.write(i, acc)
            lo = 0
            hi = 63
            found = -1
            p = 0
            while lo <= hi:
                mid = (lo + hi) >> 1
                v = ram.read(mid)
                p += 1
                if v == key:
                    found = mid
                    break
                if v < key:
                    lo = mid + 1
                else:
                    hi = mid - 1
            result.value = found
            probes.value = p
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
    with open(os.path.join(here, 'out', 'vg_bsearch.v'), 'w') as f:
        f.write(mkmod().to_verilog())
