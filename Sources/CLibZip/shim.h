#ifndef VANBAN_CLIBZIP_SHIM_H
#define VANBAN_CLIBZIP_SHIM_H
#include <zip.h>
#endif
