#ifndef VANBAN_CLIBXML2_SHIM_H
#define VANBAN_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in ICU's ucnv.h, whose UErrorCode clashes with the ICU copy
// inside Foundation. Read the version header first and switch the ICU part off before the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void vanban_xml_free(void *pointer) { xmlFree(pointer); }
#endif
