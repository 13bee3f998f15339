#pragma once
// What a colorization model file or run offers a fine-tuning run that starts from it: the U-Net shape the
// fine-tuning settings must match (ngf, downsamplings) and what it was trained at, without torch types.
#include <filesystem>
#include <string>

namespace colorproxy {

struct PretrainedShape {
  std::filesystem::path file;  ///< the checkpoint read (a run folder's latest.pt)
  int ngf = 0;                 ///< generator width (channels of the first encoder level)
  int numDowns = 0;            ///< encoder levels
  int imageSize = 0;           ///< pretraining image side when recorded, else 0
  std::string pretext;         ///< "gan", "classification" or "l2" when recorded, else empty
};

/// Reads the generator of a colorization run folder or checkpoint / exported model. Throws
/// std::invalid_argument naming the path when it is missing, unreadable or holds no U-Net generator.
PretrainedShape readPretrainedShape(const std::filesystem::path& runOrCheckpoint);

}  // namespace colorproxy
