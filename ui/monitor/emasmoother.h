#pragma once

namespace colorproxy {

/// Exponential moving average with start-up bias correction (as TensorBoard's smoothing slider):
/// s_t = w·s_{t-1} + (1 − w)·y_t, shown as s_t / (1 − w^t). Weight 0 returns the input unchanged.
/// Non-finite inputs are passed through and leave the state alone, so one bad value does not poison
/// the rest of a curve.
class EmaSmoother {
 public:
  explicit EmaSmoother(double weight = 0.0);
  double add(double value);
  void reset();
  double weight() const { return m_weight; }

 private:
  double m_weight;
  double m_biased = 0.0;
  double m_weightPower = 1.0;  // w^t
};

}  // namespace colorproxy
