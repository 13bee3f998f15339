#!/usr/bin/python3
"""Benchmark (not a test): the PyTorch eager pix2pix training step that `colorproxy-cli bench train` is
compared with. Same graph and parameter counts as upstream pix2pix (junyanz/pytorch-CycleGAN-and-pix2pix:
UnetGenerator with batch norm and dropout, ConvTranspose2d upsampling, 70x70 NLayerDiscriminator on L + ab,
Adam 2e-4 / (0.5, 0.999), vanilla GAN loss + 100 * L1), colorization setting (1 channel in, 2 out), random
data. Prints images/s (median of the timed steps) per variant: fp32, and bf16 autocast + channels-last.

usage: tests/bench/pix2pix-pytorch.py [--config a|b|c|d ...] [--variant fp32|bf16cl ...] [--steps N]
       [--warmup N] [--threads N]
Needs Debian's python3-torch (1.13, the library the engine links)."""
import argparse
import pathlib
import statistics
import sys
import time

import torch
import torch.nn as nn

# The reference networks (the pix2pix interoperability fixture's re-write of upstream's definitions).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "pix2pix"))
from make_fixture import NLayerDiscriminator, UnetGenerator  # noqa: E402

CONFIGS = {  # name: (num_downs, ngf, image size, batch)
    "a": (8, 64, 256, 1),
    "b": (8, 64, 256, 4),
    "c": (7, 64, 128, 8),
    "d": (8, 32, 256, 4),
}


def unet(num_downs, ngf):
    return UnetGenerator(1, 2, num_downs, ngf, dropout=True)


def patch_gan():
    return NLayerDiscriminator(3, 64, 3)


def init(m):
    for mod in m.modules():
        if isinstance(mod, (nn.Conv2d, nn.ConvTranspose2d)):
            nn.init.normal_(mod.weight, 0.0, 0.02)
            if mod.bias is not None:
                nn.init.zeros_(mod.bias)
        elif isinstance(mod, nn.BatchNorm2d):
            nn.init.normal_(mod.weight, 1.0, 0.02)
            nn.init.zeros_(mod.bias)


class Rig:
    def __init__(self, config, variant):
        num_downs, ngf, size, batch = CONFIGS[config]
        self.bf16 = variant == "bf16cl"
        self.fmt = torch.channels_last if self.bf16 else torch.contiguous_format
        self.g, self.d = unet(num_downs, ngf), patch_gan()
        init(self.g)
        init(self.d)
        self.g.to(memory_format=self.fmt)
        self.d.to(memory_format=self.fmt)
        self.opt_g = torch.optim.Adam(self.g.parameters(), lr=2e-4, betas=(0.5, 0.999))
        self.opt_d = torch.optim.Adam(self.d.parameters(), lr=2e-4, betas=(0.5, 0.999))
        self.gan, self.l1 = nn.BCEWithLogitsLoss(), nn.L1Loss()
        gen = torch.Generator().manual_seed(0)
        self.L = (torch.rand(batch, 1, size, size, generator=gen) * 2 - 1).contiguous(memory_format=self.fmt)
        self.ab = (torch.rand(batch, 2, size, size, generator=gen) * 2 - 1).contiguous(memory_format=self.fmt)
        self.batch = batch

    def loss(self, logits, real):
        logits = logits.float()
        return self.gan(logits, torch.full_like(logits, 1.0 if real else 0.0))

    def step(self):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            fake = self.g(self.L)
            for p in self.d.parameters():
                p.requires_grad_(True)
            self.opt_d.zero_grad()
            loss_d = 0.5 * (self.loss(self.d(torch.cat([self.L, fake.detach()], 1)), False) +
                            self.loss(self.d(torch.cat([self.L, self.ab], 1)), True))
        loss_d.backward()
        self.opt_d.step()
        for p in self.d.parameters():
            p.requires_grad_(False)
        self.opt_g.zero_grad()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            loss_g = self.loss(self.d(torch.cat([self.L, fake], 1)), True) + 100.0 * self.l1(fake.float(), self.ab)
        loss_g.backward()
        self.opt_g.step()
        return float(loss_g)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", nargs="+", default=["b", "d"], choices=sorted(CONFIGS))
    ap.add_argument("--variant", nargs="+", default=["fp32", "bf16cl"], choices=["fp32", "bf16cl"])
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    for config in args.config:
        rigs = {v: Rig(config, v) for v in args.variant}
        times = {v: [] for v in args.variant}
        for i in range(args.warmup + args.steps):
            for v, rig in rigs.items():  # alternate variants step by step
                start = time.perf_counter()
                rig.step()
                if i >= args.warmup:
                    times[v].append(time.perf_counter() - start)
        for v in args.variant:
            med = statistics.median(times[v])
            print(f"pytorch config {config} {v:7s} {rigs[v].batch / med:6.2f} images/s (median step {med:.3f} s "
                  f"of {args.steps})", flush=True)
        del rigs


if __name__ == "__main__":
    main()
