#pragma once
// The one precondition check before a run is resumed, shared by pretraining, fine-tuning and
// experiments so that all three refuse the same folders with the same messages.
#include "colorproxy/io/run_folder.h"
#include "colorproxy/io/run_kind.h"

namespace colorproxy {

/// Throws std::runtime_error naming the folder and the fix when `run` cannot be resumed as a run of
/// `kind`: not a run folder, a run of another kind, already finished (fine-tuning and experiments; a
/// finished pretraining run may be extended with more epochs), or being trained right now by another
/// process. Which checkpoint a trainer resumes from is io/resume_checkpoint.h's choice (latest.pt, else the
/// newest epoch checkpoint that loads).
void checkResumable(const RunFolder& run, RunKind kind);

}  // namespace colorproxy
