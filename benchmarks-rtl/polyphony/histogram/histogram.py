# 16-bin histogram of n pseudo-random values (data-dependent read-modify-write of an array).
from polyphony import testbench


def histogram(seed: int, n: int) -> int:
    hist = [0] * 16
    x = seed
    for i in range(n):
        x = (x * 1103 + 12345) & 0xFFFF
        v = (x >> 5) & 15
        hist[v] = hist[v] + 1
    chk = 0
    for k in range(16):
        chk = (chk * 5 + hist[k]) & 0xFFFFFF
    return chk


@testbench
def test():
    exp = [
        14549200, 7236290, 8272188, 9515486, 16020960, 7185566, 10590660, 8256034,
        7553536, 15697750, 2609292, 10977014, 7970088, 16286842, 13739504, 11261982,
        9216624, 14867974, 13858012, 13505246, 10474112, 14795034, 16046724, 2486478,
        15888320, 8876854, 5869708, 7374106, 1641096, 5780814, 15058336, 2684830,
        4460176, 7980626, 5732668, 8579566, 3326720, 13698910, 16532516, 12504994]
    for i in range(40):
        r = histogram(i * 13 + 7, 16 + i * 2)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
