#include "monitor/emasmoother.h"

#include <algorithm>
#include <cmath>

namespace colorproxy {

EmaSmoother::EmaSmoother(double weight) : m_weight(std::clamp(weight, 0.0, 0.999)) {}

double EmaSmoother::add(double value) {
  if (!std::isfinite(value)) return value;
  m_biased = m_weight * m_biased + (1.0 - m_weight) * value;
  m_weightPower *= m_weight;
  const double correction = 1.0 - m_weightPower;
  return correction > 0.0 ? m_biased / correction : value;
}

void EmaSmoother::reset() {
  m_biased = 0.0;
  m_weightPower = 1.0;
}

}  // namespace colorproxy
