# Bitwise (table-less) CRC-32 (poly 0xEDB88320) over n pseudo-random bytes: 2-level loop, uint32 datapath.
from polyphony import testbench
from polyphony.typing import uint32


def crc32(seed: int, n: int) -> uint32:
    c: uint32 = 0xFFFFFFFF
    x: uint32 = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        b = (x >> 16) & 0xFF
        c = c ^ b
        for k in range(8):
            if c & 1:
                c = (c >> 1) ^ 0xEDB88320
            else:
                c = c >> 1
    return c ^ 0xFFFFFFFF


@testbench
def test():
    exp = [
        3572841030, 3616592777, 1071041032, 4242100841, 2344986314, 929423779,
        3175867568, 2672734600, 1113775731, 2785976052, 2966869430, 2158260282,
        675469381, 1289449706, 913651433, 1263775957, 2828927744, 2810866495,
        3726610267, 4192599673, 3815054087, 873339258, 1933970574, 1589699450,
        874200684, 2309544703, 109162595, 3373974797, 103296765, 2361966493,
        4183471881, 2971243044, 2228884999, 1462035581, 3995518139, 4192264419,
        1969265533, 1341484988, 207112028, 48268425]
    for i in range(40):
        r = crc32(i + 1, 4 + i)
        assert r == exp[i]
    print("PASS")


if __name__ == '__main__':
    test()
