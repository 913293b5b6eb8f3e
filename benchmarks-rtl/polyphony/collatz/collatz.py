# Collatz step count: `while True` loop left by `break`, plus `return -1` from inside the loop on a step cap.
from polyphony import testbench


def collatz(n: int, cap: int) -> int:
    x = n
    steps = 0
    while True:
        if x == 1:
            break
        if steps >= cap:
            return -1
        if x & 1:
            x = 3 * x + 1
        else:
            x = x >> 1
        steps = steps + 1
    return steps


@testbench
def test():
    exp = [
        0, 1, 7, 2, 5, 8, 16, 3, 19, 6, 14, 9, 9, 17, 17, 4, 12, 20, 20, 7, 7, 15,
        15, 10, 23, 10, -1, 18, 18, 18, -1, 5, 26, 13, 13, 21, 21, 21, 34, 8, -1, 8,
        29, 16, 16, 16, -1, 11, 24, 24, 24, 11, 11, -1, -1, 19, 32, 19, 32, 19, 19,
        -1, -1, 6, 27, 27, 27, 14, 14, 14, -1, 22, -1, 22, 14, 22, 22, 35, 35, 9, 22,
        -1, -1, 9, 9, 30, 30, 17, 30, 17, 92, 17, 17, -1, -1, 12, -1, 25, 25, 25, 25,
        25, 87, 12, 38, 12, 100, -1, -1, -1, 69, 20, 12, 33, 33, 20, 20, 33, 33, 20,
        95, 20, 46, -1, -1, -1, 46, 7, -1, 28, 28, 28, 28, 28, 41, 15, 90, 15, 41,
        15, 15, -1, -1, 23, -1, -1, -1, 23, 23, 15]
    for i in range(150):
        r = collatz(i + 1, 100)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
