"""vg_gcd: greatest common divisor by repeated subtraction, veriloggen.thread.

Scalar-only thread (no RAM): a `while` loop with an `if/else` body; a zero
operand exits early with `result` = the other operand.  Also counts loop
iterations in `steps`.  Handshake: start^ -> done^ -> start_ -> done_.

Writes out/vg_gcd.v (thread module `vg_gcd`).
"""
import os

from veriloggen import Module
import veriloggen.thread as vthread


def mkmod():
    m = Module('vg_gcd')
    clk = m.Input('CLK')
    rst = m.Input('RST')
    start = m.Input('start')
    in_a = m.Input('in_a', 32)
    in_b = m.Input('in_b', 32)
    done = m.OutputReg('done', initval=0)
    result = m.OutputReg('result', 32, initval=0)
    steps = m.OutputReg('steps', 32, initval=0)

    def kernel():
        while True:
            while start == 0:
                pass
            a = in_a
            b = in_b
            c = 0
            if a == 0:
                a = b
            elif b != 0:
                while a != b:
                    if a > b:
                        a = a - b
                    else:
                        b = b - a
                    c += 1
            result.value = a
            steps.value = c
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
    with open(os.path.join(here, 'out', 'vg_gcd.v'), 'w') as f:
        f.write(mkmod().to_verilog())
