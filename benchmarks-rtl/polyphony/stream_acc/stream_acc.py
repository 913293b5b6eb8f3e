# Streaming accumulator in Polyphony's @module class style: one worker (a `while` loop around a counted
# `for` loop with `if/else`) reads a count and then that many values from ready/valid input ports and
# writes a checksum to a ready/valid output port.  The generated module is named <class>_<instance>:
# class `stream`, instance `acc` -> module `stream_acc` in out/stream_acc.v, instance `acc` in test.v.
from polyphony import module, testbench, is_worker_running
from polyphony.io import Port


@module
class stream:
    def __init__(self):
        self.i_n = Port(int, 'in', protocol='ready_valid')
        self.i_data = Port(int, 'in', protocol='ready_valid')
        self.o_sum = Port(int, 'out', protocol='ready_valid')
        self.append_worker(self.worker)

    def worker(self):
        while is_worker_running():
            n = self.i_n.rd()
            s = 0
            odd = 0
            for i in range(n):
                x = self.i_data.rd()
                if x & 1:
                    s = (s * 3 + x) & 0xFFFFF
                else:
                    s = (s + (x >> 1) + i) & 0xFFFFF
                odd = odd + (x & 1)
            self.o_sum.wr((s << 8) | odd)


@testbench
def test(m):
    exp = [
        57238018, 29488901, 182382089, 52854021, 84084744, 107573507, 167214087,
        176027395, 241329670, 41616137, 127789573, 204597513, 200737796, 228031751,
        151533571, 119874311, 80404994, 200652549, 177049097, 22985989, 55642120,
        233615619, 260742151, 202815235, 139126278, 98288393, 70355461, 60631305,
        130417668, 148880647, 198727683, 22602503, 74211842, 9008901, 223096329,
        204930309, 236914696, 101708035, 57523207, 193951491]
    x = 1
    for k in range(40):
        n = 4 + ((k * 7) & 15)
        m.i_n.wr(n)
        for i in range(n):
            x = (x * 1103 + 12345) & 0xFFFF
            m.i_data.wr(x)
        r = m.o_sum.rd()
        assert r == exp[k]
    print("PASS")


acc = stream()
if __name__ == '__main__':
    test(acc)
