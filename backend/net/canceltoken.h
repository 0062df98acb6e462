#pragma once

#include <atomic>

namespace autoscale::backend {

// A flag that a caller (the GUI's Cancel button, a job runner) sets from any thread; network
// transfers and waits check it and stop with the error code "Cancelled".
class CancelToken final {
 public:
  void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
  bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

 private:
  std::atomic<bool> m_cancelled{false};
};

inline bool isCancelled(const CancelToken* token) {
  return token && token->isCancelled();
}

}  // namespace autoscale::backend
