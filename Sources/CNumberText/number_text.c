// Number formatting through the C library, called from Swift (PlotNNCore's CPrintf).
//
// Why C: Swift cannot call a variadic C function, and `withVaList` boxes every argument
// into a builder object, which cost more than the conversion itself (callgrind: 113 M of
// the descent animation's 180 M instructions of number formatting). Here snprintf is
// called directly, in the C locale for the call (`uselocale`, per thread; "C" is glibc's
// static locale object, so nothing is allocated).
#define _GNU_SOURCE
#include "number_text.h"

#include <locale.h>
#include <stdio.h>

int plotnn_number_text(char *buffer, size_t size, char conversion, int precision, double value) {
  char format[5] = {'%', '.', '*', conversion, '\0'};
  locale_t c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
  locale_t previous = c ? uselocale(c) : (locale_t)0;
  int needed = snprintf(buffer, size, format, precision, value);
  if (c) {
    uselocale(previous);
    freelocale(c);
  }
  return needed;
}
