#pragma once
// The one "0 = all cores" rule for thread-count settings (--threads, the wizards' thread boxes).

namespace colorproxy {

/// The thread count a setting means: `requested` when > 0, otherwise every core of the machine (at least 1).
int resolveThreadCount(int requested);

}  // namespace colorproxy
