#include "colorproxy/pretrain/colorization_config.h"

#include <stdexcept>

#include "train/config_schema.h"

namespace colorproxy {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using S = ConfigSchema<ColorizationConfig>;
using C = ColorizationConfig;

}  // namespace

template <>
const ConfigSchema<ColorizationConfig>& ReflectedConfig<ColorizationConfig>::schema() {
  static const S s(
      "setting", "a configuration",
      {{S::value("dataPath", &C::dataPath, "dataset root folder (image folder, COCO, VOC, CamVid)"),
        S::enumeration<DatasetFormat>("dataFormat", &C::dataFormat, "dataset layout; auto detects it",
                                      {DatasetFormat::Auto, DatasetFormat::Folder, DatasetFormat::Coco,
                                       DatasetFormat::Voc, DatasetFormat::CamVid},
                                      datasetFormatName),
        S::value("trainSplit", &C::trainSplit, "training split; empty = the dataset's train split"),
        S::value("valSplit", &C::valSplit, "validation split; empty = the dataset's val split or a hold-out"),
        S::value("valFraction", &C::valFraction,
                 "share of images held out for validation when there is no val split"),
        S::value("maxImages", &C::maxImages, "cap on training images, 0 = all"),
        S::value("maxValImages", &C::maxValImages, "cap on validation images scored each epoch, 0 = all"),
        S::enumeration<BadInputPolicy>("badFilePolicy", &C::badFilePolicy,
                                       "unreadable images: skip them or fail",
                                       {BadInputPolicy::Skip, BadInputPolicy::Fail}, badInputPolicyName),
        S::value("loaderWorkers", &C::loaderWorkers,
                 "image decoding threads (0 = decode on the training thread)"),
        S::value("pretext", &C::pretext,
                 "pretext task: gan (pix2pix cGAN + L1), classification (Zhang 313 bins), l2 (regression)",
                 {"gan", "classification", "l2"}),
        S::value("imageSize", &C::imageSize, "network input size in pixels"),
        S::value("loadSize", &C::loadSize, "resize before the random crop (jitter); = imageSize disables"),
        S::value("flip", &C::flip, "random horizontal flip"),
        S::value("abDivisor", &C::abDivisor, "ab scaling to [-1, 1]: 110 (pix2pix) or 128 (paper code)"),
        S::value("hints", &C::hints,
                 "hint-conditioned generator trained with simulated user colour hints (takes colour points)"),
        S::value("ngf", &C::ngf, "generator base width"),
        S::value("numDowns", &C::numDowns, "U-Net downsamplings (8 = unet_256)"),
        S::value("ndf", &C::ndf, "discriminator base width"),
        S::value("discriminator", &C::discriminator,
                 "basic70 (pix2pix 70x70 PatchGAN) or paper16 (paper code, 16x16 map)",
                 {"basic70", "paper16"}),
        S::value("ganMode", &C::ganMode, "adversarial loss", {"vanilla", "lsgan"}),
        S::value("lambdaL1", &C::lambdaL1, "weight of the L1 term"),
        S::value("lr", &C::lr, "Adam learning rate"),
        S::value("beta1", &C::beta1, "Adam beta1"),
        S::value("beta2", &C::beta2, "Adam beta2"),
        S::value("epochs", &C::epochs, "total epochs, decay epochs included"),
        S::value("epochsDecay", &C::epochsDecay, "last epochs with linear learning-rate decay to zero"),
        S::value("iterations", &C::iterations,
                 "optimiser steps of the whole run, 0 = epochs (whole epochs, decay keeps its share)"),
        S::value("batchSize", &C::batchSize, "images per batch"),
        S::value("seed", &C::seed, "random seed (initialisation, shuffling, augmentation, dropout)"),
        S::value("annealTemperature", &C::annealTemperature,
                 "classification pretext: annealed-mean temperature (1 = mean, towards 0 = mode)"),
        S::value("rebalanceLambda", &C::rebalanceLambda,
                 "classification pretext: class rebalancing mix lambda (1 disables rebalancing)"),
        S::value("classificationStride", &C::classificationStride,
                 "classification pretext: logits at 1/stride of the input size: 1 (whole U-Net) or 4 "
                 "(Zhang et al.: 1x1 head on the quarter-size decoder level, upsampled at inference)"),
        S::value(
            "probeData", &C::probeData,
            "labelled dataset for a k-NN feature probe after epochs (test mAP in metrics.csv); empty = off"),
        S::value("probeEvery", &C::probeEvery, "epochs between feature probes (the last epoch always)"),
        S::value("probeLevel", &C::probeLevel, "encoder level the probe reads, -1 = the bottleneck"),
        S::value("probeImages", &C::probeImages,
                 "feature probe: cap on memory and on query images, 0 = all")},
       S::computeFields(),
       {S::value("bf16", &C::bf16, "bfloat16 autocast (faster on CPUs with AMX / AVX-512 BF16)"),
        S::value("channelsLast", &C::channelsLast, "channels-last memory format"),
        S::value("syncBatchNorm", &C::syncBatchNorm,
                 "data-parallel runs: the generator's batch norms use the whole step's batch statistics, "
                 "over all processes (also COLORPROXY_SYNC_BATCHNORM=1)"),
        S::value("previewCount", &C::previewCount, "validation images in each epoch's preview"),
        S::value("logEvery", &C::logEvery, "iterations between metrics.csv rows"),
        S::value("checkpointEvery", &C::checkpointEvery,
                 "extra checkpoint every N iterations, 0 = per epoch only")},
       S::runFolderFields()});
  return s;
}
template struct ReflectedConfig<ColorizationConfig>;
template struct ConfigJson<ColorizationConfig>;

std::vector<std::string> ColorizationConfig::validate() const {
  std::vector<std::string> p;
  std::error_code ec;
  if (dataPath.empty())
    p.push_back("dataPath is empty: choose the folder of training images");
  else if (!fs::is_directory(dataPath, ec))
    p.push_back("dataPath '" + dataPath.string() + "' is not an existing folder");
  for (auto& problem : schema().choiceProblems(*this)) p.push_back(std::move(problem));
  if (!(valFraction > 0.0 && valFraction < 1.0))
    p.push_back("valFraction " + std::to_string(valFraction) + " must be between 0 and 1 (e.g. 0.1)");
  if (maxImages < 0) p.push_back("maxImages must be 0 (all) or positive");
  if (maxValImages < 0) p.push_back("maxValImages must be 0 (all) or positive");
  if (!probeData.empty() && !fs::is_directory(probeData, ec))
    p.push_back("probeData '" + probeData.string() +
                "' is not an existing folder: choose a labelled dataset (COCO, VOC) or leave it empty");
  if (probeEvery < 1) p.push_back("probeEvery must be at least 1 (epochs between feature probes)");
  if (probeLevel < -1 || probeLevel >= numDowns)
    p.push_back("probeLevel " + std::to_string(probeLevel) + " must be -1 (bottleneck) or 0.." +
                std::to_string(numDowns - 1));
  if (probeImages < 0) p.push_back("probeImages must be 0 (all) or positive");
  if (loaderWorkers < 0 || loaderWorkers > 64) p.push_back("loaderWorkers must be between 0 and 64");
  if (numDowns < 5 || numDowns > 10)
    p.push_back("numDowns " + std::to_string(numDowns) +
                " must be between 5 and 10 (8 for 256 px, 6 for 64 px)");
  else if (imageSize < (1 << numDowns) || imageSize % (1 << numDowns) != 0)
    p.push_back("imageSize " + std::to_string(imageSize) + " must be a multiple of 2^numDowns = " +
                std::to_string(1 << numDowns) + " (fewer numDowns suit smaller images: 6 for 64 px)");
  if (imageSize < 32)
    p.push_back("imageSize " + std::to_string(imageSize) + " is too small: use at least 32");
  if (loadSize < imageSize)
    p.push_back("loadSize " + std::to_string(loadSize) + " must be at least imageSize " +
                std::to_string(imageSize));
  if (!(abDivisor > 0.0)) p.push_back("abDivisor must be positive (110 or 128)");
  if (ngf < 1 || ngf > 1024) p.push_back("ngf " + std::to_string(ngf) + " must be between 1 and 1024");
  if (ndf < 1 || ndf > 1024) p.push_back("ndf " + std::to_string(ndf) + " must be between 1 and 1024");
  if (!(lambdaL1 >= 0.0)) p.push_back("lambdaL1 must be 0 or positive");
  if (!(lr > 0.0 && lr < 1.0))
    p.push_back("lr " + std::to_string(lr) + " must be between 0 and 1 (2e-4 is the pix2pix value)");
  if (!(beta1 >= 0.0 && beta1 < 1.0)) p.push_back("beta1 must be in [0, 1)");
  if (!(beta2 >= 0.0 && beta2 < 1.0)) p.push_back("beta2 must be in [0, 1)");
  if (epochs < 1) p.push_back("epochs must be at least 1");
  if (epochsDecay < 0 || epochsDecay > epochs)
    p.push_back("epochsDecay " + std::to_string(epochsDecay) + " must be between 0 and epochs (" +
                std::to_string(epochs) + ")");
  if (batchSize < 1) p.push_back("batchSize must be at least 1");
  if (iterations < 0) p.push_back("iterations must be 0 (use epochs) or positive");
  if (!(annealTemperature > 0.0 && annealTemperature <= 1.0))
    p.push_back("annealTemperature must be in (0, 1] (0.38 in Zhang et al.)");
  if (!(rebalanceLambda >= 0.0 && rebalanceLambda <= 1.0))
    p.push_back("rebalanceLambda must be in [0, 1] (0.5 in Zhang et al.; 1 disables rebalancing)");
  if (classificationStride != 1 && classificationStride != 4)
    p.push_back("classificationStride " + std::to_string(classificationStride) +
                " must be 1 (logits at the input size) or 4 (a quarter, as Zhang et al.)");
  else if (classificationStride == 4 && pretext != "classification")
    p.push_back(
        "classificationStride 4 applies to the classification pretext only: set pretext "
        "classification or classificationStride 1");
  if (threads < 0) p.push_back("threads must be 0 (all cores) or positive");
  if (previewCount < 0 || previewCount > 64) p.push_back("previewCount must be between 0 and 64");
  if (logEvery < 1) p.push_back("logEvery must be at least 1");
  if (checkpointEvery < 0) p.push_back("checkpointEvery must be 0 (epochs only) or positive");
  if (runsDir.empty()) p.push_back("runsDir is empty: choose where run folders go");
  if (runName.empty()) p.push_back("runName is empty");
  return p;
}

ColorizationConfig ColorizationConfig::preset(const std::string& name) {
  ColorizationConfig c;
  if (name == "paper") return c;
  if (name == "cpu-small") {
    c.imageSize = 64;
    c.loadSize = 72;
    c.ngf = 16;
    c.ndf = 16;
    c.numDowns = 6;
    c.batchSize = 16;
    c.epochs = 10;
    c.epochsDecay = 5;
    c.runName = "cpu-small";
    return c;
  }
  if (name == "tiny") {
    c.imageSize = 32;
    c.loadSize = 36;
    c.ngf = 8;
    c.ndf = 8;
    c.numDowns = 5;
    c.batchSize = 4;
    c.epochs = 2;
    c.epochsDecay = 1;
    c.previewCount = 4;
    c.maxValImages = 16;
    c.runName = "tiny";
    return c;
  }
  std::string list;
  for (const auto& n : presetNames()) list += (list.empty() ? "" : ", ") + n;
  throw std::invalid_argument("unknown preset '" + name + "' (available: " + list + ")");
}

std::vector<std::string> ColorizationConfig::presetNames() { return {"paper", "cpu-small", "tiny"}; }

}  // namespace colorproxy
