#include "experiment/pretrain_images.h"

#include <cctype>
#include <stdexcept>

#include "colorproxy/base/text.h"
#include "colorproxy/data/dataset_reader.h"

namespace colorproxy {
namespace fs = std::filesystem;

namespace {

// Folders of masks and labels are not photos (as the folder reader sees it), and hidden folders are skipped.
bool skippedFolder(const std::string& name) {
  const std::string n = toLower(name);
  return n.empty() || n[0] == '.' || n == "masks" || n == "labels" || n == "annotations" ||
         startsWith(n, "segmentation") || (n.size() > 5 && endsWith(n, "annot"));
}

std::vector<fs::path> imagesBelow(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec)) {
      if (skippedFolder(it->path().filename().string())) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && isImageFile(it->path())) out.push_back(it->path());
  }
  if (ec)
    throw std::runtime_error("cannot list the pretraining folder '" + dir.string() + "': " + ec.message());
  return out;
}

std::string sourceName(const fs::path& source, std::size_t index) {
  fs::path p = source.lexically_normal();
  if (p.filename().empty()) p = p.parent_path();
  std::string name = p.filename().string();
  if (p.has_parent_path() && !p.parent_path().filename().empty())
    name = p.parent_path().filename().string() + "-" + name;
  return std::to_string(index + 1) + "-" + name;
}

}  // namespace

PretrainImages preparePretrainImages(const std::vector<fs::path>& sources, const fs::path& combined) {
  if (sources.empty()) throw std::runtime_error("no pretraining folders given");
  PretrainImages out;
  std::error_code ec;
  if (sources.size() == 1) {
    out.folder = sources.front();
    for (const auto& f : imagesBelow(sources.front())) out.files.insert(fs::weakly_canonical(f, ec));
    if (out.files.empty())
      throw std::runtime_error("the pretraining folder '" + sources.front().string() + "' has no images");
    return out;
  }
  out.folder = combined;
  fs::create_directories(combined, ec);
  if (ec) throw std::runtime_error("cannot create '" + combined.string() + "': " + ec.message());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const auto images = imagesBelow(sources[i]);
    if (images.empty())
      throw std::runtime_error("the pretraining folder '" + sources[i].string() + "' has no images");
    const fs::path sub = combined / sourceName(sources[i], i);
    fs::create_directories(sub, ec);
    for (const auto& img : images) {
      const fs::path canonical = fs::weakly_canonical(img, ec);
      out.files.insert(canonical);
      // Flatten nested folders into the name so two files with one name cannot collide.
      std::string name = img.lexically_relative(sources[i]).string();
      for (auto& c : name)
        if (c == '/') c = '_';
      const fs::path link = sub / name;
      fs::remove(link, ec);
      fs::create_symlink(canonical, link, ec);
      if (ec) {
        ec.clear();
        fs::copy_file(canonical, link, fs::copy_options::overwrite_existing, ec);
        if (ec)
          throw std::runtime_error("cannot link or copy '" + img.string() + "' into '" + sub.string() +
                                   "': " + ec.message());
      }
    }
  }
  return out;
}

}  // namespace colorproxy
