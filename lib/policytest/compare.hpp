#pragma once
// A test's verdict: the series the policies produced against the series the test expects.
#include "diag/sink.hpp"
#include "model/model.hpp"
#include "policytest/evaluate.hpp"

namespace telc::policytest {

/// Reports every expected series that was not produced (at the expected series, with the
/// closest produced one as a diff whose notes point at the policy's expressions), every value
/// that differs (at the expected value), every produced series the test does not expect (at its
/// `expect:`), and every failed expression (a `test/eval` warning at the object or sample).
/// Returns true when the produced series are exactly the expected ones. Values are equal when
/// both are NaN or they differ by at most 1e-12 of the larger magnitude (decimal rounding).
bool compare(const model::PolicyTestCase& test, const Evaluation& got, diag::Sink& sink);

/// `metric{key="value", …}`, labels in key order.
[[nodiscard]] std::string show_series(std::string_view metric,
                                      std::span<const std::pair<std::string, std::string>> labels);

/// A value as the reports write it: shortest round-trip form, NaN, +Inf, -Inf.
[[nodiscard]] std::string show_value(double value);

}  // namespace telc::policytest
