#pragma once
// What a CEL result becomes in a series, as the resource-metrics controller converts it
// (milo-os/resource-metrics internal/policy/cel.go): the only implementation of CEL policies over
// Kubernetes objects, so telc's tests predict what runs.
#include <string>
#include <variant>

#include "cel/eval.hpp"

namespace telc::policytest {

/// A series value: double, int and uint as numbers, bool as 1 or 0, a string parsed as Go's
/// strconv.ParseFloat parses it; anything else (null, lists, maps, an unparsable string, an
/// error) is an error whose message says what the expression gave.
[[nodiscard]] std::variant<double, std::string> metric_value(const cel::Value& value);

/// A label value: cel::to_label, then every C0 control byte and DEL replaced by a space and the
/// result cut to 1024 bytes at a UTF-8 boundary (the controller does both silently). An error
/// is returned as its message.
[[nodiscard]] std::variant<std::string, cel::Error> label_value(const cel::Value& value);

}  // namespace telc::policytest
