#!/usr/bin/env python3
"""Draws the home-screen icons (icon-192.png, icon-512.png) from the same
shapes as icon.svg: three white lines of a page on the app's blue, square and
full-bleed, with the lines inside the middle 60% so a phone may cut the icon
to a circle or a rounded square ("maskable"). Only the standard library
(zlib, struct): no image library, nothing downloaded. The PNGs are committed;
run this again only after changing the shapes:

    python3 public/make_icons.py
"""
import os
import struct
import zlib

BLUE = (0x1D, 0x4F, 0x91)
WHITE = (0xFF, 0xFF, 0xFF)
# In a 32-unit square, as in icon.svg: x, y, width, height.
LINES = [(9, 8, 14, 3), (9, 14.5, 14, 3), (9, 21, 9, 3)]


def pixels(size):
    scale = size / 32
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            # The middle of the pixel, in the 32-unit square.
            ux, uy = (x + 0.5) / scale, (y + 0.5) / scale
            inside = any(lx <= ux < lx + w and ly <= uy < ly + h for lx, ly, w, h in LINES)
            row.extend(WHITE if inside else BLUE)
        rows.append(bytes(row))
    return rows


def png(size):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in pixels(size))  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for size in (192, 512):
        path = os.path.join(here, "icon-%d.png" % size)
        with open(path, "wb") as f:
            f.write(png(size))
        print("wrote", path)
