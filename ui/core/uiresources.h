#pragma once

namespace colorproxy {

/// Registers the icons compiled into the (static) ui library; call once after QApplication exists.
void initUiResources();

}  // namespace colorproxy
