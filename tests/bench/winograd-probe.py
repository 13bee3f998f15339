#!/usr/bin/python3
"""Benchmark (not a test): would Winograd F(2x2, 4x4) speed up the discriminator's 256->512 stride-1 4x4
layer (about 38 % of a config-d training step)? Prints, for batch 4 and 8:
- the relative error of the direct bf16 convolution and of Winograd in bf16 and fp32 against fp64;
- the time of the direct bf16 channels-last convolution (oneDNN) and of Winograd's 25 batched bf16
  matrix products alone (the transforms are not timed: a lower bound for Winograd's time).
Run with glibc's malloc tuned, as the README's PyTorch comparisons are:
  MALLOC_MMAP_THRESHOLD_=4000000000 MALLOC_TRIM_THRESHOLD_=4000000000 MALLOC_TOP_PAD_=1000000000 \
      /usr/bin/python3 tests/bench/winograd-probe.py
Needs Debian's python3-torch (1.13, the library the engine links)."""
import time

import numpy as np
import torch
import torch.nn.functional as F

M_OUT, R_KERNEL = 2, 4  # F(m, r): m outputs per tile side, r kernel taps
ALPHA = M_OUT + R_KERNEL - 1  # tile side in the transformed domain
POINTS = [0.0, 1.0, -1.0, 0.5]  # Toom-Cook interpolation points (plus the point at infinity)


def transforms():
    """Output transform A^T, kernel transform G and input transform B^T of F(2, 4) (1-D). A^T and G come
    from Toom-Cook; B^T is solved so that A^T [(G g) * (B^T d)] is the correlation of d with g."""
    at = np.zeros((M_OUT, ALPHA))
    g = np.zeros((ALPHA, R_KERNEL))
    for j, p in enumerate(POINTS):
        at[:, j] = [p**i for i in range(M_OUT)]
        denominator = np.prod([p - q for q in POINTS if q != p])
        g[j] = [p**k / denominator for k in range(R_KERNEL)]
    at[M_OUT - 1, ALPHA - 1] = 1.0
    g[ALPHA - 1, R_KERNEL - 1] = 1.0
    rows, rhs = [], []
    for i in range(M_OUT):
        for k in range(R_KERNEL):
            for col in range(ALPHA):
                row = np.zeros((ALPHA, ALPHA))
                row[:, col] = at[i, :] * g[:, k]
                rows.append(row.ravel())
                rhs.append(1.0 if col == i + k else 0.0)
    solution = np.linalg.lstsq(np.array(rows), np.array(rhs), rcond=None)[0]
    assert np.abs(np.array(rows) @ solution - np.array(rhs)).max() < 1e-9
    bt = np.round(solution.reshape(ALPHA, ALPHA), 12)
    return (torch.tensor(m, dtype=torch.float32) for m in (at, g, bt))


AT, G, BT = transforms()


def tiles_of(x):
    """x NCHW 32x32, padding 1 -> 16x16 tiles of 5x5 inputs (output 31x31, padded to 32x32)."""
    n, c, _, _ = x.shape
    padded = F.pad(x.permute(0, 2, 3, 1), (0, 0, 1, 2, 1, 2)).contiguous()  # N, 35, 35, C
    s = padded.stride()
    return padded.as_strided((n, 16, 16, ALPHA, ALPHA, c), (s[0], 2 * s[1], 2 * s[2], s[1], s[2], s[3]))


def winograd(x, w, dtype):
    n, c = x.shape[:2]
    k = w.shape[0]
    v = torch.einsum("ai,ntsijc,bj->abntsc", BT, tiles_of(x), BT).reshape(ALPHA * ALPHA, n * 256, c)
    u = torch.einsum("ai,kcij,bj->abck", G, w, G).reshape(ALPHA * ALPHA, c, k)
    products = torch.bmm(v.to(dtype), u.to(dtype)).float().reshape(ALPHA, ALPHA, n, 16, 16, k)
    y = torch.einsum("ia,abntsk,jb->ntisjk", AT, products, AT).reshape(n, 32, 32, k)[:, :31, :31]
    return y.permute(0, 3, 1, 2)


def best_ms(fn, repeats=10):
    fn()
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


def main():
    torch.set_num_threads(2)
    torch.manual_seed(0)
    for batch in (4, 8):
        x = torch.randn(batch, 256, 32, 32)
        w = torch.randn(512, 256, 4, 4) * 0.02
        reference = F.conv2d(x.double(), w.double(), padding=1)
        xb = x.to(torch.bfloat16).contiguous(memory_format=torch.channels_last)
        wb = w.to(torch.bfloat16).contiguous(memory_format=torch.channels_last)

        def error(y):
            return ((y.double() - reference).norm() / reference.norm()).item()

        print(f"batch {batch}: relative error vs fp64: direct bf16 {error(F.conv2d(xb, wb, padding=1)):.4f}, "
              f"Winograd bf16 {error(winograd(x, w, torch.bfloat16)):.4f}, "
              f"Winograd fp32 {error(winograd(x, w, torch.float32)):.2e}")
        v = torch.randn(ALPHA * ALPHA, batch * 256, 256).to(torch.bfloat16)
        u = torch.randn(ALPHA * ALPHA, 256, 512).to(torch.bfloat16)
        direct = best_ms(lambda: F.conv2d(xb, wb, padding=1))
        products = best_ms(lambda: torch.bmm(v, u))
        gflop = batch * 31 * 31 * 512 * 256 * 16 * 2 / 1e9
        print(f"  direct bf16 convolution {direct:.2f} ms ({gflop / direct * 1e3:.0f} GFLOP/s); "
              f"Winograd's batched products alone {products:.2f} ms ({direct / products:.2f}x less)")


if __name__ == "__main__":
    main()
