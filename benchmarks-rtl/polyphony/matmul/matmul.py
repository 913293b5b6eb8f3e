# 4x4 integer matrix multiply C = A * B (3-level loop nest over flat arrays), weighted checksum of C.
from polyphony import testbench


def matmul(seed: int) -> int:
    a = [0] * 16
    b = [0] * 16
    c = [0] * 16
    x = seed
    for i in range(16):
        x = (x * 1103 + 12345) & 0xFFFF
        a[i] = x & 15
        x = (x * 1103 + 12345) & 0xFFFF
        b[i] = (x >> 4) & 15
    for i in range(4):
        for j in range(4):
            s = 0
            for k in range(4):
                s = s + a[i * 4 + k] * b[k * 4 + j]
            c[i * 4 + j] = s
    chk = 0
    for i in range(16):
        chk = chk + c[i] * (i + 1)
    return chk


@testbench
def test():
    exp = [
        32000, 20320, 8000, 60960, 48000, 36288, 24576, 12096, 0, 52416, 40960,
        28448, 16512, 4064, 57792, 44704, 32768, 20800, 8192, 62400]
    for i in range(20):
        r = matmul(i * 3 + 1)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
