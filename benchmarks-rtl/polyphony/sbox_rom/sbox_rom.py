# PRESENT 4-bit S-box layer + rotate on a 16-bit state for several rounds: constant list -> ROM function.
from polyphony import testbench


def sbox_rom(x: int, rounds: int) -> int:
    sbox = [0xC, 0x5, 0x6, 0xB, 0x9, 0x0, 0xA, 0xD, 0x3, 0xE, 0xF, 0x8, 0x4, 0x7, 0x1, 0x2]
    s = x & 0xFFFF
    for r in range(rounds):
        y = 0
        for k in range(4):
            nib = (s >> (4 * k)) & 15
            y = y | (sbox[nib] << (4 * k))
        s = (((y << 3) | (y >> 13)) & 0xFFFF) ^ r
    return s


@testbench
def test():
    exp = [
        25851, 25174, 37479, 2751, 31445, 10294, 28269, 54104, 65391, 59581, 9223,
        13518, 36449, 4484, 48279, 40863, 57909, 2189, 56946, 55607, 31877, 15999,
        58427, 37335, 10613, 2330, 24509, 35880, 63756, 16408, 28675, 5667, 39452,
        64691, 31511, 21177, 22686, 18870, 21938, 50923, 31177, 26022, 18876, 46894,
        21875, 20306, 8784, 36534, 57253, 33484, 6781, 40459, 63302, 35732, 29645,
        2905, 60082, 52357, 50059, 24722]
    for i in range(60):
        r = sbox_rom(i * 2749 + 5, 4 + (i % 8))
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
