#pragma once
#include <QMetaType>
#include <QString>

namespace colorproxy {

/// What a finished job reports back to the GUI, whatever engine call it wrapped.
struct JobResult {
  QString runDir;        ///< the run folder the job wrote (empty if none)
  bool stopped = false;  ///< true when the user stopped the job before it completed
  QString summary;       ///< one human-readable line (final metrics, where things were written)
};

}  // namespace colorproxy

Q_DECLARE_METATYPE(colorproxy::JobResult)
