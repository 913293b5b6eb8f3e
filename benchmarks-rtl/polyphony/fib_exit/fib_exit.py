# Index of the first Fibonacci number above a limit: `return` from inside a counted loop (early exit).
from polyphony import testbench


def fib_exit(limit: int) -> int:
    a = 0
    b = 1
    for k in range(45):
        if b > limit:
            return k
        t = a + b
        a = b
        b = t
    return -1


@testbench
def test():
    exp = [
        0, 6, 10, 12, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23, 23, 24,
        24, 24, 24, 25, 25, 25, 26, 26, 26, 26, 26, 27, 27, 27, 27, 27, 28, 28, 28,
        28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30,
        31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32,
        32, 32, 32, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 34, 34,
        34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 35, 35, 35, 35, 35,
        35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 36, 36, 36, 36, 36,
        36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36]
    for i in range(150):
        r = fib_exit(i * i * i * 7 + i)
        assert r == exp[i]
    assert fib_exit(2000000000) == -1
    print("PASS")


if __name__ == '__main__':
    test()
