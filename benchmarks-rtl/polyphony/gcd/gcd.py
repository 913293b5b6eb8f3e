# Greatest common divisor by repeated subtraction (Euclid's original form).
from polyphony import testbench


def gcd(a: int, b: int) -> int:
    while a != b:
        if a > b:
            a = a - b
        else:
            b = b - a
    return a


@testbench
def test():
    exp = [
        1, 10, 1, 2, 1, 2, 5, 2, 1, 2, 1, 10, 1, 6, 1, 2, 5, 6, 1, 2, 1, 10, 3, 2, 1,
        2, 5, 2, 1, 2, 1, 70, 1, 2, 1, 2, 5, 2, 1, 2, 1, 10, 1, 2, 1, 2, 5, 2, 1, 2,
        1, 30, 3, 2, 1, 2, 15, 6, 1, 2, 1, 30, 1, 2, 1, 2, 5, 2, 1, 2, 1, 10, 1, 2,
        1, 2, 5, 2, 1, 2, 1, 10, 1, 2, 1, 2, 5, 2, 1, 2, 3, 90, 1, 2, 1, 6, 45, 2, 1,
        2, 1, 10, 1, 2, 1, 2, 5, 2, 1, 2, 1, 10, 1, 2, 1, 14, 5, 2, 1, 2, 1, 10, 7,
        2, 1, 6, 5, 2, 1, 6, 471, 10, 1, 2, 3, 6, 5, 2, 1, 2, 1, 290, 1, 2, 1, 2, 5,
        2, 1, 2]
    for i in range(150):
        r = gcd((i * 7919) % 1000 + 1, (i * 104729) % 700 + 1)
        assert r == exp[i]
    assert gcd(48, 18) == 6
    assert gcd(17, 5) == 1
    print("PASS")


if __name__ == '__main__':
    test()
