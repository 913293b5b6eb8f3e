# Triangular 2-level loop nest (inner bound depends on outer index).
from polyphony import testbench


def loop_nest(n: int) -> int:
    acc = 0
    for i in range(n):
        for j in range(i + 1):
            acc = acc + ((i * j) ^ (i + j))
    return acc


@testbench
def test():
    exp = [
        0, 4, 7, 35, 89, 165, 282, 514, 846, 1242, 1777, 2549, 3495, 4715, 6164,
        8100, 10428, 12960, 16011, 19671, 23941, 28593, 34158, 40646, 47978, 56022,
        65141, 75401, 86739, 99319]
    for i in range(30):
        r = loop_nest(i + 1)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
