# In-place inclusive prefix sum over n elements of a 32-entry array (loop-carried array dependence).
from polyphony import testbench


def prefix_sum(seed: int, n: int) -> int:
    a = [0] * 32
    x = seed
    for i in range(32):
        x = (x * 1103 + 12345) & 0xFFFF
        a[i] = x & 0xFF
    for i in range(1, n):
        a[i] = a[i] + a[i - 1]
    chk = 0
    for i in range(n):
        chk = chk ^ (a[i] * (i + 1))
    return chk + a[n - 1]


@testbench
def test():
    exp = [
        813, 985, 4371, 4301, 8674, 3046, 5232, 2166, 8457, 32649, 28523, 4817, 5782,
        12494, 7280, 18730, 13717, 53353, 17571, 62421, 6298, 77430, 81568, 130318,
        88449, 42105, 112059, 47945, 75598, 113054, 158592, 508, 2344, 1999, 1389,
        6175, 2553, 6976, 8012, 13752, 7328, 5639, 11121, 31787, 21321, 45984, 62352,
        40788, 57880, 28223, 6437, 18167, 116569, 90304, 55668, 30304, 107824, 87607,
        41017, 41779]
    for i in range(60):
        r = prefix_sum(i * 11 + 3, (i % 31) + 2)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
