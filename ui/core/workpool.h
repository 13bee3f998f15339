#pragma once

class QThreadPool;

namespace colorproxy {

/// The thread pool for ColorProxy's own background jobs (reading folders and runs, decoding and scaling
/// photos): QtConcurrent::run(workPool(), ...). Not QThreadPool::globalInstance(): Qt's raster painting
/// (Qt 6.4) splits some of its work over the global pool and waits for it on the GUI thread, so a long job
/// of ours queued there froze painting until it ended (a 22 MP photo's scaling: ~100 ms).
QThreadPool* workPool();

}  // namespace colorproxy
