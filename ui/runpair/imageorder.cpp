#include "runpair/imageorder.h"

#include <algorithm>
#include <cmath>

namespace colorproxy {

QVector<int> orderByKeyDescending(int count, const std::function<double(int)>& key) {
  QVector<double> keys(count);
  QVector<int> idx(count);
  for (int i = 0; i < count; ++i) {
    idx[i] = i;
    keys[i] = key(i);
  }
  std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
    const double ka = keys[a], kb = keys[b];
    if (std::isnan(ka) || std::isnan(kb)) return !std::isnan(ka) && std::isnan(kb);
    return ka > kb;
  });
  return idx;
}

}  // namespace colorproxy
