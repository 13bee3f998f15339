#pragma once
#include <functional>

#include <QVector>

namespace colorproxy {

/// Indices 0..count−1 ordered by `key` of each index, largest first; indices whose key is NaN last; ties
/// (and the NaN tail) in index order. How the run-pair pages sort their test images.
QVector<int> orderByKeyDescending(int count, const std::function<double(int)>& key);

}  // namespace colorproxy
