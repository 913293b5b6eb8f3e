# Sum of the first n elements of a 64-entry array filled from a linear congruential generator.
from polyphony import testbench


def array_sum(seed: int, n: int) -> int:
    a = [0] * 64
    x = seed
    for i in range(64):
        x = (x * 1103 + 12345) & 0xFFFF
        a[i] = x & 0xFF
    s = 0
    for i in range(n):
        s = s + a[i]
    return s


@testbench
def test():
    exp = [
        996, 1083, 1405, 1490, 1238, 1449, 1775, 1984, 1992, 2327, 3169, 2734, 2490,
        2181, 3283, 2716, 2988, 3059, 3397, 3466, 3742, 3937, 3767, 3960, 3984, 4303,
        4393, 4710, 4738, 4669, 5275, 4948, 4980, 5035, 4877, 5186, 5734, 5913, 5759,
        6192, 6232, 6535, 7409, 6942, 6986, 6901, 7267, 6668, 6972, 7267]
    for i in range(50):
        r = array_sum(i + 1, 8 + i)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
