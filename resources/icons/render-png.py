#!/usr/bin/env python3
"""Renders the SVG icons to the PNG files the resource file embeds.

Why PNG: Debian's Qt 6 packages load SVG only with the separate qt6-svg plugin, which the
GUI would otherwise need at run time for a handful of icons. The SVG files stay the source;
run this script after changing one (it uses librsvg and cairo through ctypes, no extra
Python packages):  python3 resources/icons/render-png.py
"""
import ctypes
import pathlib


class Dimensions(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int),
                ("em", ctypes.c_double), ("ex", ctypes.c_double)]


rsvg = ctypes.CDLL("librsvg-2.so.2")
cairo = ctypes.CDLL("libcairo.so.2")
rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
rsvg.rsvg_handle_get_dimensions.argtypes = [ctypes.c_void_p, ctypes.POINTER(Dimensions)]
rsvg.rsvg_handle_render_cairo.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
cairo.cairo_image_surface_create.restype = ctypes.c_void_p
cairo.cairo_image_surface_create.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
cairo.cairo_create.restype = ctypes.c_void_p
cairo.cairo_create.argtypes = [ctypes.c_void_p]
cairo.cairo_scale.argtypes = [ctypes.c_void_p, ctypes.c_double, ctypes.c_double]
cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]
CAIRO_FORMAT_ARGB32 = 0


def render(svg: pathlib.Path, png: pathlib.Path, size: int) -> None:
    handle = rsvg.rsvg_handle_new_from_file(str(svg).encode(), None)
    if not handle:
        raise SystemExit(f"cannot read {svg}")
    dims = Dimensions()
    rsvg.rsvg_handle_get_dimensions(handle, ctypes.byref(dims))
    surface = cairo.cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size)
    cr = cairo.cairo_create(surface)
    cairo.cairo_scale(cr, size / dims.width, size / dims.height)
    rsvg.rsvg_handle_render_cairo(handle, cr)
    cairo.cairo_surface_write_to_png(surface, str(png).encode())
    cairo.cairo_destroy(cr)
    cairo.cairo_surface_destroy(surface)


here = pathlib.Path(__file__).resolve().parent
out = here / "png"
out.mkdir(exist_ok=True)
for svg in sorted(here.glob("*.svg")):
    if svg.stem == "mestring":
        for size in (32, 64, 256):
            render(svg, out / f"mestring-{size}.png", size)
    else:
        # 24 px for normal screens; QIcon picks up the @2x file on high-DPI screens by itself.
        render(svg, out / f"{svg.stem}.png", 24)
        render(svg, out / f"{svg.stem}@2x.png", 48)
