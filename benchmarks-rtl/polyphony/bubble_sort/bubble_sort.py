# Bubble sort of 16 values with early exit (break) when a pass makes no swap; checksum + sortedness
# flag computed with an early `return`.
from polyphony import testbench


def bubble_sort(seed: int) -> int:
    a = [0] * 16
    x = seed
    for i in range(16):
        x = (x * 1103 + 12345) & 0xFFFF
        a[i] = (x >> 3) & 0xFF
    for i in range(15):
        swapped = 0
        for j in range(15 - i):
            u = a[j]
            v = a[j + 1]
            if u > v:
                a[j] = v
                a[j + 1] = u
                swapped = swapped + 1
        if swapped == 0:
            break
    chk = 0
    for i in range(16):
        chk = (chk * 7 + a[i]) & 0xFFFFF
    for i in range(15):
        if a[i] > a[i + 1]:
            return chk * 2
    return chk * 2 + 1


@testbench
def test():
    exp = [
        1767153, 1420945, 2086113, 900933, 1825657, 756593, 1389889, 675409, 1300713,
        1711777, 1703929, 356961, 295801, 1448529, 1388213, 85681, 799537, 1010233,
        228865, 827577]
    for i in range(20):
        r = bubble_sort(i * 5 + 2)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
