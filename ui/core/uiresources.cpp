#include "core/uiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initColorProxyResources() { Q_INIT_RESOURCE(resources); }

namespace colorproxy {

void initUiResources() { initColorProxyResources(); }

}  // namespace colorproxy
