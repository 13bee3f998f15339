#pragma once
// The per-layout readers behind openDataset(); each fills a Dataset already holding its root.
#include "data/scan_context.h"

namespace colorproxy {

void readFolderDataset(ScanContext& ctx);
void readCocoDataset(ScanContext& ctx);
void readVocDataset(ScanContext& ctx);
void readCamVidDataset(ScanContext& ctx);

/// The VOC2012 folder (holding JPEGImages) at or just below `root`, or empty.
std::filesystem::path findVocRoot(const std::filesystem::path& root);
/// True when `root` looks like CamVid: a folder X with an Xannot folder beside it.
bool looksLikeCamVid(const std::filesystem::path& root);
/// True when `root` holds annotations/instances_*.json.
bool looksLikeCocoJson(const std::filesystem::path& root);
/// True when `root` holds images/ and labels/ folders (YOLO layout).
bool looksLikeYolo(const std::filesystem::path& root);

}  // namespace colorproxy
