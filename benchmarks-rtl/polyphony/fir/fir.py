# 8-tap FIR filter: constant coefficients (ROM), shifting delay line (array), checksum of n outputs.
from polyphony import testbench


def fir(seed: int, n: int) -> int:
    coef = [3, -5, 12, 27, 27, 12, -5, 3]
    delay = [0] * 8
    x = seed
    chk = 0
    for t in range(n):
        x = (x * 1103 + 12345) & 0xFFFF
        sample = (x & 0xFF) - 128
        for k in range(7):
            j = 7 - k
            delay[j] = delay[j - 1]
        delay[0] = sample
        y = 0
        for k in range(8):
            y = y + coef[k] * delay[k]
        chk = (chk * 31 + (y & 0xFFFF)) & 0xFFFFF
    return chk


@testbench
def test():
    exp = [
        590735, 887179, 934443, 547458, 205522, 293668, 952304, 753478, 61070,
        304872, 132780, 478218, 746314, 843180, 1021800, 17614, 719366, 943216,
        1039908, 87442, 621250, 1037108, 63712, 25430, 317310, 511224, 279964,
        112666, 436794, 227260, 370008, 344286, 222966, 141184, 358164, 1030562,
        100530, 313924, 24784, 522854]
    for i in range(40):
        r = fir(i * 17 + 1, 4 + i)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
