#pragma once

#include <string>
#include <utility>
#include <variant>

namespace autoscale::models {

// An error as a value: a stable machine-readable code and a sentence for people.
struct Error {
  std::string code;
  std::string message;
};

// Result<T> carries either a value or an Error; no exception crosses a library boundary.
template <typename T>
class [[nodiscard]] Result final {
 public:
  Result(T value) : m_state(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  static Result failure(std::string code, std::string message) {
    return Result(Error{std::move(code), std::move(message)});
  }

  bool ok() const { return std::holds_alternative<T>(m_state); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(m_state); }
  T& value() & { return std::get<T>(m_state); }
  T&& value() && { return std::get<T>(std::move(m_state)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const { return std::get<Error>(m_state); }

 private:
  std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
struct Status {
  static Status success() { return Status{}; }
  static Status failure(std::string code, std::string message) {
    return Status{Error{std::move(code), std::move(message)}};
  }
  bool ok() const { return error.code.empty(); }
  explicit operator bool() const { return ok(); }
  Error error;
};

}  // namespace autoscale::models
