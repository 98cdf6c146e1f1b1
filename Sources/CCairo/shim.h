#ifndef PLOTNN_CCAIRO_SHIM_H
#define PLOTNN_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#include <png.h>
// malloc_trim: CairoBackend returns the layout's freed memory to the system before the
// raster is allocated (glibc only).
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
#include <hb.h>
#include <hb-ot.h>
#endif
